import type { SchemaVersion } from './migration';

// The first released schema: every table the app had when it shipped.
export const migration: SchemaVersion = {
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
};
