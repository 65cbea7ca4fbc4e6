import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { emptyDraft } from './member-draft';
import { useMemberDraft } from './useMemberDraft';

describe('useMemberDraft', () => {
  it('clears the error of a field when that field changes, and only that one', () => {
    const { result } = renderHook(() => useMemberDraft(emptyDraft()));
    act(() => result.current.setErrors({ nama: 'Isi nama', agama: 'Pilih agama' }));
    const before = result.current.errors;
    act(() => result.current.set('pekerjaan', 'Petani'));
    expect(result.current.errors).toBe(before);

    act(() => result.current.set('nama', 'Siti'));
    expect(result.current.draft.nama).toBe('Siti');
    expect(result.current.errors).toEqual({ agama: 'Pilih agama' });
  });

  it('fills birth date and sex from a typed NIK and clears the NIK error', () => {
    const { result } = renderHook(() => useMemberDraft(emptyDraft({ shdk: '1' })));
    act(() => result.current.setErrors({ nik: 'NIK harus 16 angka' }));
    act(() => result.current.typeNik('6271014507880002'));
    expect(result.current.draft).toMatchObject({
      nik: '6271014507880002',
      tanggalLahir: '1988-07-05',
      jenisKelamin: 'P',
      shdk: '1',
    });
    expect(result.current.errors).toEqual({});
  });
});
