import type { Transaction } from 'dexie';

/**
 * Append-only list of schema versions. Never edit a published entry: add a
 * new one. Each upgrade has a test in schema.test.ts that opens a database at
 * the previous version with data in it and checks the data afterwards.
 */
export type SchemaVersion = {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
};

/** "; IDDTKS 123" as the prelist import wrote it into a proposal's note until version 5. */
const IDDTKS_NOTE = /;\s*IDDTKS\s+(\S+)/;

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      settings: 'key',
      officials: 'id, aktif',
      families: 'id, &noKk, [rw+rt], updatedAt',
      people:
        'id, &nik, familyId, nama, tanggalLahir, statusKeberadaan, *searchTokens, dupNameKey, dupMotherKey',
      aid: 'id, familyId, personId, programme, level',
      proposals: 'id, familyId, personId, status, kind, period, createdAt',
      assessments: 'id, proposalId, date',
      photos: 'id, proposalId',
      duplicateDecisions: 'id, &pairKey',
      importLayouts: 'id, &signature',
      contacts: 'id, unsur, nama',
      meetings: 'id, status, date',
      participants: 'id, meetingId',
      decisions: 'id, meetingId, proposalId, &[meetingId+proposalId]',
      letters: 'id, &number, [type+year], date, status, personId',
      letterCounters: 'key',
      keys: 'id',
      batches: 'id, state, meetingId, createdAt, number',
      feedback: 'id, batchId, nik, proposalId',
      accounts: 'id, &username, role',
      audit: 'id, &seq, at, entityId',
    },
  },
  {
    // The presence index becomes sparse: `awayStatus` is set only for people who are not
    // "ada", so the index lists the few who are away instead of an entry per person.
    // Filled here while the old statusKeberadaan index still exists, so the upgrade reads
    // only those few rows, not the whole registry.
    version: 2,
    stores: {
      people:
        'id, &nik, familyId, nama, tanggalLahir, statusKeberadaan, *searchTokens, dupNameKey, dupMotherKey, awayStatus',
    },
    upgrade: async (tx) => {
      await tx
        .table('people')
        .where('statusKeberadaan')
        .noneOf(['ada'])
        .modify((person: { statusKeberadaan: string; awayStatus?: string }) => {
          person.awayStatus = person.statusKeberadaan;
        });
    },
  },
  {
    // Fewer index entries per person: a 20,000-person import wrote ~40% slower with the
    // v1 set (bench import_prelist_20k). `nama`, `tanggalLahir` (people) and `updatedAt`
    // (families) were never queried; `statusKeberadaan` is replaced by `awayStatus` (v2).
    version: 3,
    stores: {
      families: 'id, &noKk, [rw+rt]',
      people: 'id, &nik, familyId, *searchTokens, dupNameKey, dupMotherKey, awayStatus',
    },
  },
  {
    // Issue 14.1/22: an import no longer fills what its list did not carry. Older imports
    // stored a placeholder (agama "Islam", pendidikan "Tidak/Belum Sekolah", a status
    // kawin guessed from the SHDK) and listed the field in fieldsToComplete: that value
    // was never confirmed, so it becomes unknown here and can no longer reach a letter or
    // the national package. A pekerjaan left empty by an import is listed as well.
    // No index changes: only the rows that carry the list are read and rewritten.
    version: 4,
    stores: {},
    upgrade: async (tx) => {
      await tx
        .table('people')
        .filter(
          (person: { fieldsToComplete?: unknown[]; pekerjaan?: string }) =>
            Array.isArray(person.fieldsToComplete) && person.fieldsToComplete.length > 0,
        )
        .modify((person: Record<string, unknown> & { fieldsToComplete: string[] }) => {
          const flagged = new Set(person.fieldsToComplete);
          for (const field of ['statusKawin', 'agama', 'pendidikan'] as const) {
            if (flagged.has(field)) delete person[field];
          }
          if (flagged.has('pekerjaan')) person.pekerjaan = '';
          if (typeof person.pekerjaan !== 'string' || person.pekerjaan.trim() === '') {
            person.pekerjaan = '';
            flagged.add('pekerjaan');
          }
          person.fieldsToComplete = ['statusKawin', 'agama', 'pendidikan', 'pekerjaan'].filter(
            (field) => flagged.has(field),
          );
        });
    },
  },
  {
    // Issue 14.3: the ID DTKS/DTSEN is a field of the family (sent on perbaikan and nonaktif
    // rows), no longer only a note on the prelist proposal ("…; IDDTKS 123"). The ID moves
    // from the note into the family (a family that already has one keeps it) and leaves the
    // note. No index: only prelist proposals and their families are read and rewritten.
    // Decisions are not touched: their stored values are hashed into locked meetings; only
    // the words they are shown in depend on the kind (shared/domain/decision-words.ts).
    version: 5,
    stores: {},
    upgrade: async (tx) => {
      const found = new Map<string, string>();
      await tx
        .table('proposals')
        .filter(
          (proposal: { note?: unknown }) =>
            typeof proposal.note === 'string' && IDDTKS_NOTE.test(proposal.note),
        )
        .modify((proposal: { familyId: string; note: string }) => {
          const match = IDDTKS_NOTE.exec(proposal.note);
          const id = match?.[1];
          if (!id) return;
          if (!found.has(proposal.familyId)) found.set(proposal.familyId, id);
          proposal.note = proposal.note.replace(IDDTKS_NOTE, '');
        });
      if (found.size === 0) return;
      await tx
        .table('families')
        .where('id')
        .anyOf([...found.keys()])
        .modify((family: { id: string; idDtks?: string }) => {
          const id = found.get(family.id);
          if (id && !family.idDtks) family.idDtks = id;
        });
    },
  },
  {
    // Issue 14.5 and 14.11. The decile belongs to the household (domain.md §3): it moves
    // from people (where demo data put it) to their family, and `desil.value` is indexed
    // so the Beranda counts families per decile from index keys alone (sparse: a family
    // without a decile has no entry). `signedScans` keeps the signed Berita Acara scan
    // the SIKS-NG portal asks for, per meeting, so every batch version of it carries it.
    version: 6,
    stores: {
      families: 'id, &noKk, [rw+rt], desil.value',
      signedScans: 'id, meetingId',
    },
    upgrade: async (tx) => {
      type Ranked = { familyId: string; desil?: { value: number; source: string; date: string } };
      const ranked = (await tx
        .table('people')
        .filter((person: Ranked) => person.desil !== undefined)
        .toArray()) as Ranked[];
      if (ranked.length === 0) return;
      const byFamily = new Map<string, NonNullable<Ranked['desil']>>();
      for (const person of ranked) {
        if (person.desil && !byFamily.has(person.familyId)) {
          byFamily.set(person.familyId, person.desil);
        }
      }
      await tx
        .table('families')
        .where('id')
        .anyOf([...byFamily.keys()])
        .modify((family: { id: string; desil?: unknown }) => {
          if (family.desil === undefined) family.desil = byFamily.get(family.id);
        });
      await tx
        .table('people')
        .filter((person: Ranked) => person.desil !== undefined)
        .modify((person: Ranked) => {
          delete person.desil;
        });
    },
  },
  {
    // Issue 15.7: an import can be undone as a whole until a meeting locks any of it. The
    // rows it created carry its id; these sparse indexes list only those rows, so finding
    // them reads no other row and costs nothing for rows typed by hand. Each spec is the
    // previous one plus `importId` (schema.test.ts checks that nothing else changed).
    version: 8,
    stores: {
      families: 'id, &noKk, [rw+rt], desil.value, importId',
      people: 'id, &nik, familyId, *searchTokens, dupNameKey, dupMotherKey, awayStatus, importId',
      proposals: 'id, familyId, personId, status, kind, period, createdAt, importId',
    },
  },
  {
    // Issue 18: office sync. The same NIK (or No. KK) entered on two PCs while apart must
    // arrive as two records for the Duplikat page, yet stay unique on one PC (an import or a
    // restore with one NIK twice is refused, as before). The unique index moves to a derived
    // key (`nikKey`, `noKkKey`: the number itself, or `<number>#<id>` for a record that
    // arrived by sync as a twin; renderer/src/db/sinkron/unique-key-middleware.ts), and
    // `nik`/`noKk` stay plain indexes for lookups. The sync keeps its own small tables: what
    // is still to send, the revision each row was last seen at, its state, the conflicts.
    version: 10,
    stores: {
      families: 'id, noKk, [rw+rt], desil.value, importId, &noKkKey',
      people:
        'id, nik, familyId, *searchTokens, dupNameKey, dupMotherKey, awayStatus, importId, &nikKey',
      sinkronOutbox: 'key, table',
      sinkronRevs: 'key',
      sinkronState: 'key',
      sinkronConflicts: 'key, kind',
    },
    upgrade: async (tx) => {
      await tx
        .table('families')
        .toCollection()
        .modify((family: { noKk?: string; noKkKey?: string }) => {
          if (typeof family.noKk === 'string') family.noKkKey = family.noKk;
        });
      await tx
        .table('people')
        .toCollection()
        .modify((person: { nik?: string; nikKey?: string }) => {
          if (typeof person.nik === 'string') person.nikKey = person.nik;
        });
    },
  },
];

export const LATEST_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 1;
