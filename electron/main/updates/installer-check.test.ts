import { createHash } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  checkInstaller,
  parseLatestYml,
  parsePublisherNames,
  parseSha256Sums,
  parseSignatureOutput,
  versionFromFileName,
  type InstallerCheckDeps,
  type SignatureCheck,
} from './installer-check';

vi.mock('electron', () => ({}));

const dir = path.resolve('/bersama/pembaruan');
const exeName = 'dtks-kelurahan-0.2.0-win-x64.exe';
const exe = path.join(dir, exeName);
const bytes = new TextEncoder().encode('MZ pemasang DTKS Kelurahan 0.2.0');
const sha256 = createHash('sha256').update(bytes).digest('hex');
const sha512 = createHash('sha512').update(bytes).digest('base64');
const PUBLISHER = 'CN=Pemerintah Kota Palangka Raya, O=Pemerintah Kota Palangka Raya, C=ID';

const latestYml = [
  'version: 0.2.0',
  'files:',
  `  - url: ${exeName}`,
  `    sha512: ${sha512}`,
  '    size: 32',
  `path: ${exeName}`,
  `sha512: ${sha512}`,
  "releaseDate: '2026-12-05T09:00:00.000Z'",
].join('\n');

function deps(
  files: Record<string, string | Uint8Array>,
  overrides: Partial<InstallerCheckDeps> = {},
): InstallerCheckDeps {
  return {
    platform: 'win32',
    currentVersion: '0.1.0',
    readFile: async (file) => {
      const content = files[file];
      if (content === undefined) throw new Error('ENOENT');
      return typeof content === 'string' ? new TextEncoder().encode(content) : content;
    },
    readText: async (file) => {
      const content = files[file];
      return typeof content === 'string' ? content : null;
    },
    sha256Hex: (data) => createHash('sha256').update(data).digest('hex'),
    sha512Base64: (data) => createHash('sha512').update(data).digest('base64'),
    checkSignature: async (): Promise<SignatureCheck> => ({ status: 'valid', signer: PUBLISHER }),
    expectedPublishers: ['Pemerintah Kota Palangka Raya'],
    ...overrides,
  };
}

const sums = (hash = sha256) => `${hash}  ${exeName}\n`;

describe('checkInstaller', () => {
  it('accepts a signed installer whose hash matches SHA256SUMS next to it', async () => {
    const result = await checkInstaller(
      exe,
      deps({ [exe]: bytes, [path.join(dir, 'SHA256SUMS')]: sums() }),
    );
    expect(result).toEqual({ ok: true, version: '0.2.0' });
  });

  it("accepts electron-builder's latest.yml (SHA-512) as the sums file", async () => {
    const result = await checkInstaller(
      exe,
      deps({ [exe]: bytes, [path.join(dir, 'latest.yml')]: latestYml }),
    );
    expect(result).toEqual({ ok: true, version: '0.2.0' });
  });

  it('refuses an installer without any sums file beside it', async () => {
    const result = await checkInstaller(exe, deps({ [exe]: bytes }));
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/SHA256SUMS/) });
  });

  it('refuses a file whose hash does not match (truncated copy, swapped file)', async () => {
    const other = createHash('sha256').update('lain').digest('hex');
    const swapped = await checkInstaller(
      exe,
      deps({ [exe]: bytes, [`${exe}.sha256`]: sums(other) }),
    );
    expect(swapped).toMatchObject({ ok: false, message: expect.stringMatching(/tidak cocok/) });
    const truncated = await checkInstaller(
      exe,
      deps({ [exe]: bytes.slice(0, 10), [path.join(dir, 'latest.yml')]: latestYml }),
    );
    expect(truncated).toMatchObject({ ok: false, message: expect.stringMatching(/latest\.yml/) });
  });

  it('refuses a broken signature, an unsigned file and another publisher', async () => {
    const files = { [exe]: bytes, [path.join(dir, 'SHA256SUMS')]: sums() };
    const broken = await checkInstaller(
      exe,
      deps(files, { checkSignature: async () => ({ status: 'invalid', detail: 'HashMismatch' }) }),
    );
    expect(broken).toMatchObject({ ok: false, message: expect.stringMatching(/HashMismatch/) });
    const unsigned = await checkInstaller(
      exe,
      deps(files, { checkSignature: async () => ({ status: 'unsigned' }) }),
    );
    expect(unsigned).toMatchObject({ ok: false, message: expect.stringMatching(/tidak bertanda/) });
    const stranger = await checkInstaller(
      exe,
      deps(files, {
        checkSignature: async () => ({ status: 'valid', signer: 'CN=Orang Lain, C=ID' }),
      }),
    );
    expect(stranger).toMatchObject({ ok: false, message: expect.stringMatching(/Orang Lain/) });
  });

  it('lets an unsigned build update an unsigned install (hash still checked)', async () => {
    const result = await checkInstaller(
      exe,
      deps(
        { [exe]: bytes, [path.join(dir, 'SHA256SUMS')]: sums() },
        { checkSignature: async () => ({ status: 'unsigned' }), expectedPublishers: [] },
      ),
    );
    expect(result).toEqual({ ok: true, version: '0.2.0' });
  });

  it('refuses an older version and the wrong kind of file', async () => {
    const files = { [exe]: bytes, [path.join(dir, 'SHA256SUMS')]: sums() };
    const older = await checkInstaller(exe, deps(files, { currentVersion: '0.3.0' }));
    expect(older).toMatchObject({ ok: false, message: expect.stringMatching(/lebih lama/) });
    const zip = await checkInstaller(path.join(dir, 'dtks.zip'), deps(files));
    expect(zip).toMatchObject({ ok: false, message: expect.stringMatching(/\.exe/) });
  });

  it('on Linux: the AppImage with latest-linux.yml, no signature step', async () => {
    const name = 'dtks-kelurahan-0.2.0-linux-x86_64.AppImage';
    const file = path.join(dir, name);
    const yml = `version: 0.2.0\nfiles:\n  - url: ${name}\n    sha512: ${sha512}\n`;
    const result = await checkInstaller(
      file,
      deps(
        { [file]: bytes, [path.join(dir, 'latest-linux.yml')]: yml },
        { platform: 'linux', checkSignature: undefined },
      ),
    );
    expect(result).toEqual({ ok: true, version: '0.2.0' });
  });
});

