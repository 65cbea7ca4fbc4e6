import path from 'node:path';
import { APP_ORIGIN, CONTENT_SECURITY_POLICY, contentSecurityPolicy } from './security';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps `app://dtks/<path>` to a file under rootDir, or null when the request
 * must be refused. Chromium already normalises standard-scheme URLs, so these
 * checks are the second line: they read the raw URL text, before any URL
 * parser can quietly resolve `..` or `%2e%2e` into something that looks safe.
 */
export function resolveAppPath(rootDir: string, requestUrl: string): string | null {
  const prefix = `${APP_ORIGIN}/`;
  if (!requestUrl.startsWith(prefix)) return null;
  const rawPath = requestUrl.slice(prefix.length).split(/[?#]/, 1)[0] ?? '';
  if (rawPath.includes('\\')) return null;

  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  // A '%' left after decoding is double encoding (%252e%252e): nobody builds such names on purpose.
  if (/[\\%\0]/.test(decoded) || decoded.startsWith('/')) return null;

  const segments = decoded.split('/');
  // Colons catch Windows drive letters and alternate data streams (C:, file.txt:stream).
  if (segments.some((s) => s === '.' || s === '..' || s.includes(':'))) return null;
  if (segments.slice(0, -1).some((s) => s === '')) return null;

  const relative = decoded === '' || decoded.endsWith('/') ? `${decoded}index.html` : decoded;
  const root = path.resolve(rootDir);
  const resolved = path.resolve(root, relative);
  if (!resolved.startsWith(root + path.sep)) return null;
  return resolved;
}

export type ReadFile = (filePath: string) => Promise<Uint8Array>;

export type AppProtocolDeps = {
  rootDir: string;
  readFile: ReadFile;
  log?: (message: string) => void;
  /** Origins the page may also connect to: the office sync server, once set up. */
  connectOrigins?: () => readonly string[];
};

function textResponse(status: number, body: string): Response {
  return new Response(body, {
    status,
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

/** The handler given to protocol.handle('app', …). */
export function createAppProtocolHandler(
  deps: AppProtocolDeps,
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return textResponse(405, 'Metode tidak diizinkan');
    }
    const filePath = resolveAppPath(deps.rootDir, request.url);
    if (filePath === null) {
      deps.log?.(`Permintaan ditolak: ${request.url}`);
      return textResponse(403, 'Akses ditolak');
    }
    let bytes: Uint8Array;
    try {
      bytes = await deps.readFile(filePath);
    } catch {
      return textResponse(404, 'Berkas tidak ditemukan');
    }
    // Copy into a plain ArrayBuffer-backed view: Response wants BufferSource, not Buffer.
    const body = request.method === 'HEAD' ? null : new Uint8Array(bytes);
    return new Response(body, {
      status: 200,
      headers: {
        'Content-Type': contentTypeFor(filePath),
        'Content-Security-Policy': deps.connectOrigins
          ? contentSecurityPolicy(deps.connectOrigins())
          : CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-cache',
      },
    });
  };
}
