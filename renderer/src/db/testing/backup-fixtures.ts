import { generateDemoData } from '@shared/demo/demo-data';
import { generateDemoWorkflow } from '@shared/demo/demo-workflow';
import type { Letter, MeetingLetter } from '@shared/domain/core/entities';
import type { BlobFactory } from '../cadangan/codec';
import { BACKUP_TABLES } from '../cadangan/schema';
import type { DtksDatabase } from '../core/database';
import { replaceWithDemoData } from '../pengaturan/demo-load';
import { createMeeting, recordDecision } from '../musyawarah/repository';
import { meetingInput, seedOfficial } from './meeting-seed';
import { addParticipant } from '../musyawarah/participant-repository';
import { saveIdentity } from '../pengaturan/repository';
import { newId } from '@shared/domain/core/ids';

export const IDENTITY = {
  namaKelurahan: 'Pahandut',
  kecamatan: 'Pahandut',
  kota: 'Kota Palangka Raya',
  provinsi: 'Kalimantan Tengah',
  kodeWilayah: '6271011001',
  kodeSurat: 'KEL-PHD',
  alamatKantor: 'Jl. Kalimantan No. 1',
  telepon: '',
  email: '',
  kodePos: '73111',
  logoDataUrl: '',
};

/**
 * jsdom's Blob cannot be stored by fake-indexeddb; the Blob behind fetch's
 * Response is Node's own, which can. Tests store and restore that one.
 */
export async function nodeBlobFactory(): Promise<BlobFactory> {
  const NodeBlob = (await new Response('').blob()).constructor as typeof Blob;
  return (bytes, type) => new NodeBlob([bytes as BlobPart], { type });
}

