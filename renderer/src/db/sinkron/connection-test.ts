import type { CouchEndpoint } from '@shared/domain/sinkron/endpoint';
import { basicAuth, databaseUrl } from './pouch-types';

export type ConnectionResult = { ok: boolean; message: string };

/**
 * "Uji sambungan": the server answers as CouchDB, the database exists, this user may read
 * it and write to it (a `_local` document, which never replicates, written and removed).
 */
export async function testConnection(
  endpoint: CouchEndpoint,
  fetchImpl: typeof fetch = fetch,
): Promise<ConnectionResult> {
  const base = endpoint.url.replace(/\/+$/, '');
  const headers: Record<string, string> = { accept: 'application/json' };
  const authorization = basicAuth(endpoint);
  if (authorization) headers.authorization = authorization;
  let root: Response;
  try {
    root = await fetchImpl(`${base}/`, { headers });
  } catch {
    return {
      ok: false,
      message: `Server tidak dapat dihubungi di ${base}. Periksa alamat, jaringan, dan apakah CouchDB berjalan (serta CORS untuk aplikasi ini).`,
    };
  }
  const welcome = (await root.json().catch(() => null)) as {
    couchdb?: unknown;
    version?: string;
  } | null;
  if (!welcome || (!welcome.couchdb && !('express-pouchdb' in welcome))) {
    return { ok: false, message: 'Alamat ini menjawab, tetapi bukan server CouchDB.' };
  }
  const dbUrl = databaseUrl(endpoint);
  const info = await fetchImpl(dbUrl, { headers });
  if (info.status === 401) {
    return { ok: false, message: 'Nama pengguna atau kata sandi ditolak server.' };
  }
  if (info.status === 403) {
    return {
      ok: false,
      message: `Pengguna ${endpoint.username || '(tanpa nama)'} tidak punya hak atas database ${endpoint.database}. Tambahkan ke _security database itu.`,
    };
  }
  if (info.status === 404) {
    return { ok: false, message: `Database ${endpoint.database} belum ada di server. Buat dulu.` };
  }
  if (!info.ok) {
    return {
      ok: false,
      message: `Server menjawab ${info.status} untuk database ${endpoint.database}.`,
    };
  }
  const probe = `${dbUrl}/_local/dtks-uji-${Math.random().toString(36).slice(2)}`;
  const written = await fetchImpl(probe, {
    method: 'PUT',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ uji: new Date().toISOString() }),
  });
  if (!written.ok) {
    return {
      ok: false,
      message: `Pengguna ini boleh membaca tetapi tidak boleh menulis ke database ${endpoint.database}.`,
    };
  }
  const { rev } = (await written.json()) as { rev?: string };
  await fetchImpl(`${probe}?rev=${encodeURIComponent(rev ?? '')}`, { method: 'DELETE', headers });
  const version = typeof welcome.version === 'string' ? ` ${welcome.version}` : '';
  return {
    ok: true,
    message: `Sambungan baik: server CouchDB${version}, database ${endpoint.database} dapat dibaca dan ditulis.`,
  };
}
