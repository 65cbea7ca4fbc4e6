import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/** prevHash of the very first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * JSON with object keys sorted at every depth, so the same entry gives the
 * same text before it is stored and after IndexedDB hands back its clone.
 * Follows JSON.stringify for everything else (toJSON, undefined dropped,
 * NaN as null), and Blobs, Maps and the like become {} exactly as there.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value)) ?? 'null';
}

function sortKeys(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  const withJson = value as { toJSON?: () => unknown };
  if (typeof withJson.toJSON === 'function') return sortKeys(withJson.toJSON());
  if (Array.isArray(value)) return value.map((item) => sortKeys(item));
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    sorted[key] = sortKeys((value as Record<string, unknown>)[key]);
  }
  return sorted;
}

export type ChainedEntry = { seq: number; prevHash?: string; hash?: string } & Record<
  string,
  unknown
>;

/** SHA-256 (hex) over the entry with its prevHash, without its own hash. */
export function hashAuditEntry(entry: ChainedEntry): string {
  const { hash: _ignored, ...content } = entry;
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(content))));
}

/**
 * SHA-256 (hex) of a PC's entry (issue 18.3) without its own hash and without the local seq.
 * Here, beside `hashAuditEntry`, because every audit append needs it: the checks of the
 * PCs' chains (`../sinkron/audit-devices`) are not needed to open the app (issue 17).
 */
export function hashDeviceEntry(entry: ChainedEntry & { deviceId?: string }): string {
  const { hash: _hash, seq: _seq, ...content } = entry;
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(content))));
}

/** The link a new entry carries: the previous entry's hash (computed for entries made before chaining). */
export function linkTo(previous: ChainedEntry | undefined): string {
  if (!previous) return GENESIS_HASH;
  return previous.hash ?? hashAuditEntry(previous);
}

export type ChainProblem = {
  seq: number;
  id: string;
  kind: 'isi-berubah' | 'rantai-putus' | 'nomor-urut' | 'tanpa-hash';
  message: string;
};

export type ChainState = {
  checked: number;
  /** Entries written before the log was chained; allowed only at the start. */
  legacy: number;
  previous: ChainedEntry | undefined;
  problem: ChainProblem | null;
};

export function startChain(): ChainState {
  return { checked: 0, legacy: 0, previous: undefined, problem: null };
}

/**
 * Feeds the next entry (in seq order) to the check. Stops at the first broken
 * link: later entries cannot be trusted past it anyway.
 */
export function checkNext(state: ChainState, entry: ChainedEntry): ChainState {
  if (state.problem) return state;
  const id = String(entry.id ?? '');
  const fail = (kind: ChainProblem['kind'], message: string): ChainState => ({
    ...state,
    problem: { seq: entry.seq, id, kind, message },
  });
  const previous = state.previous;
  if (previous && entry.seq !== previous.seq + 1) {
    return fail(
      'nomor-urut',
      `Nomor urut melompat dari ${previous.seq} ke ${entry.seq}: ada catatan yang hilang atau dihapus.`,
    );
  }
  if (entry.hash === undefined) {
    if (previous?.hash !== undefined) {
      return fail(
        'tanpa-hash',
        `Catatan #${entry.seq} tidak memiliki hash padahal catatan sebelumnya memilikinya.`,
      );
    }
    return { ...state, checked: state.checked + 1, legacy: state.legacy + 1, previous: entry };
  }
  if (entry.prevHash !== linkTo(previous)) {
    return fail(
      'rantai-putus',
      previous
        ? `Catatan #${entry.seq} tidak tersambung ke catatan #${previous.seq}: catatan sebelumnya diubah, dihapus atau disisipi.`
        : `Catatan pertama (#${entry.seq}) tidak diawali rantai yang sah: ada catatan awal yang dihapus.`,
    );
  }
  if (hashAuditEntry(entry) !== entry.hash) {
    return fail('isi-berubah', `Isi catatan #${entry.seq} diubah sesudah ditulis.`);
  }
  return { ...state, checked: state.checked + 1, previous: entry };
}
