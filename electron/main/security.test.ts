import { describe, expect, it, vi } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  isAppUrl,
  isPermissionAllowed,
  isTrustedSender,
} from './security';

vi.mock('electron', () => ({}));

describe('CONTENT_SECURITY_POLICY', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values.join(' ')] as const;
    }),
  );

  it.each([
    ['default-src', "'self'"],
    ['script-src', "'self'"],
    ['style-src', "'self' 'unsafe-inline'"],
    ['img-src', "'self' data: blob:"],
    ['font-src', "'self' data:"],
    ['connect-src', "'self' blob: data:"],
    ['worker-src', "'self' blob:"],
    ['frame-src', "'self' blob:"],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'none'"],
    ['frame-ancestors', "'none'"],
  ])('sets %s to %s', (name, value) => {
    expect(directives.get(name)).toBe(value);
  });

  it('never allows eval or remote hosts', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:/);
  });
});

describe('isAppUrl', () => {
  it.each(['app://dtks/', 'app://dtks/index.html', 'app://dtks/assets/main.js?v=1#/usulan'])(
    'accepts %s',
    (url) => expect(isAppUrl(url)).toBe(true),
  );

  it.each([
    'https://example.com/',
    'http://dtks/',
    'file:///etc/passwd',
    'app://dtks',
    'app://dtks.evil/',
    'app://dtks@evil/',
    'app://evil/dtks/',
    'app://DTKS/',
    'javascript:alert(1)',
    '',
  ])('refuses %s', (url) => expect(isAppUrl(url)).toBe(false));
});

describe('isTrustedSender', () => {
  it('trusts only frames showing the app', () => {
    expect(isTrustedSender({ url: 'app://dtks/index.html' })).toBe(true);
    expect(isTrustedSender({ url: 'https://example.com/' })).toBe(false);
    expect(isTrustedSender({ url: 'blob:app://dtks/1234' })).toBe(false);
  });

  it('refuses a missing or disposed frame', () => {
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
    const disposed = {
      get url(): string {
        throw new Error('Render frame was disposed');
      },
    };
    expect(isTrustedSender(disposed)).toBe(false);
  });
});

describe('isPermissionAllowed', () => {
  it('allows only clipboard writes from the app', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write', 'app://dtks/index.html')).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'https://example.com/')).toBe(false);
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
    ]) {
      expect(isPermissionAllowed(permission, 'app://dtks/index.html')).toBe(false);
    }
  });
});
