import { describe, expect, it } from 'vitest';
import { diffRows } from './audit-diff';

const mask = (value: string) => `***${value.slice(-4)}`;

describe('diffRows', () => {
  it('shows only the changed fields of an update, labelled for a clerk', () => {
    const rows = diffRows(
      { id: 'x', nama: 'Budi', alamat: 'Jl. A', rt: '001', updatedAt: '1' },
      { id: 'x', nama: 'Budi', alamat: 'Jl. B', rt: '002', updatedAt: '2' },
    );
    expect(rows).toEqual([
      { key: 'alamat', label: 'Alamat', before: 'Jl. A', after: 'Jl. B' },
      { key: 'rt', label: 'RT', before: '001', after: '002' },
    ]);
  });

  it('lists every recorded field of a creation, masking NIK and No. KK and naming members', () => {
    const rows = diffRows(
      undefined,
      {
        // The head's name and member count kept on the row (schema v11) are not listed.
        family: {
          id: 'f',
          noKk: '6271010101150001',
          alamat: 'Jl. A',
          headName: 'Budi',
          memberCount: 2,
        },
        members: [{ nama: 'Budi' }, { nama: 'Siti' }],
      },
      { noKk: mask, nik: mask },
    );
    expect(rows).toEqual([
      { key: 'family.noKk', label: 'Keluarga: No. KK', before: '—', after: '***0001' },
      { key: 'family.alamat', label: 'Keluarga: Alamat', before: '—', after: 'Jl. A' },
      { key: 'members', label: 'Anggota', before: '—', after: '2 orang: Budi, Siti' },
    ]);
  });

  it('shows nothing for entries without before or after', () => {
    expect(diffRows(undefined, undefined)).toEqual([]);
  });
});
