/** A raw IndexedDB request as a promise (for the few reads and writes that bypass Dexie). */
export function idbRequest<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('Permintaan IndexedDB gagal'));
  });
}

/** Settles when a raw IndexedDB transaction commits; rejects when it fails or aborts. */
export function idbDone(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error ?? new Error('Transaksi IndexedDB gagal'));
    transaction.onabort = () =>
      reject(transaction.error ?? new Error('Transaksi IndexedDB dibatalkan'));
  });
}
