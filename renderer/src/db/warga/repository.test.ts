import { describe, expect, it } from 'vitest';
import { searchTokensFor } from '@shared/domain/warga/person-keys';
import type { DtksDatabase } from '../core/database';
import {
  addMember,
  changeHead,
  createFamily,
  deleteMember,
  getFamilyDetail,
  moveMember,
  RegistryError,
  setPresenceStatus,
  updateFamily,
  updateMember,
} from './repository';
import { saveOperator } from '../pengaturan/repository';
import { freshDatabase } from '../testing/helpers';
import { FAMILY, FAMILY_OF_FOUR, KODE, member } from '../testing/registry-fixtures';

async function registered(): Promise<{ db: DtksDatabase; familyId: string }> {
  const db = freshDatabase();
  await saveOperator(db, { nama: 'Dewi Lestari' });
  const familyId = await createFamily(db, {
    family: FAMILY,
    members: FAMILY_OF_FOUR,
    kodeWilayah: KODE,
  });
  return { db, familyId };
}

async function refusal(promise: Promise<unknown>): Promise<RegistryError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof RegistryError) return error;
    throw error;
  }
  throw new Error('expected a RegistryError');
}

const auditCount = (db: DtksDatabase) => db.audit.count();

describe('createFamily', () => {
  it('stores the family, its members with search keys, and one audit entry with the after state', async () => {
    const { db, familyId } = await registered();
    const detail = await getFamilyDetail(db, familyId);
    expect(detail?.family).toMatchObject({
      noKk: FAMILY.noKk,
      rt: '003',
      rw: '002',
      kodeWilayah: KODE,
    });
    expect(detail?.members.map((m) => m.nama)).toEqual([
      'Budi Santoso',
      'Siti Rahmawati',
      'Muhammad Rizki',
      'Nur Aisyah',
    ]);
    const wife = detail?.members[1];
    expect(wife?.searchTokens).toEqual(searchTokensFor('Siti Rahmawati'));
    expect(wife?.dupNameKey).toBe('siti rahmawati|1988-07-05');

    const entries = await db.audit.where('entityId').equals(familyId).toArray();
    expect(entries).toHaveLength(1);
    const created = entries.find((entry) => entry.action === 'create');
    expect(created?.actor).toBe('Dewi Lestari');
    expect(created?.after).toMatchObject({ family: { noKk: FAMILY.noKk } });
    expect(JSON.stringify(created?.after)).not.toContain('searchTokens');
  });

  it('requires exactly one Kepala Keluarga', async () => {
    const db = freshDatabase();
    const none = FAMILY_OF_FOUR.map((m) => ({ ...m, shdk: 4 }));
    const two = FAMILY_OF_FOUR.map((m, i) => ({ ...m, shdk: i < 2 ? 1 : 4 }));
    expect(
      (await refusal(createFamily(db, { family: FAMILY, members: none, kodeWilayah: KODE }))).field,
    ).toBe('shdk');
    const error = await refusal(
      createFamily(db, { family: FAMILY, members: two, kodeWilayah: KODE }),
    );
    expect(error.message).toContain('Hanya boleh ada satu Kepala Keluarga');
    expect(await db.families.count()).toBe(0);
  });

  it('refuses an invalid NIK or No. KK with the field named and writes nothing', async () => {
    const db = freshDatabase();
    const badNik = [member({ nik: '6271013203850001' })];
    const nikError = await refusal(
      createFamily(db, { family: FAMILY, members: badNik, kodeWilayah: KODE }),
    );
    expect(nikError).toMatchObject({ field: 'nik', memberIndex: 0 });
    expect(nikError.message).toContain('Tanggal lahir dalam NIK tidak valid');

    const kkError = await refusal(
      createFamily(db, {
        family: { ...FAMILY, noKk: '12345' },
        members: [member()],
        kodeWilayah: KODE,
      }),
    );
    expect(kkError).toMatchObject({ field: 'noKk', message: 'No. KK harus 16 digit angka' });
    expect(await db.people.count()).toBe(0);
    expect(await auditCount(db)).toBe(0);
  });

  it('refuses the same NIK twice within one new family', async () => {
    const db = freshDatabase();
    const members = [member(), member({ nama: 'Kembar', shdk: 4 })];
    const error = await refusal(createFamily(db, { family: FAMILY, members, kodeWilayah: KODE }));
    expect(error).toMatchObject({ field: 'nik', memberIndex: 1 });
    expect(error.message).toContain('anggota ke-1 (Budi Santoso)');
  });

  it('refuses a NIK already in the registry, naming the holding family by masked KK and head', async () => {
    const { db, familyId } = await registered();
    const before = await auditCount(db);
    const error = await refusal(
      createFamily(db, {
        family: { ...FAMILY, noKk: '6271010202160002' },
        members: [member({ nik: '6271014507880002', nama: 'Siti R.', jenisKelamin: 'P' })],
        kodeWilayah: KODE,
      }),
    );
    expect(error.field).toBe('nik');
    expect(error.familyId).toBe(familyId);
    expect(error.message).toBe(
      'NIK ************0002 sudah terdaftar atas nama Siti Rahmawati di keluarga No. KK ************0001, kepala keluarga Budi Santoso.',
    );
    expect(await db.families.count()).toBe(1);
    expect(await auditCount(db)).toBe(before);
  });

  it('refuses a No. KK already registered', async () => {
    const { db, familyId } = await registered();
    const error = await refusal(
      createFamily(db, {
        family: FAMILY,
        members: [member({ nik: '6271011203850009' })],
        kodeWilayah: KODE,
      }),
    );
    expect(error).toMatchObject({ field: 'noKk', familyId });
    expect(error.message).toContain('kepala keluarga Budi Santoso');
  });

  it('accepts a NIK issued in another region', async () => {
    const db = freshDatabase();
    const id = await createFamily(db, {
      family: FAMILY,
      members: [member({ nik: '3171011203850001' })],
      kodeWilayah: KODE,
    });
    expect((await getFamilyDetail(db, id))?.members[0]?.nik).toBe('3171011203850001');
  });

  it('accepts NIK and No. KK typed with separators and stores digits only', async () => {
    const db = freshDatabase();
    const id = await createFamily(db, {
      family: { ...FAMILY, noKk: '6271 0101 0115 0001' },
      members: [member({ nik: '6271.0112.0385.0001' })],
      kodeWilayah: KODE,
    });
    const detail = await getFamilyDetail(db, id);
    expect(detail?.family.noKk).toBe(FAMILY.noKk);
    expect(detail?.members[0]?.nik).toBe('6271011203850001');
  });
});

