/** The custom scheme the renderer is served from; registered as standard and secure. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'dtks';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * Served as a response header on every app:// response, so it also covers
 * workers and frames. 'unsafe-inline' for styles only: Mantine writes inline
 * styles at runtime. No 'unsafe-eval' anywhere.
 */
export function contentSecurityPolicy(connectOrigins: readonly string[] = []): string {
  // The office sync server (issue 18) is the one origin added, and only once it is set up.
  const connect = ["'self'", 'blob:', 'data:', ...connectOrigins].join(' ');
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src ${connect}`,
    "worker-src 'self' blob:",
    "frame-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();

/**
 * True only for URLs of the bundled app. The prefix check and the parse are
 * both needed: the prefix pins the host exactly (no `app://dtks.evil/` or
 * `app://dtks@evil/`), the parse rejects strings a browser would not load.
 */
export function isAppUrl(url: string): boolean {
  if (typeof url !== 'string' || !url.startsWith(`${APP_ORIGIN}/`)) return false;
  try {
    const parsed = new URL(url);
    return (
      parsed.protocol === `${APP_SCHEME}:` &&
      parsed.host === APP_HOST &&
      parsed.username === '' &&
      parsed.password === ''
    );
  } catch {
    return false;
  }
}

export type SenderFrame = { readonly url: string };

/**
 * Every IPC handler asks this first. A null frame means the sender navigated
 * away or was destroyed; reading a disposed WebFrameMain can throw, so any
 * error also means "not trusted".
 */
export function isTrustedSender(frame: SenderFrame | null | undefined): boolean {
  if (!frame) return false;
  try {
    return isAppUrl(frame.url);
  } catch {
    return false;
  }
}

/** Permissions the app itself uses: writing to the clipboard (copy NIK, copy tables). */
const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

export function isPermissionAllowed(permission: string, requestingUrl: string): boolean {
  return ALLOWED_PERMISSIONS.has(permission) && isAppUrl(requestingUrl);
}
