import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSIONS } from '../schema';
import type { SchemaVersion } from './migration';

/**
 * A frozen copy of each released version's stores, written out by hand. A database in an
 * office already went through these versions: changing one (instead of adding a version)
 * would leave that database with other indexes than the code expects. When a version is
 * released, copy its stores here; the newest version may stay out until then.
 */
const RELEASED: Readonly<Record<number, SchemaVersion['stores']>> = {
  1: {
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
  2: {
    people:
      'id, &nik, familyId, nama, tanggalLahir, statusKeberadaan, *searchTokens, dupNameKey, dupMotherKey, awayStatus',
  },
  3: {
    families: 'id, &noKk, [rw+rt]',
    people: 'id, &nik, familyId, *searchTokens, dupNameKey, dupMotherKey, awayStatus',
  },
  4: {},
  5: {},
  6: {
    families: 'id, &noKk, [rw+rt], desil.value',
    signedScans: 'id, meetingId',
  },
  8: {
    families: 'id, &noKk, [rw+rt], desil.value, importId',
    people: 'id, &nik, familyId, *searchTokens, dupNameKey, dupMotherKey, awayStatus, importId',
    proposals: 'id, familyId, personId, status, kind, period, createdAt, importId',
  },
  9: { berandaSummary: 'id' },
  10: {
    families: 'id, noKk, [rw+rt], desil.value, importId, &noKkKey',
    people:
      'id, nik, familyId, *searchTokens, dupNameKey, dupMotherKey, awayStatus, importId, &nikKey',
    sinkronOutbox: 'key, table',
    sinkronRevs: 'key',
    sinkronState: 'key',
    sinkronConflicts: 'key, kind',
  },
  11: {},
};

describe('released schema versions', () => {
  it.each(Object.entries(RELEASED))(
    'version %s keeps the stores it was released with',
    (version, stores) => {
      const current = SCHEMA_VERSIONS.find((schema) => schema.version === Number(version));
      expect(current, `versi ${version} hilang dari migrations/`).toBeDefined();
      expect(current?.stores).toEqual(stores);
    },
  );

  it('leaves out at most the newest version (not yet released)', () => {
    const unfrozen = SCHEMA_VERSIONS.map((schema) => schema.version).filter(
      (version) => !(version in RELEASED),
    );
    const newest = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version;
    expect(unfrozen.filter((version) => version !== newest)).toEqual([]);
  });
});
