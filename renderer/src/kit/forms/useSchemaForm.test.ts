import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Refusal } from '@shared/domain/core/refusal';
import { useSchemaForm } from './useSchemaForm';

const schema = z
  .object({
    nama: z.string().trim().min(1, 'Nama wajib diisi'),
    sandi: z.string().min(4, 'Sandi minimal 4 karakter'),
    ulang: z.string(),
  })
  .refine((input) => input.sandi === input.ulang, {
    message: 'Kedua sandi tidak sama',
    path: ['ulang'],
  });

const EMPTY = { nama: '', sandi: '', ulang: '' };

describe('useSchemaForm', () => {
  it('puts each field’s first message beside it, a cross-field rule beside the field it names', () => {
    const { result } = renderHook(() => useSchemaForm(schema, EMPTY));
    act(() => {
      expect(result.current.validate()).toBeNull();
    });
    expect(result.current.errors).toEqual({
      nama: 'Nama wajib diisi',
      sandi: 'Sandi minimal 4 karakter',
    });
    act(() => {
      result.current.setValues({ nama: 'Budi', sandi: 'rahasia', ulang: 'rahasi' });
    });
    act(() => {
      expect(result.current.validate()).toBeNull();
    });
    expect(result.current.errors).toEqual({ ulang: 'Kedua sandi tidak sama' });
    // Typing in the field clears its message.
    act(() => result.current.setField('ulang', 'rahasia'));
    expect(result.current.errors).toEqual({});
  });

  it('takes a refusal that names one of its fields, keeping the input as typed', () => {
    const { result } = renderHook(() => useSchemaForm(schema, EMPTY));
    act(() => result.current.setField('nama', 'Budi'));
    const own = new Refusal('Nama sudah dipakai.', { field: 'nama' });
    const other = new Refusal('Akun pertama harus berperan admin.', { field: 'role' });
    const plain = new Refusal('Hanya admin yang boleh mengelola akun pengguna.');
    expect(result.current.ownsRefusal(own)).toBe(true);
    expect(result.current.ownsRefusal(other)).toBe(false);
    expect(result.current.ownsRefusal(plain)).toBe(false);
    act(() => {
      if (result.current.ownsRefusal(own)) result.current.showRefusal(own);
    });
    expect(result.current.errors).toEqual({ nama: 'Nama sudah dipakai.' });
    expect(result.current.values.nama).toBe('Budi');
    expect(result.current.dirty).toBe(true);
  });
});