describe('members', () => {
  it('adds a member with an audit entry and refuses a second head', async () => {
    const { db, familyId } = await registered();
    const newborn = member({
      nik: '6271010103250005',
      nama: 'Bayu',
      tanggalLahir: '2025-03-01',
      shdk: 4,
      statusKawin: 'belum_kawin',
    });
    await addMember(db, familyId, newborn);
    expect((await getFamilyDetail(db, familyId))?.members).toHaveLength(5);
    const last = await db.audit.orderBy('seq').last();
    expect(last).toMatchObject({ action: 'create', entityId: familyId, actor: 'Dewi Lestari' });
    expect(last?.summary).toContain('Bayu');

    const head = member({ nik: '6271010101700006', tanggalLahir: '1970-01-01', shdk: 1 });
    expect((await refusal(addMember(db, familyId, head))).field).toBe('shdk');
  });

  it('refuses to add a member whose NIK exists and saves nothing', async () => {
    const { db, familyId } = await registered();
    const before = await auditCount(db);
    const error = await refusal(addMember(db, familyId, member({ shdk: 4, nama: 'Orang lain' })));
    expect(error.message).toContain('sudah terdaftar atas nama Budi Santoso');
    expect(await db.people.count()).toBe(4);
    expect(await auditCount(db)).toBe(before);
  });

  it('updates a member, recomputes search keys and records before and after', async () => {
    const { db, familyId } = await registered();
    const son = (await getFamilyDetail(db, familyId))?.members[2];
    if (!son) throw new Error('no son');
    await updateMember(db, son.id, { ...son, nama: 'Muhammad Rizky Pratama' });
    const stored = await db.people.get(son.id);
    expect(stored?.searchTokens).toContain('pratama');
    const entry = await db.audit.orderBy('seq').last();
    expect(entry?.before).toMatchObject({ nama: 'Muhammad Rizki' });
    expect(entry?.after).toMatchObject({ nama: 'Muhammad Rizky Pratama' });
  });

  it('clears exactly the import flags the clerk filled in, and keeps the others unknown', async () => {
    const { db, familyId } = await registered();
    const wife = (await getFamilyDetail(db, familyId))?.members[1];
    if (!wife) throw new Error('no wife');
    // As a prelist import leaves her: four fields unknown and listed.
    const { statusKawin: _s, agama: _a, pendidikan: _p, ...known } = wife;
    await db.people.put({
      ...known,
      pekerjaan: '',
      fieldsToComplete: ['statusKawin', 'agama', 'pendidikan', 'pekerjaan'],
    });
    const imported = await db.people.get(wife.id);
    if (!imported) throw new Error('missing');

    // An unrelated correction confirms nothing.
    await updateMember(db, wife.id, { ...imported, nama: 'Siti Rahmawati Putri' });
    expect((await db.people.get(wife.id))?.fieldsToComplete).toEqual([
      'statusKawin',
      'agama',
      'pendidikan',
      'pekerjaan',
    ]);

    // Filling the marital status and the job clears those two only; religion stays unknown.
    await updateMember(db, wife.id, {
      ...imported,
      statusKawin: 'kawin',
      pekerjaan: 'Pedagang',
      agama: '',
    });
    const saved = await db.people.get(wife.id);
    expect(saved?.fieldsToComplete).toEqual(['agama', 'pendidikan']);
    expect(saved).toMatchObject({ statusKawin: 'kawin', pekerjaan: 'Pedagang' });
    expect(saved).not.toHaveProperty('agama');
    const entry = await db.audit.orderBy('seq').last();
    expect(entry?.summary).toContain('dilengkapi: status perkawinan dan pekerjaan');

    await updateMember(db, wife.id, {
      ...imported,
      statusKawin: 'kawin',
      pekerjaan: 'Pedagang',
      agama: 'Islam',
      pendidikan: 'SD/Sederajat',
    });
    expect(await db.people.get(wife.id)).not.toHaveProperty('fieldsToComplete');
  });

  it('never lets a confirmed value become unknown, nor a new member start without one', async () => {
    const { db, familyId } = await registered();
    const son = (await getFamilyDetail(db, familyId))?.members[2];
    if (!son) throw new Error('no son');
    const erased = await refusal(updateMember(db, son.id, { ...son, agama: '' }));
    expect(erased).toMatchObject({ field: 'agama', message: 'Pilih agama' });
    expect((await db.people.get(son.id))?.agama).toBe('Islam');

    const unknownJob = await refusal(
      addMember(db, familyId, member({ nik: '6271011111160005', shdk: 4, pekerjaan: ' ' })),
    );
    expect(unknownJob).toMatchObject({ field: 'pekerjaan', message: 'Pekerjaan wajib diisi' });
  });

  it('keeps exactly one head: SHDK 1 changes only through changeHead', async () => {
    const { db, familyId } = await registered();
    const [head, wife] = (await getFamilyDetail(db, familyId))?.members ?? [];
    if (!head || !wife) throw new Error('missing');
    expect((await refusal(updateMember(db, head.id, { ...head, shdk: 2 }))).field).toBe('shdk');
    expect((await refusal(updateMember(db, wife.id, { ...wife, shdk: 1 }))).field).toBe('shdk');

    await changeHead(db, familyId, wife.id, 2);
    const members = (await getFamilyDetail(db, familyId))?.members ?? [];
    expect(members.filter((m) => m.shdk === 1).map((m) => m.nama)).toEqual(['Siti Rahmawati']);
    expect(members.find((m) => m.id === head.id)?.shdk).toBe(2);
  });

  it('refuses changing a NIK to one held by someone else', async () => {
    const { db, familyId } = await registered();
    const [, wife, son] = (await getFamilyDetail(db, familyId))?.members ?? [];
    if (!wife || !son) throw new Error('missing');
    const error = await refusal(updateMember(db, son.id, { ...son, nik: wife.nik }));
    expect(error.message).toContain('atas nama Siti Rahmawati');
  });

  it('sets presence status with a reason, audited; a reason is required', async () => {
    const { db, familyId } = await registered();
    const head = (await getFamilyDetail(db, familyId))?.members[0];
    if (!head) throw new Error('missing');
    expect((await refusal(setPresenceStatus(db, head.id, 'meninggal', '  '))).field).toBe('reason');
    await setPresenceStatus(db, head.id, 'meninggal', 'Akta kematian 12/2026');
    expect((await db.people.get(head.id))?.statusKeberadaan).toBe('meninggal');
    const entry = await db.audit.orderBy('seq').last();
    expect(entry?.summary).toBe(
      'Status keberadaan Budi Santoso: Ada → Meninggal (Akta kematian 12/2026)',
    );
    expect(entry?.before).toEqual({ id: head.id, statusKeberadaan: 'ada' });
  });
});

