import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { flipFuses, FuseV1Options, FuseVersion, type FuseConfig } from '@electron/fuses';
import { PlatformPackager, type Configuration } from 'app-builder-lib';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { DebugLogger } from 'builder-util/out/DebugLogger.js';
import { beforeAll, describe, expect, it } from 'vitest';

/*
 * electron-builder cannot package here (it downloads Electron), so its configuration is
 * checked the way electron-builder itself reads it: loaded by its own getConfig (which
 * merges package.json), validated against its own schema, and the fuse settings turned
 * into the exact fuse wire that @electron/fuses will flip in the executable.
 */

const root = fileURLToPath(new URL('../..', import.meta.url));
let config: Configuration;

beforeAll(async () => {
  config = await getConfig(root, path.join(root, 'electron-builder.yml'), null);
});

describe('electron-builder.yml', () => {
  it("passes electron-builder's own schema validation", async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    // A ceiling, not a speed check: the validator loads its schema lazily (6.4 s seen under load).
  }, 30_000);

  it('packs only the built app, into release/ (dist/ belongs to Vite)', () => {
    expect(config.directories?.output).toBe('release');
    // getConfig normalises the list into file sets; their filters are the lines of the file.
    const filters = [config.files ?? []]
      .flat()
      .flatMap((set) => (typeof set === 'string' ? [set] : [set.filter ?? []].flat()));
    expect(filters).toEqual(
      expect.arrayContaining([
        'dist/**',
        'dist-electron/**',
        'package.json',
        '!**/node_modules/**',
      ]),
    );
    expect(config.asar).toBe(true);
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      main: string;
    };
    expect(pkg.main).toBe('dist-electron/main.cjs');
  });

  it('builds the NSIS installer for Windows x64 and the AppImage for Linux', () => {
    expect(config.win?.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.linux?.target).toEqual([{ target: 'AppImage', arch: ['x64'] }]);
  });
});

