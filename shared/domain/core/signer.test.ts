import { describe, expect, it } from 'vitest';
import {
  lurahStanding,
  normalizeLurahTitle,
  SIGNER_TITLE_CHOICES,
  SPTJM_SIGNER_MESSAGE,
  sptjmSignerProblem,
} from './signer';

describe('who signs as the Lurah', () => {
  it('offers Plt. and Plh. Lurah next to the Lurah', () => {
    expect(SIGNER_TITLE_CHOICES.slice(0, 3)).toEqual(['Lurah', 'Plt. Lurah', 'Plh. Lurah']);
  });

  it('knows the Lurah, a Plt. and a Plh. Lurah, however typed', () => {
    expect(lurahStanding('Lurah')).toBe('lurah');
    expect(lurahStanding('Lurah Pahandut')).toBe('lurah');
    expect(lurahStanding('Plt. Lurah')).toBe('plt');
    expect(lurahStanding('plt lurah pahandut')).toBe('plt');
    expect(lurahStanding('Plh. Lurah Pahandut')).toBe('plh');
    expect(lurahStanding('Sekretaris Kelurahan')).toBeUndefined();
    expect(lurahStanding('Kasi Kesejahteraan Sosial')).toBeUndefined();
    expect(lurahStanding('Lurahan')).toBeUndefined();
  });

  it('writes the prefix the official way', () => {
    expect(normalizeLurahTitle('plt lurah pahandut')).toBe('Plt. Lurah pahandut');
    expect(normalizeLurahTitle('PLH. Lurah')).toBe('Plh. Lurah');
    expect(normalizeLurahTitle(' Sekretaris Kelurahan ')).toBe('Sekretaris Kelurahan');
  });

  it('lets only the Lurah or a Plt./Plh. Lurah sign an SPTJM', () => {
    expect(sptjmSignerProblem({ jabatan: 'Lurah' })).toBeUndefined();
    expect(sptjmSignerProblem({ jabatan: 'Plt. Lurah' })).toBeUndefined();
    expect(sptjmSignerProblem({ jabatan: 'Plh. Lurah' })).toBeUndefined();
    expect(sptjmSignerProblem({ jabatan: 'Sekretaris Kelurahan' })).toBe(SPTJM_SIGNER_MESSAGE);
    expect(SPTJM_SIGNER_MESSAGE).toMatch(/tidak dengan a\.n\. atau u\.b\./);
  });
});
