import { beforeEach, describe, expect, it, vi } from 'vitest';
import { isRefusal } from '@shared/domain/core/refusal';
import { SPTJM_SIGNER_MESSAGE } from '@shared/domain/core/signer';
import { AccountError } from '../db/keamanan/account-repository';
import { BackupError } from '../db/cadangan/file';
import { BatchError } from '../db/ekspor/read';
import { LetterError } from '../db/surat/repository';
import { FinaliseError, MeetingLockedError, MeetingSignerError } from '../db/musyawarah/repository';
import { UsulanError } from '../db/usulan/repository';
import { isRegistryError, RegistryError } from '../db/warga/errors';
import { CancelledError } from '../workers/cancel';
import { failureMessage, refusalIn, runAction } from './run-action';

const show = vi.hoisted(() => vi.fn());
vi.mock('@mantine/notifications', () => ({ notifications: { show } }));

beforeEach(() => {
  show.mockClear();
});

describe('failureMessage', () => {
  it('shows every refusal as its own sentence, not as a storage failure', () => {
    expect(failureMessage(new MeetingSignerError(SPTJM_SIGNER_MESSAGE), 'Menyimpan')).toBe(
      SPTJM_SIGNER_MESSAGE,
    );
    expect(failureMessage(new BatchError('Batch sudah diekspor.'), 'Mengekspor')).toBe(
      'Batch sudah diekspor.',
    );
    expect(failureMessage(new Error('disk'), 'Menyimpan')).toMatch(/^Menyimpan gagal: disk/);
  });

  it('keeps each refusal class its own type while sharing the base', () => {
    const refusals = [
      new RegistryError('NIK ganda.', 'nik'),
      new UsulanError('Usulan terkunci.'),
      new LetterError('Nomor dipakai.', 'number'),
      new MeetingLockedError(),
      new FinaliseError(['Belum ada keputusan.']),
      new AccountError('Nama pengguna dipakai.', 'username'),
      new BackupError('rusak', 'Berkas rusak.'),
    ];
    for (const refusal of refusals) expect(isRefusal(refusal)).toBe(true);
    expect(refusals[0]).toBeInstanceOf(RegistryError);
    expect(refusals[0]?.field).toBe('nik');
    expect(refusals[5]?.field).toBe('username');
    expect((refusals[6] as BackupError).kind).toBe('rusak');
    expect(refusals[3]?.name).toBe('MeetingLockedError');
  });
});

describe('runAction', () => {
  it('announces success and hands back the value', async () => {
    const outcome = await runAction(() => Promise.resolve(7), {
      what: 'Menyimpan',
      success: 'Tersimpan.',
    });
    expect(outcome).toEqual({ ok: true, value: 7 });
    expect(show).toHaveBeenCalledWith({ color: 'teal', message: 'Tersimpan.' });
  });

  it('notifies a refusal in its own words', async () => {
    const outcome = await runAction(() => Promise.reject(new MeetingLockedError()), {
      what: 'Menyimpan keputusan',
    });
    expect(outcome).toEqual({ ok: false, refusal: null });
    expect(show).toHaveBeenCalledTimes(1);
    expect(show.mock.calls[0]?.[0]).toMatchObject({ color: 'red' });
    expect(show.mock.calls[0]?.[0].message).not.toMatch(/gagal/);
  });

  it('returns a refusal the form shows beside its field, without a notification', async () => {
    const refusal = new RegistryError('NIK ganda.', 'nik');
    const outcome = await runAction(() => Promise.reject(refusal), {
      what: 'Menyimpan anggota',
      inForm: isRegistryError,
    });
    expect(refusalIn(outcome)).toBe(refusal);
    expect(show).not.toHaveBeenCalled();
  });

  it('explains an unexpected error in Indonesian and logs its details', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const shown: string[] = [];
    const outcome = await runAction(() => Promise.reject(new Error('disk')), {
      what: 'Menyimpan',
      inForm: isRegistryError,
      onFailure: (message) => shown.push(message),
    });
    expect(refusalIn(outcome)).toBeNull();
    expect(shown).toEqual(['Menyimpan gagal: disk. Tidak ada yang diubah.']);
    expect(log).toHaveBeenCalled();
    expect(show).not.toHaveBeenCalled();
    log.mockRestore();
  });

  it('ends a cancelled job quietly', async () => {
    const onCancel = vi.fn();
    const outcome = await runAction(() => Promise.reject(new CancelledError()), {
      what: 'Mengekspor',
      onCancel,
    });
    expect(outcome.ok).toBe(false);
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(show).not.toHaveBeenCalled();
  });
});