describe('the fuses flipped in the packaged executable', () => {
  it('switch off every way into Node and on every integrity check', async () => {
    const packager = PlatformPackager.prototype as unknown as {
      generateFuseConfig(fuses: unknown): Promise<Record<string | number, unknown>>;
    };
    const wire = await packager.generateFuseConfig(config.electronFuses);
    expect(wire.version).toBe(FuseVersion.V1);
    expect(wire[FuseV1Options.RunAsNode]).toBe(false);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(true);
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(false);
  });

  it('flipped into an executable, they pass the release check (scripts/verify-fuses.mjs)', async () => {
    // A stand-in executable: Electron's fuse sentinel, wire version 1, eight fuses as
    // Electron ships them (all '1', on). flipFuses is what electron-builder calls.
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dtks-fuse-'));
    const exe = path.join(dir, 'DTKS Kelurahan.exe');
    const shipped = Buffer.concat([
      Buffer.from('MZ-awal-berkas-'),
      Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'),
      Buffer.from([1, 8]),
      Buffer.from('11111111'),
      Buffer.from('-akhir-berkas'),
    ]);
    const verify = () =>
      execFileSync(process.execPath, [path.join(root, 'scripts', 'verify-fuses.mjs'), exe], {
        encoding: 'utf8',
        stdio: 'pipe',
      });
    try {
      writeFileSync(exe, shipped);
      // Unhardened, the check refuses the release.
      expect(verify).toThrow(/Command failed/);
      const packager = PlatformPackager.prototype as unknown as {
        generateFuseConfig(fuses: unknown): Promise<FuseConfig>;
      };
      await flipFuses(exe, await packager.generateFuseConfig(config.electronFuses));
      expect(verify()).toContain('Semua fuse sesuai.');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the integrity check has something to check: the app is an asar', () => {
    expect(config.asar).toBe(true);
    expect(config.electronFuses?.onlyLoadAppFromAsar).toBe(true);
  });
});

describe('the installer decides for the clerk', () => {
  it('installs per user, in one click, without administrator rights', () => {
    expect(config.nsis?.oneClick).toBe(true);
    expect(config.nsis?.perMachine).toBe(false);
    expect(config.nsis?.allowElevation).not.toBe(true);
  });

  it('never deletes the data folder on uninstall', () => {
    expect(config.nsis?.deleteAppDataOnUninstall).toBe(false);
  });

  it('refuses Windows older than 10 and 32-bit Windows, in Indonesian', () => {
    const include = config.nsis?.include;
    expect(include).toBe('build/installer.nsh');
    const script = readFileSync(path.join(root, include ?? ''), 'utf8');
    expect(script).toMatch(/!macro customInit/);
    expect(script).toMatch(/\$\{IfNot\} \$\{AtLeastWin10\}/);
    expect(script).toMatch(/\$\{IfNot\} \$\{RunningX64\}/);
    expect(script).toMatch(/memerlukan Windows 10 \(64-bit\)/);
  });

  it('opens .dtksbak backups with the app (Windows and Linux)', () => {
    const associations = [config.fileAssociations ?? []].flat();
    expect(associations).toEqual([
      expect.objectContaining({ ext: 'dtksbak', mimeType: 'application/x-dtks-kelurahan-backup' }),
    ]);
    expect(config.linux?.mimeTypes).toContain('application/x-dtks-kelurahan-backup');
  });

  it('has icons and installer resources where the configuration says', () => {
    expect(existsSync(path.join(root, 'build', 'icon.png'))).toBe(true);
    expect(config.directories?.buildResources).toBe('build');
  });
});

describe('signing and updates', () => {
  const text = () => readFileSync(path.join(root, 'electron-builder.yml'), 'utf8');

  it('keeps no certificate or password in the repository (they come from CSC_LINK / CSC_KEY_PASSWORD)', () => {
    const sign = config.win?.signtoolOptions;
    expect(sign?.certificateFile ?? null).toBeNull();
    expect(sign?.certificatePassword ?? null).toBeNull();
    expect(text()).not.toMatch(/certificatePassword|certificateFile|\.pfx\b|\.p12\b/);
    expect(text()).toMatch(/CSC_LINK/);
    expect(config.win?.verifyUpdateCodeSignature).toBe(true);
    expect(sign?.signingHashAlgorithms).toEqual(['sha256']);
  });

  it('publishes for the generic provider (latest.yml with the SHA-512 next to the installer)', () => {
    const publish = [config.publish ?? []].flat();
    expect(publish).toEqual([expect.objectContaining({ provider: 'generic' })]);
  });
});

describe('.github/workflows/release.yml (cannot run here; kept in step with the scripts)', () => {
  const workflow = readFileSync(path.join(root, '.github', 'workflows', 'release.yml'), 'utf8');
  const scripts = (
    JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    }
  ).scripts;

  it('builds on Windows and Linux, on a version tag', () => {
    expect(workflow).toMatch(/tags: \['v\*'\]/);
    expect(workflow).toMatch(/os: windows-/);
    expect(workflow).toMatch(/os: ubuntu-/);
  });

  it('runs scripts that exist, and the smoke test may not skip there', () => {
    for (const script of ['check', 'test:electron']) {
      expect(workflow).toContain(`npm run ${script}`);
      expect(scripts[script]).toBeDefined();
    }
    expect(workflow).toContain("DTKS_REQUIRE_ELECTRON: '1'");
    expect(existsSync(path.join(root, 'scripts', 'verify-fuses.mjs'))).toBe(true);
    expect(workflow).toContain('node scripts/verify-fuses.mjs');
  });

  it('packages with this configuration and attaches the SHA-256 sums', () => {
    expect(workflow).toContain('electron-builder --config electron-builder.yml');
    expect(workflow).toContain('--win nsis');
    expect(workflow).toContain('--linux AppImage');
    expect(workflow).toContain('sha256sum');
    expect(workflow).toContain('SHA256SUMS');
    // Signing secrets by name only.
    expect(workflow).toContain('CSC_LINK: ${{ secrets.WIN_CSC_LINK }}');
  });
});
