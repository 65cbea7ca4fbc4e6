import { beforeEach, describe, expect, it } from 'vitest';
import { CRITERIA_SETS } from '@shared/domain/usulan/criteria';
import type { Family, PersonRow } from '@shared/domain/core/entities';
import { saveAssessment } from './assessment-repository';
import { listAudit } from '../keamanan/audit-repository';
import type { DtksDatabase } from '../core/database';
import {
  changeStatus,
  countProposalsByStatus,
  createProposal,
  deleteDraftProposal,
  getProposalDetail,
  listProposalPeriods,
  listProposals,
  updateProposal,
} from './repository';
import { savePeriod } from '../pengaturan/repository';
import { freshDatabase } from '../testing/helpers';
import { centralAid, headOf, proposalInput, seedFamilies } from '../testing/usulan-fixtures';

const NOV = new Date(2026, 10, 5, 10, 0);
const DEC = new Date(2026, 11, 5, 10, 0);
const set262 = CRITERIA_SETS[0];

let db: DtksDatabase;
let families: Family[];
let people: PersonRow[];

function familyAt(index: number): { family: Family; head: PersonRow } {
  const family = families[index];
  if (!family) throw new Error('tidak ada keluarga');
  return { family, head: headOf(people, family) };
}

beforeEach(async () => {
  db = freshDatabase();
  ({ families, people } = await seedFamilies(db, 20));
});

describe('createProposal', () => {
  it('creates a draft in the current period with its history and audit entry', async () => {
    const { family, head } = familyAt(0);
    const proposal = await createProposal(
      db,
      proposalInput(family, head, { note: 'datang sendiri' }),
      NOV,
    );
    expect(proposal.status).toBe('draf');
    expect(proposal.period).toBe('November 2026');
    expect(proposal.history).toEqual([
      {
        from: null,
        to: 'draf',
        at: NOV.toISOString(),
        by: 'Siti Rahmawati',
        reason: 'Usulan dibuat',
      },
    ]);
    expect(await db.proposals.get(proposal.id)).toEqual(proposal);
    const [entry] = await listAudit(db);
    expect(entry).toMatchObject({ action: 'create', entity: 'usulan', entityId: proposal.id });
    expect(entry?.summary).toContain(head.nama);
  });

  it('uses the semester label when the office works by semester', async () => {
    await savePeriod(db, { mode: 'semester', inputStartDay: 1, inputEndDay: 17 });
    const { family, head } = familyAt(0);
    expect((await createProposal(db, proposalInput(family, head), NOV)).period).toBe(
      'Semester II 2026',
    );
  });

  it('refuses a person from another family and writes nothing', async () => {
    const { family } = familyAt(0);
    const { head: stranger } = familyAt(1);
    await expect(createProposal(db, proposalInput(family, stranger), NOV)).rejects.toThrow(
      'bukan anggota keluarga',
    );
    expect(await db.proposals.count()).toBe(0);
    expect(await db.audit.count()).toBe(0);
  });

  it('refuses a second open proposal of the same kind in the same period', async () => {
    const { family, head } = familyAt(0);
    await createProposal(db, proposalInput(family, head), NOV);
    await expect(createProposal(db, proposalInput(family, head), NOV)).rejects.toThrow(
      /sudah punya usulan baru yang masih berjalan pada periode November 2026/,
    );
    // Another kind, or the next period, is fine.
    await createProposal(db, proposalInput(family, head, { kind: 'perbaikan' }), NOV);
    await createProposal(db, proposalInput(family, head), DEC);
    expect(await db.proposals.count()).toBe(3);
  });

  it('allows a new proposal once the earlier one is decided', async () => {
    const { family, head } = familyAt(0);
    const first = await createProposal(db, proposalInput(family, head), NOV);
    await db.proposals.update(first.id, { status: 'diputuskan' });
    await expect(createProposal(db, proposalInput(family, head), NOV)).resolves.toBeDefined();
  });

  it('flags a family on central aid proposed for regional aid and needs a justification', async () => {
    const { family, head } = familyAt(0);
    await db.aid.add(centralAid(family.id));
    const input = proposalInput(family, head, { programme: 'Bansos Daerah' });
    await expect(createProposal(db, input, NOV)).rejects.toThrow(/PKH.*minimal 20 karakter/);
    await expect(
      createProposal(db, { ...input, overlapJustification: 'terlalu pendek' }, NOV),
    ).rejects.toThrow(/minimal 20/);
    expect(await db.proposals.count()).toBe(0);

    const justification = 'PKH dihentikan bulan lalu, menunggu pemutakhiran data pusat';
    const proposal = await createProposal(
      db,
      { ...input, overlapJustification: justification },
      NOV,
    );
    expect(proposal.overlapOverride).toEqual({
      justification,
      by: 'Siti Rahmawati',
      at: NOV.toISOString(),
    });
    const entries = await listAudit(db);
    expect(entries.map((entry) => entry.action)).toEqual(['override', 'create']);
    expect(entries[0]?.summary).toContain(justification);
  });

  it('does not store a justification when nothing overlaps', async () => {
    const { family, head } = familyAt(0);
    const proposal = await createProposal(
      db,
      proposalInput(family, head, { overlapJustification: 'tidak perlu sebenarnya, tapi diisi' }),
      NOV,
    );
    expect(proposal.overlapOverride).toBeUndefined();
    expect((await listAudit(db)).map((entry) => entry.action)).toEqual(['create']);
  });
});

