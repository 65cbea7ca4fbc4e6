import { z } from 'zod';

/** The office sync settings of one PC (not replicated; the password is kept apart). */
export const syncSettingsSchema = z.object({
  url: z
    .string()
    .trim()
    .regex(
      /^https?:\/\/[^\s/?#]+(?::\d{1,5})?\/?$/i,
      'Alamat server tidak sah. Contoh: http://192.168.1.10:5984',
    ),
  database: z
    .string()
    .trim()
    .regex(
      /^[a-z][a-z0-9_$()+/-]{0,237}$/,
      'Nama database: huruf kecil, angka dan _ $ ( ) + - /, diawali huruf (aturan CouchDB).',
    ),
  username: z.string().trim().max(200),
  enabled: z.boolean(),
});
export type SyncSettings = z.infer<typeof syncSettingsSchema>;

/** How often a reachable server is asked for changes, and after a failure. */
export const SYNC_INTERVAL_MS = 1000;
export const SYNC_RETRY_MS = 15_000;
/**
 * While the server's changes feed is watched (a long poll tells of every change at once),
 * the cycle that asks anyway, in case a notice was missed, runs this often instead.
 */
export const SYNC_WATCHED_INTERVAL_MS = 10_000;
