import type { AppInfo } from '@shared/ipc/contract';
import { UNTRUSTED_SENDER_MESSAGE, withSenderCheck, type IpcFailure } from './common';

export type AppInfoDeps = {
  getName: () => string;
  getVersion: () => string;
  userDataDir: () => string;
  platform: string;
  versions: Partial<Record<string, string>>;
};

/** Only what the About screen shows; the full process.versions list leaks nothing useful. */
const REPORTED_VERSIONS = ['electron', 'chrome', 'node', 'v8'] as const;

export function pickVersions(versions: Partial<Record<string, string>>): Record<string, string> {
  const picked: Record<string, string> = {};
  for (const key of REPORTED_VERSIONS) {
    const value = versions[key];
    if (typeof value === 'string') picked[key] = value;
  }
  return picked;
}

/**
 * The bridge types appInfo as Promise<AppInfo>; only an untrusted frame, which
 * has no bridge of ours, ever sees the failure shape.
 */
export function createAppInfoHandler(deps: AppInfoDeps) {
  const fail = (message: string): IpcFailure => ({ ok: false, message });
  return withSenderCheck<AppInfo | IpcFailure>(fail(UNTRUSTED_SENDER_MESSAGE), fail, async () => ({
    name: deps.getName(),
    version: deps.getVersion(),
    dataDir: deps.userDataDir(),
    platform: deps.platform,
    runtime: 'electron',
    versions: pickVersions(deps.versions),
  }));
}
