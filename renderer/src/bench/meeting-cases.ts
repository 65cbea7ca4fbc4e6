/**
 * Bench page functions for meeting_300 (issue 17): where the meeting console's first read
 * of its candidates goes, on the seeded registry. Spread into window.dtksBench by
 * bench-entry.ts; driven by `BENCH_MEETING_PARTS=1` in bench/cases/meeting.mjs.
 */
import { DATABASE_NAMES, DtksDatabase } from '../db/core/database';
import { assembleCandidates, readCandidateRows } from '../db/musyawarah/candidates-read';

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await work();
  return [result, Math.round(performance.now() - start)];
}

export const meetingCases = {
  /**
   * The console's candidate read (readCandidateRows + assembleCandidates), then, alternating
   * `rounds` times, the read's second step (families, heads, members, aid, assessments of the
   * candidates, all in flight together) as the app does it and as it did before (members and
   * aid with `anyOf`), and without the members.
   */
  async meetingReadParts(rounds = 3) {
    const db = new DtksDatabase(DATABASE_NAMES.real);
    await db.open();
    const parts: Record<string, number | string | number[]> = {};
    const [rows, readMs] = await timed(() => readCandidateRows(db, { status: 'berlangsung' }, []));
    parts.readCandidateRows = readMs;
    const [assembled, assembleMs] = await timed(async () =>
      assembleCandidates(rows, { id: 'bench', status: 'berlangsung' }, []),
    );
    parts.assemble = assembleMs;
    parts.candidates = assembled.candidates.length;
    const [open, openMs] = await timed(() =>
      db.proposals
        .where('status')
        .anyOf(['draf', 'verifikasi_lapangan', 'siap_musyawarah'])
        .toArray(),
    );
    parts.openProposals = `${open.length} in ${openMs} ms`;

    const list = [...rows.proposals.values()];
    const familyIds = [...new Set(list.map((proposal) => proposal.familyId))];
    const ids = [...rows.proposals.keys()];
    const perFamily = <T>(read: (id: string) => Promise<T[]>) =>
      Promise.all(familyIds.map(read)).then((lists) => lists.flat());
    const common = () => [
      db.families.bulkGet(familyIds),
      db.people.bulkGet(list.map((proposal) => proposal.personId)),
      db.assessments.where('proposalId').anyOf(ids).toArray(),
    ];
    const variants = {
      perFamily: () =>
        Promise.all([
          ...common(),
          perFamily((id) => db.people.where('familyId').equals(id).toArray()),
          perFamily((id) => db.aid.where('familyId').equals(id).toArray()),
        ]),
      anyOf: () =>
        Promise.all([
          ...common(),
          db.people.where('familyId').anyOf(familyIds).toArray(),
          db.aid.where('familyId').anyOf(familyIds).toArray(),
        ]),
      withoutMembers: () =>
        Promise.all([
          ...common(),
          perFamily((id) => db.aid.where('familyId').equals(id).toArray()),
        ]),
    };
    for (const name of Object.keys(variants)) parts[name] = [];
    for (let round = 0; round < rounds; round += 1)
      for (const [name, run] of Object.entries(variants))
        (parts[name] as number[]).push((await timed(run))[1]);
    db.close();
    return parts;
  },
};
