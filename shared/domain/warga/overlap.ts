import type { AidReceived, ProposedProgramme } from '../core/entities';

/** Programmes funded by the central government (Kemensos). */
const CENTRAL_PROGRAMMES: ReadonlySet<string> = new Set(['PKH', 'BPNT/Sembako', 'PBI-JK']);

export type OverlapFlag =
  { overlapping: true; reason: string; centralAid: AidReceived[] } | { overlapping: false };

/** Aid that counts as central: funded at pusat level, or a central programme. */
export function centralAid(aid: readonly AidReceived[]): AidReceived[] {
  return aid.filter((item) => item.level === 'pusat' || CENTRAL_PROGRAMMES.has(item.programme));
}

/**
 * The overlap rule (domain.md §1.5): a family already on central aid (PKH,
 * BPNT) must not also receive regional aid. Proposing such a family for a
 * regional programme is flagged; the caller requires a written justification.
 */
export function checkAidOverlap(
  aid: readonly AidReceived[],
  programme: ProposedProgramme,
): OverlapFlag {
  if (programme !== 'Bansos Daerah') return { overlapping: false };
  const central = centralAid(aid);
  if (central.length === 0) return { overlapping: false };
  const names = [...new Set(central.map((item) => item.programme))].join(', ');
  return {
    overlapping: true,
    reason: `Keluarga ini sudah menerima bantuan pusat (${names}); bantuan daerah tidak boleh tumpang tindih dengan bantuan pusat.`,
    centralAid: central,
  };
}

/** A family that receives both central and regional aid right now. */
export function hasExistingOverlap(aid: readonly AidReceived[]): boolean {
  const central = centralAid(aid);
  const regional = aid.filter(
    (item) => (item.level === 'provinsi' || item.level === 'kota') && !central.includes(item),
  );
  return central.length > 0 && regional.length > 0;
}
