import type { AidReceived, Family, PersonRow } from '@shared/domain/core/entities';
import { generateDemoData } from '@shared/demo/demo-data';
import { toPersonRow } from '@shared/domain/warga/person-keys';
import type { NewProposalInput } from '@shared/domain/usulan/proposal';
import type { DtksDatabase } from '../core/database';
import { newId } from '@shared/domain/core/ids';

/** Test data for the usulan repositories: a few generated families, written directly. */
export async function seedFamilies(
  db: DtksDatabase,
  people = 12,
): Promise<{ families: Family[]; people: PersonRow[] }> {
  const data = generateDemoData({ seed: 7, people, kodeWilayah: '6271011001' });
  const rows = data.people.map(toPersonRow);
  await db.families.bulkAdd(data.families);
  await db.people.bulkAdd(rows);
  await db.settings.put({ key: 'operator', value: { nama: 'Siti Rahmawati' } });
  return { families: data.families, people: rows };
}

export function headOf(people: PersonRow[], family: Family): PersonRow {
  const head = people.find((person) => person.familyId === family.id && person.shdk === 1);
  const member = head ?? people.find((person) => person.familyId === family.id);
  if (!member) throw new Error(`keluarga ${family.id} tanpa anggota`);
  return member;
}

export function proposalInput(
  family: Family,
  person: PersonRow,
  overrides: Partial<NewProposalInput> = {},
): NewProposalInput {
  return {
    familyId: family.id,
    personId: person.id,
    kind: 'baru',
    source: 'mandiri',
    programme: 'PKH',
    documents: { ktp: true, kk: true, suratPengantar: false, fotoRumah: false },
    ...overrides,
  };
}

export function centralAid(familyId: string): AidReceived {
  return {
    id: newId(),
    familyId,
    programme: 'PKH',
    level: 'pusat',
    since: '2024-03-01',
    createdAt: '2024-03-01T00:00:00.000Z',
  };
}