describe('the parsers', () => {
  it('parseSha256Sums reads sha256sum output, text and binary mode', () => {
    const parsed = parseSha256Sums(
      `${sha256}  ${exeName}\r\n${sha256} *dir/lain.AppImage\nbukan baris\n`,
    );
    expect(parsed.get(exeName)).toBe(sha256);
    expect(parsed.get('lain.AppImage')).toBe(sha256);
    expect(parsed.size).toBe(2);
  });

  it('parseLatestYml reads the version and the per-file SHA-512', () => {
    const parsed = parseLatestYml(latestYml);
    expect(parsed.version).toBe('0.2.0');
    expect(parsed.sha512.get(exeName)).toBe(sha512);
  });

  it('versionFromFileName reads our artifact names only', () => {
    expect(versionFromFileName(exeName)).toBe('0.2.0');
    expect(versionFromFileName('dtks-kelurahan-1.0.0-rc.1-win-x64.exe')).toBe('1.0.0-rc.1');
    expect(versionFromFileName('setup.exe')).toBeNull();
  });

  it('parseSignatureOutput maps PowerShell statuses', () => {
    expect(parseSignatureOutput(`Valid|${PUBLISHER}\r\n`)).toEqual({
      status: 'valid',
      signer: PUBLISHER,
    });
    expect(parseSignatureOutput('NotSigned|')).toEqual({ status: 'unsigned' });
    expect(parseSignatureOutput('HashMismatch|CN=X')).toEqual({
      status: 'invalid',
      detail: 'HashMismatch',
    });
  });

  it('parsePublisherNames reads app-update.yml as electron-builder writes it', () => {
    const yml =
      'provider: generic\nurl: https://x/\npublisherName:\n  - Pemerintah Kota Palangka Raya\nupdaterCacheDirName: dtks-kelurahan-updater\n';
    expect(parsePublisherNames(yml)).toEqual(['Pemerintah Kota Palangka Raya']);
    expect(parsePublisherNames(null)).toEqual([]);
  });
});

describe('windowsSignatureChecker', () => {
  it('passes the path through the environment, never in the PowerShell text', async () => {
    const { windowsSignatureChecker } = await import('./signature');
    const execFile = vi.fn(async () => ({ stdout: `Valid|${PUBLISHER}\r\n` }));
    const nasty = "C:\\x\\'; Remove-Item -Recurse C:\\ ;'.exe";
    await expect(windowsSignatureChecker(execFile)(nasty)).resolves.toEqual({
      status: 'valid',
      signer: PUBLISHER,
    });
    const [file, args, options] = execFile.mock.calls[0] as unknown as [
      string,
      string[],
      { env: Record<string, string> },
    ];
    expect(file).toBe('powershell.exe');
    expect(args.join(' ')).not.toContain('Remove-Item');
    expect(options.env.DTKS_INSTALLER).toBe(nasty);
  });
});
