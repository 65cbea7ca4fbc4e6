import fc from 'fast-check';
import { gzipSync } from 'fflate';
import { describe, it } from 'vitest';
import { readBackup } from '../../renderer/src/db/cadangan/backup';
import { BackupError, deriveBackupKey, sealBackup } from '../../renderer/src/db/cadangan/file';
import type { BackupKey } from '../../renderer/src/db/cadangan/file';
import { BACKUP_TABLES } from '../../renderer/src/db/cadangan/schema';
import { LATEST_SCHEMA_VERSION } from '../../renderer/src/db/core/schema';
import { fuzzParser, TEST_TIMEOUT } from './harness';

/**
 * The backup reader, called as the restore screen calls it, on files that are not
 * backups, damaged backups, and authentic backups (right passphrase, valid header)
 * whose content is anything at all: the reader must refuse with a BackupError.
 */

const PASS = 'kunci cadangan uji fuzz';
const ITERATIONS = 1_000;
let key: Promise<BackupKey> | undefined;
const backupKey = () => (key ??= deriveBackupKey(PASS, { iterations: ITERATIONS }));
const encoder = new TextEncoder();

type Content =
  | {
      kind: 'tables';
      tables: Record<string, unknown[]>;
      countsMatch: boolean;
      schemaVersion: number;
    }
  | { kind: 'json'; value: unknown }
  | { kind: 'text'; text: string }
  | { kind: 'raw'; bytes: Uint8Array };

async function seal(content: Content): Promise<Uint8Array> {
  let plain: Uint8Array;
  let counts: Record<string, number> = {};
  let schemaVersion = LATEST_SCHEMA_VERSION;
  if (content.kind === 'tables') {
    plain = gzipSync(encoder.encode(JSON.stringify({ tables: content.tables })));
    for (const [name, rows] of Object.entries(content.tables)) {
      counts[name] = content.countsMatch ? rows.length : rows.length + 1;
    }
    schemaVersion = content.schemaVersion;
  } else if (content.kind === 'json') {
    plain = gzipSync(encoder.encode(JSON.stringify(content.value) ?? 'null'));
  } else if (content.kind === 'text') plain = gzipSync(encoder.encode(content.text));
  else {
    plain = content.bytes;
    counts = {};
  }
  return sealBackup(plain, await backupKey(), {
    appVersion: 'fuzz',
    schemaVersion,
    createdAt: '2026-12-01T00:00:00.000Z',
    database: 'training',
    kelurahan: { kodeWilayah: '6271011001', nama: 'Pahandut' },
    counts,
    auditHead: null,
  });
}

const emptyTables = () => Object.fromEntries(BACKUP_TABLES.map((name) => [name, [] as unknown[]]));

/** Codec tags and row shapes the reader knows, mixed with anything JSON can hold. */
const row: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc.record({
    id: fc.string({ maxLength: 24 }),
    nama: fc.string(),
    nik: fc.string(),
    aktif: fc.boolean(),
  }),
  fc.record({
    $t: fc.constantFrom('undef', 'date', 'bytes', 'blob', 'obj', 'lain'),
    iso: fc.string(),
    b64: fc.string(),
    v: fc.jsonValue({ maxDepth: 2 }),
  }),
  fc.record({ seq: fc.integer(), hash: fc.string(), prevHash: fc.string(), at: fc.string() }),
);

const content: fc.Arbitrary<Content> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .tuple(
        fc.dictionary(
          fc.constantFrom(...BACKUP_TABLES, 'tabel_lain'),
          fc.array(row, { maxLength: 4 }),
          { maxKeys: 4 },
        ),
        fc.boolean(),
        fc.boolean(),
        fc.oneof(fc.constant(LATEST_SCHEMA_VERSION), fc.integer({ min: 1, max: 1_000 })),
      )
      .map(([tables, complete, countsMatch, schemaVersion]) => ({
        kind: 'tables' as const,
        tables: complete ? { ...emptyTables(), ...tables } : tables,
        countsMatch,
        schemaVersion,
      })),
  },
  fc.jsonValue({ maxDepth: 6 }).map((value) => ({ kind: 'json' as const, value })),
  // Nesting deeper than any recursion should meet.
  fc.integer({ min: 1_000, max: 20_000 }).map((depth) => ({
    kind: 'text' as const,
    text: `{"tables":{"settings":[${'['.repeat(depth)}${']'.repeat(depth)}]}}`,
  })),
  fc.string().map((text) => ({ kind: 'text' as const, text })),
  fc.uint8Array({ maxLength: 300 }).map((bytes) => ({ kind: 'raw' as const, bytes })),
);

type Input = { file: Uint8Array } | { content: Content; damage: boolean };

const input: fc.Arbitrary<Input> = fc.oneof(
  fc.uint8Array({ maxLength: 1_000 }).map((file) => ({ file })),
  fc
    .uint8Array({ maxLength: 400 })
    .map((tail) => ({ file: new Uint8Array([...encoder.encode('DTKSBAK'), ...tail]) })),
  {
    weight: 4,
    arbitrary: fc.tuple(content, fc.boolean()).map(([c, damage]) => ({ content: c, damage })),
  },
);

async function fileOf(value: Input, flips: Uint8Array | null): Promise<Uint8Array> {
  if ('file' in value) return value.file;
  const sealed = await seal(value.content);
  if (!value.damage || !flips) return sealed;
  const copy = new Uint8Array(sealed);
  for (let i = 0; i + 1 < flips.length; i += 2) {
    const at = ((flips[i] ?? 0) * 257 + (flips[i + 1] ?? 0)) % copy.length;
    copy[at] = (copy[at] ?? 0) ^ (1 << ((flips[i] ?? 0) % 8));
  }
  return copy;
}

describe('fuzz: backup reader', () => {
  it(
    'refuses every file that is not a sound backup with a BackupError',
    async () => {
      await fuzzParser<[Input, Uint8Array]>({
        parser: 'pembaca cadangan',
        input: fc.tuple(input, fc.uint8Array({ minLength: 2, maxLength: 8 })),
        warmUp: [
          {
            content: {
              kind: 'tables',
              tables: emptyTables(),
              countsMatch: true,
              schemaVersion: LATEST_SCHEMA_VERSION,
            },
            damage: false,
          },
          new Uint8Array(0),
        ],
        run: async ([value, flips]) => {
          const file = await fileOf(value, flips);
          await readBackup(file, PASS, { minIterations: ITERATIONS });
          return 'accepted' as const;
        },
        isRefusal: (error) => error instanceof BackupError && error.message.length > 10,
        show: ([value]) =>
          'file' in value
            ? `berkas ${value.file.length} byte`
            : `isi ${JSON.stringify(value.content).slice(0, 140)}`,
      });
    },
    TEST_TIMEOUT,
  );
});
