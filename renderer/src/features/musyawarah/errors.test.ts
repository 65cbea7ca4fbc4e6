import { describe, expect, it } from 'vitest';
import { SPTJM_SIGNER_MESSAGE } from '@shared/domain/core/signer';
import { MeetingSignerError } from '../../db/musyawarah/repository';
import { musyawarahError } from './errors';

describe('musyawarah refusals', () => {
  it('shows the SPTJM signer refusal as its own sentence, not as a storage failure', () => {
    expect(musyawarahError(new MeetingSignerError(SPTJM_SIGNER_MESSAGE), 'Menyimpan')).toBe(
      SPTJM_SIGNER_MESSAGE,
    );
    expect(musyawarahError(new Error('disk'), 'Menyimpan')).toMatch(/^Menyimpan gagal: disk/);
  });
});
