// Reads the fuse wire of a packaged Electron executable and fails unless every fuse
// is as electron-builder.yml asks. Run by the release workflow on the unpacked build,
// so a release whose binary was not hardened never gets attached.
//   node scripts/verify-fuses.mjs "release/win-unpacked/DTKS Kelurahan.exe"
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';

// The byte values of a fuse in the wire ('0' and '1'); @electron/fuses does not export them.
const FuseState = { DISABLE: 48, ENABLE: 49 };

const EXPECTED = {
  RunAsNode: FuseState.DISABLE,
  EnableNodeOptionsEnvironmentVariable: FuseState.DISABLE,
  EnableNodeCliInspectArguments: FuseState.DISABLE,
  OnlyLoadAppFromAsar: FuseState.ENABLE,
  EnableEmbeddedAsarIntegrityValidation: FuseState.ENABLE,
  EnableCookieEncryption: FuseState.ENABLE,
  GrantFileProtocolExtraPrivileges: FuseState.DISABLE,
};

const executable = process.argv[2];
if (!executable) {
  console.error('Pemakaian: node scripts/verify-fuses.mjs <berkas executable hasil kemas>');
  process.exit(2);
}

const wire = await getCurrentFuseWire(executable);
let failed = 0;
for (const [name, expected] of Object.entries(EXPECTED)) {
  const actual = wire[FuseV1Options[name]];
  const ok = actual === expected;
  if (!ok) failed += 1;
  console.log(`${ok ? 'OK   ' : 'SALAH'} ${name}: ${actual} (diharapkan ${expected})`);
}
if (failed > 0) {
  console.error(`${failed} fuse tidak sesuai electron-builder.yml: rilis dihentikan.`);
  process.exit(1);
}
console.log('Semua fuse sesuai.');
