// Fixes an endless loop in SheetJS 0.20.3 (npm:@e965/xlsx), run by `npm install`/`npm ci`
// (postinstall). A damaged .xls whose formula is shorter than one of its tokens made
// parse_Rgce step past the formula's end; its loop waits for the read position to *equal* the
// end, so it never stopped and the import froze ("Membaca berkas…" forever; the fuzz tests
// found it with an 11 KB file, tests/fixtures/fuzz/xls-rumus-tak-berujung.bin). The loop now
// stops once the position reaches or passes the end, as the callers expect: they move the
// position to the record's end themselves. patch-package would be the usual tool, but it
// cannot patch a package installed under an npm alias (its issue #449), which xlsx is.
// Idempotent; fails the install if SheetJS changed, so an upgrade is looked at again.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';

// The package's main file (its exports hide package.json): xlsx.js at its root.
const root = dirname(createRequire(import.meta.url).resolve('xlsx'));
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const BEFORE = '\twhile(target != blob.l) {\n\t\tlength = target - blob.l;';
const AFTER = '\twhile(blob.l < target) {\n\t\tlength = target - blob.l;';
const FILES = ['xlsx.js', 'xlsx.mjs'];

if (version !== '0.20.3') {
  console.error(
    `scripts/patch-xlsx.mjs: SheetJS ${version} is not 0.20.3. Check whether parse_Rgce still ` +
      'loops until `target != blob.l` (tests/unit/fuzz-findings.test.ts), then update or drop this script.',
  );
  process.exit(1);
}
for (const name of FILES) {
  const path = join(root, name);
  const text = readFileSync(path, 'utf8');
  if (text.includes(AFTER) && !text.includes(BEFORE)) continue;
  const parts = text.split(BEFORE);
  if (parts.length !== 2) {
    console.error(`scripts/patch-xlsx.mjs: parse_Rgce's loop not found once in ${path}.`);
    process.exit(1);
  }
  writeFileSync(path, parts.join(AFTER));
  console.log(`scripts/patch-xlsx.mjs: ${name}: parse_Rgce stops at the formula's end.`);
}
// Vite's dev server keeps a pre-bundled copy of its dependencies: drop it so it is rebuilt
// from the patched files (a build never uses it).
rmSync(join(root, '..', '.vite'), { recursive: true, force: true });