describe('moveMember', () => {
  async function twoFamilies() {
    const { db, familyId } = await registered();
    const otherId = await createFamily(db, {
      family: { ...FAMILY, noKk: '6271010505200003', rt: '5' },
      members: [
        member({ nik: '6271010202700007', nama: 'Ahmad Yani', tanggalLahir: '1970-02-02' }),
      ],
      kodeWilayah: KODE,
    });
    return { db, familyId, otherId };
  }

  it('moves a member explicitly with a reason, logged in both families in one go', async () => {
    const { db, familyId, otherId } = await twoFamilies();
    const son = (await getFamilyDetail(db, familyId))?.members[2];
    if (!son) throw new Error('missing');
    await moveMember(db, son.id, otherId, 'Ikut kakek', 6);
    expect((await db.people.get(son.id))?.familyId).toBe(otherId);
    expect((await db.people.get(son.id))?.shdk).toBe(6);
    expect((await getFamilyDetail(db, familyId))?.members).toHaveLength(3);
    const both = await db.audit.orderBy('seq').reverse().limit(2).toArray();
    expect(both.map((entry) => entry.entityId).sort()).toEqual([familyId, otherId].sort());
  });

  it('refuses moving the head, moving without a reason, or making the mover a head', async () => {
    const { db, familyId, otherId } = await twoFamilies();
    const [head, wife] = (await getFamilyDetail(db, familyId))?.members ?? [];
    if (!head || !wife) throw new Error('missing');
    expect((await refusal(moveMember(db, head.id, otherId, 'x'))).message).toContain(
      'Kepala Keluarga tidak dapat dipindahkan',
    );
    expect((await refusal(moveMember(db, wife.id, otherId, ''))).field).toBe('reason');
    expect((await refusal(moveMember(db, wife.id, otherId, 'x', 1))).field).toBe('shdk');
    expect((await refusal(moveMember(db, wife.id, familyId, 'x'))).field).toBe('familyId');
    expect((await db.people.get(wife.id))?.familyId).toBe(familyId);
  });
});

