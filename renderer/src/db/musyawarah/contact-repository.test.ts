import { describe, expect, it } from 'vitest';
import { listAudit } from '../keamanan/audit-repository';
import { addContact, listContacts, saveContact, setContactActive } from './contact-repository';
import { freshDatabase } from '../testing/helpers';

const contact = (id: string, nama: string, unsur: string, jabatan: string) => ({
  id,
  nama,
  unsur,
  jabatan,
  jenisKelamin: 'L',
  aktif: true,
});

describe('contact repository', () => {
  it('keeps contacts in element order, then title and name, and audits each save', async () => {
    const db = freshDatabase();
    await saveContact(db, contact('3', 'Yusuf', 'LPMK', 'Ketua LPMK'));
    await saveContact(db, contact('2', 'Bambang', 'RT', 'Ketua RT 010 / RW 001'));
    await saveContact(db, contact('1', 'Agus', 'RT', 'Ketua RT 002 / RW 001'));
    await saveContact(db, contact('4', 'Rahmat', 'RW', 'Ketua RW 001'));
    expect((await listContacts(db)).map((c) => c.nama)).toEqual([
      'Agus',
      'Bambang',
      'Rahmat',
      'Yusuf',
    ]);
    expect((await listAudit(db)).map((entry) => entry.summary)).toContain(
      'Kontak ditambahkan: Yusuf (LPMK)',
    );
  });

  it('adds a new contact active, with its own key, and corrects it in place', async () => {
    const db = freshDatabase();
    const fields = {
      nama: 'Rahmat',
      unsur: 'RT',
      jabatan: 'Ketua RT 009',
      jenisKelamin: 'L',
    } as const;
    const added = await addContact(db, fields);
    const other = await addContact(db, { ...fields, nama: 'Yusuf' });
    expect(added).toMatchObject({ ...fields, aktif: true });
    expect(added.id).not.toBe(other.id);
    await saveContact(db, { ...added, nama: 'Rachmat' });
    expect((await listContacts(db)).map((c) => c.nama)).toEqual(['Rachmat', 'Yusuf']);
    expect((await listAudit(db)).map((entry) => entry.summary)).toContain(
      'Kontak diubah: Rachmat (RT)',
    );
  });

  it('refuses an unknown element or an empty name', async () => {
    const db = freshDatabase();
    await expect(saveContact(db, contact('1', 'Agus', 'Kepala Suku', ''))).rejects.toThrow();
    await expect(saveContact(db, contact('1', ' ', 'RT', ''))).rejects.toThrow('Nama wajib diisi');
    expect(await listContacts(db)).toEqual([]);
  });

  it('hides inactive contacts from pickers but keeps them', async () => {
    const db = freshDatabase();
    await saveContact(db, contact('1', 'Agus', 'RT', 'Ketua RT 001'));
    await setContactActive(db, '1', false);
    expect(await listContacts(db, { activeOnly: true })).toEqual([]);
    expect(await listContacts(db)).toHaveLength(1);
    expect((await listAudit(db))[0]?.summary).toBe('Kontak dinonaktifkan: Agus');
  });
});
