import { z } from 'zod';
import { isAllowedUpdateFeedUrl } from '@shared/ipc/contract';

/*
 * When the app may look for, and install, an update. Kelurahan offices are often
 * offline and run the community meeting on the same laptop, so: nothing is checked
 * until the city's update address is set; checks happen on request or once a week,
 * only when the PC is online; and an update is never installed while the projector
 * window (the meeting) is open, nor on quit: only when someone asks for it.
 */

export const WEEK_MS = 7 * 24 * 60 * 60 * 1000;
export const UPDATE_SETTINGS_FILE = 'update-settings.json';

export type UpdateSettings = { feedUrl: string | null; lastCheckAt: number | null };

export const DEFAULT_UPDATE_SETTINGS: UpdateSettings = { feedUrl: null, lastCheckAt: null };

const settingsSchema = z.object({
  feedUrl: z.string().max(500).refine(isAllowedUpdateFeedUrl).nullable(),
  lastCheckAt: z.number().int().nonnegative().nullable(),
});

/** A missing, damaged or hand-edited file means "not set up", never a crash. */
export function parseUpdateSettings(text: string | null): UpdateSettings {
  if (text === null) return { ...DEFAULT_UPDATE_SETTINGS };
  try {
    const parsed = settingsSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : { ...DEFAULT_UPDATE_SETTINGS };
  } catch {
    return { ...DEFAULT_UPDATE_SETTINGS };
  }
}

/** Due a week after the last check; a clock set back (last check "in the future") is due too. */
export function isWeeklyCheckDue(settings: UpdateSettings, now: number): boolean {
  if (!settings.feedUrl) return false;
  if (settings.lastCheckAt === null) return true;
  return now - settings.lastCheckAt >= WEEK_MS || settings.lastCheckAt > now;
}

export const NOT_PACKAGED_MESSAGE =
  'Pembaruan otomatis hanya untuk aplikasi yang dipasang dari pemasang resmi.';
export const NO_FEED_MESSAGE =
  'Alamat server pembaruan belum diisi. Isi dulu, atau pasang pembaruan dari berkas.';
export const OFFLINE_MESSAGE =
  'Komputer tidak terhubung ke jaringan. Periksa lagi setelah tersambung, atau pasang pembaruan dari berkas.';
export const MEETING_OPEN_MESSAGE =
  'Musyawarah sedang berlangsung (jendela proyektor terbuka). Pasang pembaruan setelah musyawarah selesai dan jendela proyektor ditutup.';
export const NOTHING_TO_INSTALL_MESSAGE = 'Belum ada pembaruan yang selesai diunduh.';

/** Why a check may not run now, or null when it may. */
export function checkRefusal(input: {
  packaged: boolean;
  feedUrl: string | null;
  online: boolean;
}): string | null {
  if (!input.packaged) return NOT_PACKAGED_MESSAGE;
  if (!input.feedUrl) return NO_FEED_MESSAGE;
  if (!input.online) return OFFLINE_MESSAGE;
  return null;
}

/** Why an install may not start now, or null when it may. */
export function installRefusal(input: {
  downloaded: boolean;
  meetingOpen: boolean;
}): string | null {
  if (input.meetingOpen) return MEETING_OPEN_MESSAGE;
  if (!input.downloaded) return NOTHING_TO_INSTALL_MESSAGE;
  return null;
}

/** Compares dotted versions (1.10.0 > 1.9.3); a pre-release tail is ignored. */
export function compareVersions(a: string, b: string): number {
  const parts = (v: string) =>
    v
      .replace(/^v/, '')
      .split(/[-+]/, 1)[0]!
      .split('.')
      .map((n) => Number.parseInt(n, 10) || 0);
  const left = parts(a);
  const right = parts(b);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const diff = (left[i] ?? 0) - (right[i] ?? 0);
    if (diff !== 0) return Math.sign(diff);
  }
  return 0;
}