/** A database with something in every backed-up table, photos included. */
export async function seedEverything(db: DtksDatabase, people = 200): Promise<void> {
  await saveIdentity(db, IDENTITY);
  const data = generateDemoData({ seed: 11, people, kodeWilayah: IDENTITY.kodeWilayah });
  const workflow = generateDemoWorkflow({
    seed: 11,
    ...data,
    period: 'November 2026',
    timestamp: '2026-11-01T08:00:00.000Z',
  });
  const settings = await db.settings.toArray();
  await replaceWithDemoData(
    db,
    { ...data, ...workflow },
    { settings, officials: [] },
    { actor: 'uji', seed: 11 },
  );
  const chair = await seedOfficial(db);
  const meeting = await createMeeting(db, meetingInput(chair));
  await addParticipant(db, meeting.id, {
    nama: 'Bambang',
    unsur: 'RW',
    jabatan: 'Ketua RW 001',
    jenisKelamin: 'L',
    invited: true,
    present: true,
  });
  const ready = (await db.proposals.toArray()).find((p) => p.status === 'siap_musyawarah');
  if (ready) {
    await recordDecision(db, {
      meetingId: meeting.id,
      proposalId: ready.id,
      decision: 'layak',
      reason: '',
    });
  }
  const proposal = (await db.proposals.toArray())[0];
  const person = (await db.people.toArray())[0];
  if (!proposal || !person) throw new Error('data latihan kosong');
  const makeBlob = await nodeBlobFactory();
  const letter: Letter = {
    id: newId(),
    type: 'sktm',
    year: 2026,
    seq: 1,
    number: '400.9.2/001/KEL-PHD/XI/2026',
    date: '2026-11-05',
    personId: person.id,
    subject: {
      nama: person.nama,
      nik: person.nik,
      tempatLahir: person.tempatLahir,
      tanggalLahir: person.tanggalLahir,
      jenisKelamin: person.jenisKelamin,
      agama: person.agama ?? '',
      pekerjaan: person.pekerjaan,
      alamat: 'Jl. Uji',
    },
    dependants: [],
    purpose: 'Biaya sekolah',
    coverLetter: { nomor: '01/RT03', tanggal: '2026-11-04' },
    validUntil: '2026-12-05',
    signer: {
      officialId: chair,
      nama: 'Drs. H. Ahmad Yani',
      jabatan: 'Lurah',
      pangkatGolongan: 'Penata Tk. I (III/d)',
      nip: '197203151998031004',
      delegation: '',
    },
    status: 'terbit',
    reprints: [],
    qrPayload: 'uji',
    createdAt: '2026-11-05T02:00:00.000Z',
    createdBy: 'uji',
  };
  // A letter of the musyawarah in the same register: no resident is its subject.
  const invitation: MeetingLetter = {
    id: newId(),
    type: 'undangan',
    year: 2026,
    seq: 1,
    number: '400.9.2/001/UND/KEL-PHD/XI/2026',
    date: '2026-11-10',
    meetingId: meeting.id,
    perihal: 'Undangan Musyawarah Kelurahan November 2026',
    tujuan: '1 peserta musyawarah',
    details: { kind: 'undangan', mode: 'per_peserta', invitees: [] },
    signer: letter.signer,
    status: 'terbit',
    reprints: [],
    createdAt: '2026-11-10T02:00:00.000Z',
    createdBy: 'uji',
  };
  await db.transaction('rw', db.tables, async () => {
    await db.letters.add(letter);
    await db.letters.add(invitation);
    await db.letterCounters.put({ key: 'sktm:2026', next: 2 });
    await db.photos.add({
      id: newId(),
      proposalId: proposal.id,
      blob: makeBlob(new Uint8Array([0xff, 0xd8, 0xff, 1, 2, 3, 250]), 'image/jpeg') as Blob,
      width: 640,
      height: 480,
      takenAt: '2026-11-02T03:00:00.000Z',
      caption: 'Tampak depan',
    });
    // The signed Berita Acara scan travels as bytes, not as a Blob.
    await db.signedScans.add({
      id: newId(),
      meetingId: newId(),
      kind: 'pdf',
      fileName: 'BA tertanda.pdf',
      bytes: new TextEncoder().encode('%PDF-1.4\n%%EOF\n'),
      size: 15,
      sha256: 'a'.repeat(64),
      uploadedAt: '2026-11-25T03:00:00.000Z',
      uploadedBy: 'uji',
    });
    await db.duplicateDecisions.add({
      id: newId(),
      pairKey: `${person.id}|x`,
      decision: 'bukan_duplikat',
      by: 'uji',
      at: '2026-11-01T00:00:00.000Z',
      note: '',
    });
    await db.importLayouts.add({
      id: newId(),
      signature: 'a|b',
      name: 'RT 03',
      mapping: { a: 'nik' },
      updatedAt: 'x',
    });
    await db.accounts.add({
      id: newId(),
      username: 'admin',
      nama: 'Siti',
      role: 'admin',
      passwordHash: 'hash',
      salt: 'salt',
      iterations: 600_000,
      active: true,
      createdAt: 'x',
      updatedAt: 'x',
    });
    await db.batches.add({
      // Batches keep UUIDs, as the app makes them (db/ekspor/repository.ts).
      id: crypto.randomUUID(),
      number: 1,
      version: 1,
      meetingId: meeting.id,
      period: 'November 2026',
      kodeWilayah: IDENTITY.kodeWilayah,
      decisionDocument: { kind: 'berita_acara', number: '1', date: '2026-11-20', hash: 'h' },
      rows: [],
      state: 'disiapkan',
      contentHash: 'c',
      templateVersion: '1',
      createdAt: 'x',
      createdBy: 'uji',
      history: [],
    });
    await db.feedback.add({
      id: newId(),
      batchId: 'b',
      nik: person.nik,
      padan: true,
      accepted: true,
      reason: '',
      importedAt: 'x',
    });
  });
}

/** Every backed-up table, rows sorted by key, Blobs turned into their type and bytes. */
export async function dumpTables(db: DtksDatabase): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const name of BACKUP_TABLES) {
    const table = db.table(name);
    const rows = (await table.toArray()) as Record<string, unknown>[];
    const key = table.schema.primKey.keyPath as string;
    rows.sort((a, b) => String(a[key]).localeCompare(String(b[key])));
    out[name] = await Promise.all(
      rows.map(async (row) => {
        const blob = row.blob as
          { arrayBuffer?: () => Promise<ArrayBuffer>; type?: string } | undefined;
        if (!blob?.arrayBuffer) return row;
        return {
          ...row,
          blob: { type: blob.type, bytes: [...new Uint8Array(await blob.arrayBuffer())] },
        };
      }),
    );
  }
  return out;
}

export async function wipe(db: DtksDatabase): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
  });
}
