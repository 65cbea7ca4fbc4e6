import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Debian's Chromium, or CHROMIUM_PATH. Playwright never downloads a browser here. */
export function findChromium(): string | null {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
];

export const MISSING_CHROMIUM_MESSAGE =
  'Uji end-to-end DILEWATI: Chromium tidak ditemukan (/usr/bin/chromium). ' +
  'Pasang dengan: sudo apt-get install -y chromium  (atau set CHROMIUM_PATH). ' +
  'End-to-end tests SKIPPED: Chromium not found; install it with apt-get install chromium.';
