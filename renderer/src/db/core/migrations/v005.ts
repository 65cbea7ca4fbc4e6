import type { SchemaVersion } from './migration';

/** "; IDDTKS 123" as the prelist import wrote it into a proposal's note until version 5. */
const IDDTKS_NOTE = /;\s*IDDTKS\s+(\S+)/;

// Issue 14.3: the ID DTKS/DTSEN is a field of the family (sent on perbaikan and nonaktif
// rows), no longer only a note on the prelist proposal ("…; IDDTKS 123"). The ID moves
// from the note into the family (a family that already has one keeps it) and leaves the
// note. No index: only prelist proposals and their families are read and rewritten.
// Decisions are not touched: their stored values are hashed into locked meetings; only
// the words they are shown in depend on the kind (shared/domain/musyawarah/decision-words.ts).
export const migration: SchemaVersion = {
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
};
