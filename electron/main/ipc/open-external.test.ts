import { describe, expect, it, vi } from 'vitest';
import { createOpenExternalHandler } from './open-external';

vi.mock('electron', () => ({}));

const trusted = { senderFrame: { url: 'app://dtks/index.html' } };

function setup() {
  const openExternal = vi.fn(async (_url: string) => {});
  return { openExternal, handler: createOpenExternalHandler({ openExternal }) };
}

describe('openExternal handler', () => {
  it('opens an allow-listed https URL', async () => {
    const { openExternal, handler } = setup();
    const response = await handler(trusted, { url: 'https://cekbansos.kemensos.go.id/' });
    expect(response).toEqual({ ok: true });
    expect(openExternal).toHaveBeenCalledWith('https://cekbansos.kemensos.go.id/');
  });

  it('refuses an untrusted sender even for an allowed URL', async () => {
    const { openExternal, handler } = setup();
    const response = await handler(
      { senderFrame: { url: 'https://evil.example/' } },
      { url: 'https://kemensos.go.id/' },
    );
    expect(response.ok).toBe(false);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it.each([
    'https://example.com/',
    'http://kemensos.go.id/',
    'https://kemensos.go.id.evil.com/',
    'https://evilkemensos.go.id/',
    'https://user:pass@kemensos.go.id/',
    'file:///C:/Windows/System32/calc.exe',
    'javascript:alert(1)',
    'ms-settings:',
    'not a url',
    `https://kemensos.go.id/${'a'.repeat(3000)}`,
  ])('refuses %s', async (url) => {
    const { openExternal, handler } = setup();
    const response = await handler(trusted, { url });
    expect(response.ok).toBe(false);
    expect('message' in response && response.message).toMatch(/^Permintaan tidak sah/);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it.each([
    undefined,
    null,
    'https://kemensos.go.id/',
    { url: 42 },
    { href: 'https://kemensos.go.id/' },
  ])('refuses the malformed request %j', async (request) => {
    const { openExternal, handler } = setup();
    expect((await handler(trusted, request)).ok).toBe(false);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('reports a failing shell instead of throwing', async () => {
    const { openExternal, handler } = setup();
    openExternal.mockRejectedValueOnce(new Error('no browser'));
    expect(await handler(trusted, { url: 'https://bps.go.id/' })).toEqual({
      ok: false,
      message: 'Peramban tidak dapat dibuka: no browser',
    });
  });
});
