import { describe, expect, it } from 'vitest';
import { DEFAULT_CRITERIA_SET_ID } from '../usulan/criteria';
import { getRegime, periodYear, REGIMES, regimeForPeriod } from './regime';

describe('regime per period', () => {
  it('takes DTSEN by default for periods from 2025, DTKS before', () => {
    expect(regimeForPeriod('November 2026').dataName).toBe('DTSEN');
    expect(regimeForPeriod('Januari 2025').dataName).toBe('DTSEN');
    expect(regimeForPeriod('Semester II 2024').dataName).toBe('DTKS');
    expect(regimeForPeriod('Desember 2021').dataName).toBe('DTKS');
  });

  it("takes the office's choice for a period over the default", () => {
    const choices = { 'Januari 2025': 'dtks-permensos-3-2021' } as const;
    expect(regimeForPeriod('Januari 2025', choices).dataName).toBe('DTKS');
    expect(regimeForPeriod('Februari 2025', choices).dataName).toBe('DTSEN');
  });

  it('reads the year at the end of a period label', () => {
    expect(periodYear('Semester I 2026')).toBe(2026);
    expect(periodYear('November 2026')).toBe(2026);
    expect(periodYear('tanpa tahun')).toBeUndefined();
  });

  it('names each regime by its own regulations', () => {
    const dtks = getRegime('dtks-permensos-3-2021');
    expect(dtks.sptjmBasis).toContain('Nomor 3 Tahun 2021');
    expect(dtks.legalBasis.join(' ')).not.toContain('2025');
    const dtsen = getRegime('dtsen-permensos-3-2025');
    expect(dtsen.sptjmBasis).toContain('Nomor 3 Tahun 2025');
    expect(dtsen.sptjmBasis).toContain('245/HUK/2025');
    expect(dtsen.legalBasis).toContain(
      'Instruksi Presiden Nomor 4 Tahun 2025 tentang Data Tunggal Sosial dan Ekonomi Nasional',
    );
    for (const regime of REGIMES) expect(regime.criteriaSetId).toBe(DEFAULT_CRITERIA_SET_ID);
  });
});
