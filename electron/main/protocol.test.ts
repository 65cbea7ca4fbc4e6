import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { contentTypeFor, createAppProtocolHandler, resolveAppPath } from './protocol';
import { CONTENT_SECURITY_POLICY } from './security';

vi.mock('electron', () => ({}));

const ROOT = path.resolve('/opt/dtks/resources/app.asar/dist');

describe('resolveAppPath', () => {
  it.each([
    ['app://dtks/', 'index.html'],
    ['app://dtks/index.html', 'index.html'],
    ['app://dtks/index.html?x=1#/usulan/2', 'index.html'],
    ['app://dtks/assets/index-abc123.js', 'assets/index-abc123.js'],
    ['app://dtks/assets/', 'assets/index.html'],
    ['app://dtks/assets/Roboto%20Medium.woff2', 'assets/Roboto Medium.woff2'],
  ])('maps %s under the root', (url, relative) => {
    expect(resolveAppPath(ROOT, url)).toBe(path.join(ROOT, relative));
  });

  it.each([
    'app://dtks/../secret.txt',
    'app://dtks/assets/../../secret.txt',
    'app://dtks/./index.html',
    'app://dtks/%2e%2e/secret.txt',
    'app://dtks/%2E%2E/%2E%2E/etc/passwd',
    'app://dtks/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://dtks/..%2fsecret.txt',
    'app://dtks/%252e%252e/secret.txt',
    'app://dtks/..\\secret.txt',
    'app://dtks/assets%5c..%5c..%5csecret.txt',
    'app://dtks/%5cWindows%5cwin.ini',
    'app://dtks//etc/passwd',
    'app://dtks/%2fetc%2fpasswd',
    'app://dtks/C:/Windows/win.ini',
    'app://dtks/C%3a%5cWindows%5cwin.ini',
    'app://dtks/index.html%00.png',
    'app://dtks/assets//x.js',
    'app://dtks/%E0%A4%A',
    'app://other/index.html',
    'app://dtks',
    'file:///etc/passwd',
    'https://example.com/index.html',
  ])('refuses %s', (url) => {
    expect(resolveAppPath(ROOT, url)).toBeNull();
  });
});

describe('contentTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a.js', 'text/javascript; charset=utf-8'],
    ['a.mjs', 'text/javascript; charset=utf-8'],
    ['a.css', 'text/css; charset=utf-8'],
    ['a.svg', 'image/svg+xml'],
    ['a.png', 'image/png'],
    ['a.JPG', 'image/jpeg'],
    ['a.woff2', 'font/woff2'],
    ['a.json', 'application/json; charset=utf-8'],
    ['a.wasm', 'application/wasm'],
    ['a.js.map', 'application/json; charset=utf-8'],
    ['a.unknown', 'application/octet-stream'],
  ])('%s is %s', (file, type) => expect(contentTypeFor(file)).toBe(type));
});

describe('createAppProtocolHandler', () => {
  const files = new Map([[path.join(ROOT, 'index.html'), '<!doctype html><title>DTKS</title>']]);
  const readFile = vi.fn(async (filePath: string) => {
    const text = files.get(filePath);
    if (text === undefined) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
    return new TextEncoder().encode(text);
  });
  const handler = createAppProtocolHandler({ rootDir: ROOT, readFile });

  it('serves index.html with its type and the CSP', async () => {
    const response = await handler(new Request('app://dtks/'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>DTKS</title>');
  });

  it('lets the page connect to the office sync server once it is set up, and nowhere else', async () => {
    const origins: string[] = [];
    const withSync = createAppProtocolHandler({
      rootDir: ROOT,
      readFile,
      connectOrigins: () => origins,
    });
    const csp = async () =>
      (await withSync(new Request('app://dtks/'))).headers.get('content-security-policy') ?? '';
    expect(await csp()).toBe(CONTENT_SECURITY_POLICY);
    origins.push('http://192.168.1.10:5984');
    expect(await csp()).toContain("connect-src 'self' blob: data: http://192.168.1.10:5984;");
    expect(await csp()).not.toMatch(/connect-src[^;]*\bhttps?:(?!\/\/192)/);
  });

  it('answers 404 for a missing file', async () => {
    const response = await handler(new Request('app://dtks/assets/missing.js'));
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('answers 403 for traversal without touching the disk', async () => {
    readFile.mockClear();
    // A plain object keeps the raw URL: Request (like Chromium) would normalise it first.
    for (const url of ['app://dtks/%2e%2e/%2e%2e/etc/passwd', 'app://dtks/..\\secret.txt']) {
      const response = await handler({ url, method: 'GET' } as Request);
      expect(response.status).toBe(403);
    }
    expect(readFile).not.toHaveBeenCalled();
  });

  it('keeps URLs normalised by the URL parser inside the root', async () => {
    readFile.mockClear();
    await handler(new Request('app://dtks/%2e%2e/%2e%2e/etc/passwd'));
    for (const [filePath] of readFile.mock.calls) {
      expect(filePath.startsWith(ROOT + path.sep)).toBe(true);
    }
  });

  it('refuses methods other than GET and HEAD', async () => {
    const response = await handler(
      new Request('app://dtks/index.html', { method: 'POST', body: 'x' }),
    );
    expect(response.status).toBe(405);
  });
});