describe('updateProposal', () => {
  it('edits the checklist and records before and after', async () => {
    const { family, head } = familyAt(0);
    const created = await createProposal(db, proposalInput(family, head), NOV);
    const updated = await updateProposal(
      db,
      created.id,
      {
        ...proposalInput(family, head),
        source: 'rt_rw',
        documents: {
          ktp: true,
          kk: true,
          suratPengantar: false,
          suratPengantarNomor: '05/RT003/XI/2026',
          suratPengantarTanggal: '2026-11-01',
          fotoRumah: false,
        },
      },
      DEC,
    );
    expect(updated.documents.suratPengantar).toBe(true);
    expect(updated.documents.suratPengantarNomor).toBe('05/RT003/XI/2026');
    expect(updated.period).toBe('November 2026');
    const [entry] = await listAudit(db);
    expect(entry?.action).toBe('update');
    expect(entry?.before).toMatchObject({ source: 'mandiri' });
  });

  it('asks for the justification when the programme changes to regional aid', async () => {
    const { family, head } = familyAt(0);
    await db.aid.add(centralAid(family.id));
    const created = await createProposal(db, proposalInput(family, head), NOV);
    await expect(
      updateProposal(db, created.id, proposalInput(family, head, { programme: 'Bansos Daerah' })),
    ).rejects.toThrow(/bantuan pusat/);
    const updated = await updateProposal(
      db,
      created.id,
      proposalInput(family, head, {
        programme: 'Bansos Daerah',
        overlapJustification: 'Keluarga lansia tunggal, PKH hanya untuk cucu yang pindah',
      }),
    );
    expect(updated.overlapOverride?.justification).toMatch(/lansia/);
    // Going back to a central programme drops the override.
    const back = await updateProposal(db, created.id, proposalInput(family, head));
    expect(back.overlapOverride).toBeUndefined();
  });

  it('changes the kind only while the proposal is a draft', async () => {
    const { family, head } = familyAt(0);
    const created = await createProposal(db, proposalInput(family, head), NOV);
    await changeStatus(db, created.id, 'verifikasi_lapangan', 'Jadwal kunjungan rumah');
    await expect(
      updateProposal(db, created.id, proposalInput(family, head, { kind: 'sanggah' })),
    ).rejects.toThrow('selama masih draf');
  });

  it('refuses edits once decided', async () => {
    const { family, head } = familyAt(0);
    const created = await createProposal(db, proposalInput(family, head), NOV);
    await db.proposals.update(created.id, { status: 'diputuskan' });
    await expect(updateProposal(db, created.id, proposalInput(family, head))).rejects.toThrow(
      'tidak dapat diubah lagi',
    );
  });
});

describe('changeStatus', () => {
  async function assess(proposalId: string, value: boolean) {
    const answers = Object.fromEntries(
      set262.items.map((item) => [item.id, { value, evidence: value ? 'terlihat' : '' }]),
    );
    return saveAssessment(
      db,
      {
        proposalId,
        criteriaSetId: set262.id,
        answers,
        officer: 'Rudi (PSM)',
        date: '2026-11-04',
        note: '',
      },
      {},
      NOV,
    );
  }

  it('walks draf → verifikasi lapangan → siap musyawarah with reasons in the history', async () => {
    const { family, head } = familyAt(0);
    const created = await createProposal(db, proposalInput(family, head), NOV);
    await changeStatus(db, created.id, 'verifikasi_lapangan', 'Dokumen lengkap', NOV);
    await expect(
      changeStatus(db, created.id, 'siap_musyawarah', 'Sudah dicek', NOV),
    ).rejects.toThrow('Penilaian verifikasi lapangan belum diisi');
    await assess(created.id, false);
    const ready = await changeStatus(db, created.id, 'siap_musyawarah', 'Sudah dicek', DEC);
    expect(ready.status).toBe('siap_musyawarah');
    expect(ready.history.map((step) => [step.from, step.to, step.reason])).toEqual([
      [null, 'draf', 'Usulan dibuat'],
      ['draf', 'verifikasi_lapangan', 'Dokumen lengkap'],
      ['verifikasi_lapangan', 'siap_musyawarah', 'Sudah dicek'],
    ]);
    expect(ready.history[2]?.at).toBe(DEC.toISOString());
    const back = await changeStatus(db, created.id, 'verifikasi_lapangan', 'perlu cek ulang');
    expect(back.history.at(-1)).toMatchObject({
      from: 'siap_musyawarah',
      reason: 'perlu cek ulang',
    });
    const [entry] = await listAudit(db);
    expect(entry?.summary).toBe(
      'Status usulan dikembalikan: Siap musyawarah → Verifikasi lapangan (perlu cek ulang)',
    );
  });

  it('refuses diputuskan and dikirim from the usulan screens', async () => {
    const { family, head } = familyAt(0);
    const created = await createProposal(db, proposalInput(family, head), NOV);
    await expect(changeStatus(db, created.id, 'diputuskan', 'langsung saja')).rejects.toThrow(
      'musyawarah dikunci',
    );
    await expect(changeStatus(db, created.id, 'dikirim', 'langsung saja')).rejects.toThrow(
      'ekspor',
    );
    expect((await db.proposals.get(created.id))?.status).toBe('draf');
  });

  it('needs KTP and KK before the musyawarah, even for removals', async () => {
    const { family, head } = familyAt(0);
    const created = await createProposal(
      db,
      proposalInput(family, head, {
        kind: 'nonaktif',
        nonaktifReason: 'pindah',
        documents: { ktp: false, kk: true, suratPengantar: false, fotoRumah: false },
      }),
      NOV,
    );
    await changeStatus(db, created.id, 'verifikasi_lapangan', 'Cek ke RT');
    await expect(changeStatus(db, created.id, 'siap_musyawarah', 'Sudah pindah')).rejects.toThrow(
      'KTP belum diperiksa',
    );
  });
});

