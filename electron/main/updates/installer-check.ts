import path from 'node:path';
import { compareVersions } from './policy';

/*
 * The offline update: someone copies the installer from the city's shared folder (or a
 * flash disk) and opens it from Pengaturan → Tentang. Before it runs, the app checks it:
 *   - the file is this platform's installer (.exe on Windows, .AppImage on Linux);
 *   - its hash matches a sums file next to it (SHA256SUMS or <file>.sha256, written by
 *     the release workflow, or latest.yml's SHA-512 written by electron-builder): a
 *     truncated copy or a swapped file is refused;
 *   - on Windows its Authenticode signature is valid, and from the same publisher as the
 *     running app when the app itself is signed;
 *   - it is not older than the running version (no downgrade by accident).
 */

export type SignatureCheck =
  | { status: 'valid'; signer: string }
  | { status: 'unsigned' }
  | { status: 'invalid'; detail: string };

export type InstallerCheckDeps = {
  platform: string;
  currentVersion: string;
  readFile: (filePath: string) => Promise<Uint8Array>;
  readText: (filePath: string) => Promise<string | null>;
  sha256Hex: (bytes: Uint8Array) => string;
  sha512Base64: (bytes: Uint8Array) => string;
  /** Windows only; absent elsewhere. */
  checkSignature?: (filePath: string) => Promise<SignatureCheck>;
  /** Publisher names the running app was signed with (app-update.yml), empty when unsigned. */
  expectedPublishers: readonly string[];
};

export type InstallerCheck = { ok: true; version: string | null } | { ok: false; message: string };

export function installerExtension(platform: string): string | null {
  if (platform === 'win32') return '.exe';
  if (platform === 'linux') return '.AppImage';
  return null;
}

/** `sha256sum` output: "<64 hex>  name" or "<64 hex> *name" per line. */
export function parseSha256Sums(text: string): Map<string, string> {
  const sums = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const match = /^([0-9a-f]{64}) [ *](.+)$/i.exec(line.trim());
    if (match) sums.set(path.basename(match[2]!.trim()), match[1]!.toLowerCase());
  }
  return sums;
}

