import { describe, expect, it } from 'vitest';
import { generateDemoData } from './demo-data';
import { generateDemoWorkflow } from './demo-workflow';
import { checkAidOverlap } from '../domain/warga/overlap';

const base = generateDemoData({ seed: 7, people: 5000, kodeWilayah: '6271011001' });
const options = {
  seed: 7,
  ...base,
  period: 'November 2026',
  timestamp: '2026-11-27T08:00:00.000Z',
};

describe('generateDemoWorkflow', () => {
  const workflow = generateDemoWorkflow(options);

  it('is deterministic', () => {
    expect(generateDemoWorkflow(options)).toEqual(workflow);
  });

  it('proposes existing families and people, at every stage before the meeting', () => {
    const familyIds = new Set(base.families.map((family) => family.id));
    const personIds = new Set(base.people.map((person) => person.id));
    expect(workflow.proposals.length).toBeGreaterThan(50);
    for (const proposal of workflow.proposals) {
      expect(familyIds.has(proposal.familyId)).toBe(true);
      expect(personIds.has(proposal.personId)).toBe(true);
      expect(proposal.period).toBe('November 2026');
      expect(proposal.history.at(-1)?.to).toBe(proposal.status);
      if (proposal.kind === 'nonaktif') expect(proposal.nonaktifReason).toBeDefined();
    }
    const statuses = new Set(workflow.proposals.map((proposal) => proposal.status));
    expect([...statuses].sort()).toEqual(['draf', 'siap_musyawarah', 'verifikasi_lapangan']);
  });

  it("dates each RT cover letter's number in the year of its own date", () => {
    const covers = workflow.proposals.flatMap((proposal) => {
      const { suratPengantarNomor, suratPengantarTanggal } = proposal.documents;
      return suratPengantarNomor && suratPengantarTanggal
        ? [{ nomor: suratPengantarNomor, tanggal: suratPengantarTanggal }]
        : [];
    });
    expect(covers.length).toBeGreaterThan(10);
    for (const { nomor, tanggal } of covers) {
      expect(nomor).toMatch(/^\d{1,2}\/RT\.\d{3}\/\d{4}$/);
      expect(nomor.slice(-4)).toBe(tanggal.slice(0, 4));
    }
  });

  it('gives every new or corrected proposal ready for the meeting a field check', () => {
    const assessed = new Set(workflow.assessments.map((assessment) => assessment.proposalId));
    const ready = workflow.proposals.filter(
      (p) => p.status === 'siap_musyawarah' && (p.kind === 'baru' || p.kind === 'perbaikan'),
    );
    expect(ready.length).toBeGreaterThan(10);
    for (const proposal of ready) expect(assessed.has(proposal.id)).toBe(true);
  });

  it('never proposes a family on central aid for regional aid', () => {
    for (const proposal of workflow.proposals) {
      const aid = workflow.aid.filter((item) => item.familyId === proposal.familyId);
      expect(checkAidOverlap(aid, proposal.programme).overlapping).toBe(false);
    }
  });

  it('lists an RT head for every RT in use and the other meeting elements', () => {
    const rts = new Set(base.families.map((family) => `${family.rw}/${family.rt}`));
    expect(workflow.contacts.filter((contact) => contact.unsur === 'RT')).toHaveLength(rts.size);
    for (const unsur of ['RW', 'PSM', 'TKSK', 'LPMK', 'Dinas Sosial']) {
      expect(workflow.contacts.some((contact) => contact.unsur === unsur)).toBe(true);
    }
  });
});
