import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { MemberData } from '../../../../shared/domain/warga/registry-schema';
import { member } from '../../db/testing/registry-fixtures';
import { nextDraft, usePendingMembers } from './usePendingMembers';

const head = member() as MemberData;
const wife = member({
  nik: '6271014507880002',
  nama: 'Siti Rahmawati',
  tanggalLahir: '1988-07-05',
  jenisKelamin: 'P',
  shdk: 3,
}) as MemberData;
const child = member({ nik: '6271010503100003', nama: 'Andi', shdk: 4 }) as MemberData;

describe('nextDraft', () => {
  it('asks for the head first, then the spouse, then children of the mother', () => {
    expect(nextDraft([])).toMatchObject({ shdk: '1', agama: '' });
    expect(nextDraft([head])).toMatchObject({ shdk: '3', statusKawin: 'kawin', agama: 'Islam' });
    expect(nextDraft([{ ...head, jenisKelamin: 'P' }])).toMatchObject({ shdk: '2' });
    expect(nextDraft([head, wife])).toMatchObject({
      shdk: '4',
      statusKawin: 'belum_kawin',
      namaIbuKandung: 'Siti Rahmawati',
    });
    // A mother heading the family is the children's mother.
    const mother = { ...head, nama: 'Rina', jenisKelamin: 'P' as const };
    expect(nextDraft([mother, child])).toMatchObject({ shdk: '4', namaIbuKandung: 'Rina' });
  });
});

describe('usePendingMembers', () => {
  it('lists members, starts the form afresh for the next one, and takes one back to edit', () => {
    const { result } = renderHook(() => usePendingMembers());
    const firstKey = result.current.formKey;
    act(() => result.current.add(head));
    act(() => result.current.add(wife));
    act(() => result.current.add(child));
    expect(result.current.members.map((m) => m.nama)).toEqual([
      'Budi Santoso',
      'Siti Rahmawati',
      'Andi',
    ]);
    expect(result.current.formDraft).toMatchObject({ shdk: '4', namaIbuKandung: 'Siti Rahmawati' });
    expect(result.current.formKey).toBe(firstKey + 3);

    act(() => result.current.edit(1));
    expect(result.current.members.map((m) => m.nama)).toEqual(['Budi Santoso', 'Andi']);
    expect(result.current.formDraft).toMatchObject({
      nik: wife.nik,
      nama: 'Siti Rahmawati',
      shdk: '3',
    });
    expect(result.current.formKey).toBe(firstKey + 4);

    act(() => result.current.remove(1));
    expect(result.current.members.map((m) => m.nama)).toEqual(['Budi Santoso']);
    expect(result.current.formKey).toBe(firstKey + 4);
    act(() => result.current.edit(5));
    expect(result.current.members).toHaveLength(1);
  });
});