/** electron-builder's latest.yml: the version, and `- url: <file>` / `sha512: <base64>` pairs. */
export function parseLatestYml(text: string): {
  version: string | null;
  sha512: Map<string, string>;
} {
  const sha512 = new Map<string, string>();
  const version = /^version:\s*['"]?([0-9][^'"\s]*)['"]?\s*$/m.exec(text)?.[1] ?? null;
  const entry =
    /-\s+url:\s*['"]?([^'"\r\n]+?)['"]?\s*\r?\n\s+sha512:\s*['"]?([A-Za-z0-9+/=]+)['"]?/g;
  for (const match of text.matchAll(entry)) sha512.set(match[1]!.trim(), match[2]!);
  // The top-level path/sha512 pair (older files have only these).
  const single = /^path:\s*['"]?([^'"\r\n]+?)['"]?\s*\r?\nsha512:\s*['"]?([A-Za-z0-9+/=]+)/m.exec(
    text,
  );
  if (single && !sha512.has(single[1]!.trim())) sha512.set(single[1]!.trim(), single[2]!);
  return { version, sha512 };
}

/** The version in our artifact name: dtks-kelurahan-<version>-<os>-<arch>.<ext>. */
export function versionFromFileName(name: string): string | null {
  return (
    /^dtks-kelurahan-(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)-(?:win|linux|mac)-[^-]+\.[A-Za-z]+$/.exec(
      name,
    )?.[1] ?? null
  );
}

/** `"<Status>|<Subject>"` as printed by the PowerShell one-liner in signature.ts. */
export function parseSignatureOutput(output: string): SignatureCheck {
  const [status = '', subject = ''] = output.trim().split('|', 2);
  if (status === 'Valid') return { status: 'valid', signer: subject.trim() };
  if (status === 'NotSigned') return { status: 'unsigned' };
  return { status: 'invalid', detail: status || 'tidak diketahui' };
}

/** publisherName as electron-builder writes it into app-update.yml (a list or one value). */
export function parsePublisherNames(appUpdateYml: string | null): string[] {
  if (!appUpdateYml) return [];
  const names: string[] = [];
  const lines = appUpdateYml.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const match = /^publisherName:\s*(.*)$/.exec(lines[i]!);
    if (!match) continue;
    const inline = match[1]!.trim().replace(/^['"]|['"]$/g, '');
    if (inline) names.push(inline);
    for (let j = i + 1; j < lines.length && /^\s+-\s+/.test(lines[j]!); j++) {
      names.push(
        lines[j]!.replace(/^\s+-\s+/, '')
          .trim()
          .replace(/^['"]|['"]$/g, ''),
      );
    }
  }
  return names;
}

/** The common name inside an X.500 subject ("CN=Pemkot Palangka Raya, O=…"). */
function commonName(subject: string): string {
  return /(?:^|,\s*)CN=("?)([^,"]+)\1/.exec(subject)?.[2]?.trim() ?? subject.trim();
}

export async function checkInstaller(
  filePath: string,
  deps: InstallerCheckDeps,
): Promise<InstallerCheck> {
  const extension = installerExtension(deps.platform);
  const name = path.basename(filePath);
  if (!extension) return { ok: false, message: 'Sistem operasi ini tidak didukung.' };
  if (!name.toLowerCase().endsWith(extension.toLowerCase())) {
    return { ok: false, message: `Pilih berkas pemasang ${extension} untuk komputer ini.` };
  }
  const dir = path.dirname(filePath);
  const [sumsText, ownSum, latestText] = await Promise.all([
    deps.readText(path.join(dir, 'SHA256SUMS')),
    deps.readText(`${filePath}.sha256`),
    deps.readText(path.join(dir, deps.platform === 'linux' ? 'latest-linux.yml' : 'latest.yml')),
  ]);
  const expected256 = new Set<string>();
  for (const text of [sumsText, ownSum]) {
    const found = text === null ? undefined : parseSha256Sums(text).get(name);
    if (found) expected256.add(found);
  }
  const latest = latestText === null ? null : parseLatestYml(latestText);
  const expected512 = latest?.sha512.get(name) ?? null;
  if (expected256.size === 0 && !expected512) {
    return {
      ok: false,
      message:
        `Tidak ada sidik berkas untuk ${name}. Salin juga SHA256SUMS (atau ${name}.sha256, ` +
        'atau latest.yml) dari rilis ke folder yang sama, lalu coba lagi.',
    };
  }

  const bytes = await deps.readFile(filePath);
  const actual256 = deps.sha256Hex(bytes).toLowerCase();
  if ([...expected256].some((sum) => sum !== actual256)) {
    return {
      ok: false,
      message:
        'Berkas pemasang tidak cocok dengan sidik SHA-256-nya: rusak atau diganti. Jangan dipakai.',
    };
  }
  if (expected512 && deps.sha512Base64(bytes) !== expected512) {
    return {
      ok: false,
      message:
        'Berkas pemasang tidak cocok dengan sidik di latest.yml: rusak atau diganti. Jangan dipakai.',
    };
  }

  if (deps.checkSignature) {
    const signature = await deps.checkSignature(filePath);
    if (signature.status === 'invalid') {
      return {
        ok: false,
        message: `Tanda tangan digital pemasang tidak sah (${signature.detail}). Jangan dipakai.`,
      };
    }
    if (deps.expectedPublishers.length > 0) {
      if (signature.status !== 'valid') {
        return {
          ok: false,
          message:
            'Pemasang ini tidak bertanda tangan digital, padahal aplikasi resmi selalu bertanda tangan.',
        };
      }
      const signer = commonName(signature.signer);
      if (!deps.expectedPublishers.some((publisher) => commonName(publisher) === signer)) {
        return {
          ok: false,
          message: `Pemasang ditandatangani oleh "${signer}", bukan penerbit aplikasi ini.`,
        };
      }
    }
  }

  const version = latest?.version ?? versionFromFileName(name);
  if (version && compareVersions(version, deps.currentVersion) < 0) {
    return {
      ok: false,
      message: `Pemasang ini versi ${version}, lebih lama dari versi terpasang (${deps.currentVersion}).`,
    };
  }
  return { ok: true, version };
}