describe('updateFamily and deleteMember', () => {
  it('updates the address, refusing a No. KK held by another family', async () => {
    const { db, familyId } = await registered();
    await updateFamily(db, familyId, { ...FAMILY, alamat: 'Jl. Baru 1', rt: '4' });
    expect(await db.families.get(familyId)).toMatchObject({ alamat: 'Jl. Baru 1', rt: '004' });
    const entry = await db.audit.orderBy('seq').last();
    expect(entry?.before).toMatchObject({ alamat: FAMILY.alamat });
    expect(entry?.after).toMatchObject({ alamat: 'Jl. Baru 1' });

    const other = await createFamily(db, {
      family: { ...FAMILY, noKk: '6271010505200003' },
      members: [member({ nik: '6271010202700007' })],
      kodeWilayah: KODE,
    });
    expect((await refusal(updateFamily(db, other, FAMILY))).field).toBe('noKk');
  });

  it('writes the ID DTKS/DTSEN trimmed, audited; refuses a bad one and removes an emptied one', async () => {
    const { db, familyId } = await registered();
    await updateFamily(db, familyId, { ...FAMILY, idDtks: '  DTSEN-0001234  ' });
    expect((await db.families.get(familyId))?.idDtks).toBe('DTSEN-0001234');
    const entry = await db.audit.orderBy('seq').last();
    expect(entry).toMatchObject({ action: 'update', entityId: familyId });
    expect(entry?.summary).toContain('ID DTKS/DTSEN: DTSEN-0001234');
    expect(entry?.before).not.toHaveProperty('idDtks');
    expect(entry?.after).toMatchObject({ idDtks: 'DTSEN-0001234' });

    const count = await db.audit.count();
    const bad = await refusal(
      updateFamily(db, familyId, { ...FAMILY, alamat: 'Jl. Lain', idDtks: '=1+1' }),
    );
    expect(bad).toMatchObject({ field: 'idDtks' });
    expect(bad.message).toContain('tidak boleh diawali');
    expect(
      (await refusal(updateFamily(db, familyId, { ...FAMILY, idDtks: '123 456' }))).message,
    ).toBe('ID DTKS/DTSEN tidak boleh berisi spasi');
    expect(await db.families.get(familyId)).toMatchObject({
      alamat: FAMILY.alamat,
      idDtks: 'DTSEN-0001234',
    });
    expect(await db.audit.count()).toBe(count);

    // Absent: left as is.
    await updateFamily(db, familyId, { ...FAMILY, alamat: 'Jl. Baru 2' });
    expect((await db.families.get(familyId))?.idDtks).toBe('DTSEN-0001234');
    // An ID the list gave that this rule would refuse stays as it came while other fields change.
    await db.families.update(familyId, { idDtks: 'ID LAMA' });
    await updateFamily(db, familyId, { ...FAMILY, alamat: 'Jl. Baru 3', idDtks: 'ID LAMA' });
    expect(await db.families.get(familyId)).toMatchObject({
      alamat: 'Jl. Baru 3',
      idDtks: 'ID LAMA',
    });
    await updateFamily(db, familyId, { ...FAMILY, idDtks: '  ' });
    expect(await db.families.get(familyId)).not.toHaveProperty('idDtks');
    expect((await db.audit.orderBy('seq').last())?.summary).toContain('dikosongkan');
  });

  it('deletes a member with a reason but never a head with members or anyone with proposals', async () => {
    const { db, familyId } = await registered();
    const [head, wife, son] = (await getFamilyDetail(db, familyId))?.members ?? [];
    if (!head || !wife || !son) throw new Error('missing');
    expect((await refusal(deleteMember(db, head.id, 'salah input'))).field).toBe('personId');
    await db.proposals.add({ id: 'p1', personId: wife.id, familyId } as never);
    expect((await refusal(deleteMember(db, wife.id, 'salah input'))).message).toContain('usulan');

    await deleteMember(db, son.id, 'Salah input, bukan warga');
    expect(await db.people.get(son.id)).toBeUndefined();
    const entry = await db.audit.orderBy('seq').last();
    expect(entry).toMatchObject({ action: 'delete', entityId: familyId });
    expect(entry?.before).toMatchObject({ nama: 'Muhammad Rizki' });
  });

  it('deleting the only member removes the family and its aid', async () => {
    const db = freshDatabase();
    const id = await createFamily(db, { family: FAMILY, members: [member()], kodeWilayah: KODE });
    await db.aid.add({
      id: 'a1',
      familyId: id,
      programme: 'PKH',
      level: 'pusat',
      since: '2020-01-01',
      createdAt: '',
    });
    const head = (await getFamilyDetail(db, id))?.members[0];
    await deleteMember(db, head?.id ?? '', 'Data ganda');
    expect(await db.families.count()).toBe(0);
    expect(await db.aid.count()).toBe(0);
  });
});
