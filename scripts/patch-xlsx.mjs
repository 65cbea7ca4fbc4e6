// Fixes two endless loops in SheetJS 0.20.3 (npm:@e965/xlsx) that damaged files send it into;
// run by `npm install`/`npm ci` (postinstall). The fuzz tests found both, and either froze the
// import ("Membaca berkas…" for ever) and, now and then, the unit tests:
// - parse_Rgce (formulas in an .xls) reads tokens until the read position *equals* the
//   formula's end; a token running past that end never stops it. It now stops once the
//   position reaches or passes the end, as its callers expect (they move to the record's end
//   themselves). Input: tests/fixtures/fuzz/xls-rumus-tak-berujung*.bin.
// - inflate (the zip inside an .xlsx: SheetJS's own decompressor) reads codes until an
//   end-of-block code. A damaged table that gives a code no bits never moves on, and a stream
//   without an end is read past its last byte, as zeros, for ever. It now throws on a code of
//   no bits (never valid) and once it has read past the end of its input, so the file is
//   refused as damaged. Input: tests/fixtures/fuzz/xlsx-zip-tak-berujung.bin.
// patch-package would be the usual tool, but it cannot patch a package installed under an npm
// alias (its issue #449), which xlsx is. Idempotent; fails the install if SheetJS changed, so
// an upgrade is looked at again. The app also stops any read that takes too long
// (renderer/src/workers/read-limit.ts).
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';

// The package's main file (its exports hide package.json): xlsx.js at its root.
const root = dirname(createRequire(import.meta.url).resolve('xlsx'));
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const PATCHES = [
  {
    what: "parse_Rgce stops at the formula's end",
    before: '\twhile(target != blob.l) {\n\t\tlength = target - blob.l;',
    after: '\twhile(blob.l < target) {\n\t\tlength = target - blob.l;',
  },
  {
    what: "inflate's blocks stop past the end of its input",
    before: '\twhile((header&1) == 0) {\n\t\theader = read_bits_3(data, boff); boff += 3;',
    after:
      '\twhile((header&1) == 0) {\n' +
      '\t\tif(boff > data.length * 8 + 64) throw new Error("Corrupted deflate stream");\n' +
      '\t\theader = read_bits_3(data, boff); boff += 3;',
  },
  {
    what: "inflate's codes stop past the end of its input",
    before: '\t\tfor(;;) { // while(true) is apparently out of vogue in modern JS circles\n',
    after:
      '\t\tfor(;;) { // while(true) is apparently out of vogue in modern JS circles\n' +
      '\t\t\tif(boff > data.length * 8 + 64) throw new Error("Corrupted deflate stream");\n',
  },
  {
    what: 'inflate refuses a code of no bits',
    before:
      '\t\t\tboff += code & 15; code >>>= 4;\n' +
      '\t\t\t/* 0-255 are literals, 256 is end of block token, 257+ are copy tokens */',
    after:
      '\t\t\tif((code & 15) == 0) throw new Error("Corrupted deflate stream");\n' +
      '\t\t\tboff += code & 15; code >>>= 4;\n' +
      '\t\t\t/* 0-255 are literals, 256 is end of block token, 257+ are copy tokens */',
  },
];
const FILES = ['xlsx.js', 'xlsx.mjs'];

if (version !== '0.20.3') {
  console.error(
    `scripts/patch-xlsx.mjs: SheetJS ${version} is not 0.20.3. Check whether parse_Rgce and ` +
      'inflate still loop on damaged files (tests/unit/fuzz-findings.test.ts), then update or drop this script.',
  );
  process.exit(1);
}
for (const name of FILES) {
  const path = join(root, name);
  let text = readFileSync(path, 'utf8');
  for (const patch of PATCHES) {
    if (text.includes(patch.after)) continue;
    const parts = text.split(patch.before);
    if (parts.length !== 2) {
      console.error(
        `scripts/patch-xlsx.mjs: "${patch.what}": its line is not found once in ${path}.`,
      );
      process.exit(1);
    }
    text = parts.join(patch.after);
    console.log(`scripts/patch-xlsx.mjs: ${name}: ${patch.what}.`);
  }
  writeFileSync(path, text);
}
// Vite's dev server keeps a pre-bundled copy of its dependencies: drop it so it is rebuilt
// from the patched files (a build never uses it).
rmSync(join(root, '..', '.vite'), { recursive: true, force: true });