describe('reading proposals', () => {
  it('filters by status, kind, period and RT/RW, counts per status, and summarises verivali', async () => {
    const a = familyAt(0);
    const b = familyAt(1);
    const c = familyAt(2);
    const first = await createProposal(db, proposalInput(a.family, a.head), NOV);
    await createProposal(db, proposalInput(b.family, b.head, { kind: 'sanggah' }), NOV);
    await createProposal(db, proposalInput(c.family, c.head), DEC);
    await changeStatus(db, first.id, 'verifikasi_lapangan', 'Jadwal kunjungan', NOV);
    await saveAssessment(
      db,
      {
        proposalId: first.id,
        criteriaSetId: set262.id,
        answers: { 'kepala-keluarga-tidak-bekerja': { value: true, evidence: 'buruh lepas' } },
        officer: 'Rudi',
        date: '2026-11-04',
        note: '',
      },
      {},
      NOV,
    );

    const all = await listProposals(db);
    expect(all.total).toBe(3);
    expect(all.rows[0]?.proposal.period).toBe('Desember 2026');
    const verif = await listProposals(db, { status: 'verifikasi_lapangan' });
    expect(verif.rows.map((row) => row.proposal.id)).toEqual([first.id]);
    expect(verif.rows[0]?.person?.id).toBe(a.head.id);
    expect(verif.rows[0]?.family?.id).toBe(a.family.id);
    expect(verif.rows[0]?.assessment?.label).toBe('1 dari 8 kriteria terpenuhi (1 dari 8 dijawab)');
    expect((await listProposals(db, { kind: 'sanggah' })).total).toBe(1);
    expect((await listProposals(db, { period: 'November 2026', kind: 'baru' })).total).toBe(1);
    const area = await listProposals(db, { rw: a.family.rw, rt: a.family.rt });
    expect(area.rows.every((row) => row.family?.rt === a.family.rt)).toBe(true);
    expect(area.rows.some((row) => row.proposal.id === first.id)).toBe(true);
    expect((await listProposals(db, { rw: '999' })).total).toBe(0);

    expect(await countProposalsByStatus(db)).toEqual({
      draf: 2,
      verifikasi_lapangan: 1,
      siap_musyawarah: 0,
      diputuskan: 0,
      dikirim: 0,
    });
    expect((await countProposalsByStatus(db, { period: 'November 2026' })).draf).toBe(1);
    expect(await listProposalPeriods(db)).toEqual(['Desember 2026', 'November 2026']);

    const detail = await getProposalDetail(db, first.id);
    expect(detail?.members.length).toBeGreaterThan(0);
    expect(detail?.assessments).toHaveLength(1);
  });

  it('limits the list but reports the total', async () => {
    for (let i = 0; i < 4; i += 1) {
      const { family, head } = familyAt(i);
      await createProposal(db, proposalInput(family, head), NOV);
    }
    const page = await listProposals(db, {}, 2);
    expect(page.rows).toHaveLength(2);
    expect(page.total).toBe(4);
  });
});

describe('deleteDraftProposal', () => {
  it('deletes a draft with an audit entry, and refuses anything further along', async () => {
    const a = familyAt(0);
    const b = familyAt(1);
    const draft = await createProposal(db, proposalInput(a.family, a.head), NOV);
    const moved = await createProposal(db, proposalInput(b.family, b.head), NOV);
    await changeStatus(db, moved.id, 'verifikasi_lapangan', 'Jadwal kunjungan');
    await deleteDraftProposal(db, draft.id);
    expect(await db.proposals.get(draft.id)).toBeUndefined();
    expect((await listAudit(db))[0]).toMatchObject({ action: 'delete', entityId: draft.id });
    await expect(deleteDraftProposal(db, moved.id)).rejects.toThrow('Hanya usulan berstatus draf');
  });
});
