import { parseSignatureOutput, type SignatureCheck } from './installer-check';

export type ExecFile = (
  file: string,
  args: readonly string[],
  options: { env: NodeJS.ProcessEnv; windowsHide: true; timeout: number },
) => Promise<{ stdout: string }>;

/**
 * Windows' own Authenticode check, the same one electron-updater uses for its
 * downloads. The path goes in through the environment, never into the command text,
 * so no file name can inject PowerShell.
 */
export function windowsSignatureChecker(
  execFile: ExecFile,
): (filePath: string) => Promise<SignatureCheck> {
  const script =
    '$s = Get-AuthenticodeSignature -LiteralPath $env:DTKS_INSTALLER; ' +
    '"$($s.Status)|$($s.SignerCertificate.Subject)"';
  return async (filePath) => {
    const { stdout } = await execFile(
      'powershell.exe',
      ['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-Command', script],
      { env: { ...process.env, DTKS_INSTALLER: filePath }, windowsHide: true, timeout: 60_000 },
    );
    return parseSignatureOutput(stdout);
  };
}
