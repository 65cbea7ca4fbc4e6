import { describe, expect, it } from 'vitest';
import {
  countByDesil,
  DESIL_RANGE_MESSAGE,
  desilLabel,
  desilRows,
  desilSource,
  isDesilValue,
  parseDesilText,
} from './desil';

describe('parseDesilText', () => {
  it('reads the ways a list writes a decile', () => {
    for (const [raw, value] of [
      ['3', 3],
      ['03', 3],
      [' Desil 4 ', 4],
      ['desil-1', 1],
      ['D10', 10],
      ['2.0', 2],
      ['7,0', 7],
      [9, 9],
    ] as const) {
      expect(parseDesilText(raw), String(raw)).toEqual({ ok: true, value });
    }
  });

  it('treats a blank cell as not ranked', () => {
    expect(parseDesilText('  ')).toEqual({ ok: true, value: undefined });
  });

  it('refuses anything outside whole 1..10 with an Indonesian message saying what was found', () => {
    for (const raw of ['0', '11', 'Desil 12', '2,5', 'rendah', '-3', 'D', 0, 11, 3.5]) {
      const result = parseDesilText(raw);
      expect(result.ok, String(raw)).toBe(false);
      if (!result.ok) {
        expect(result.reason).toContain(DESIL_RANGE_MESSAGE);
        expect(result.reason).toContain(String(raw).trim());
      }
    }
  });
});

describe('desil helpers', () => {
  it('names a decile as the room says it', () => {
    expect(desilLabel({ value: 2 })).toBe('Desil 2');
    expect(desilLabel(undefined)).toBe('Belum ada desil');
  });

  it('records the file and the period as the source', () => {
    expect(desilSource({ fileName: 'p.xlsx', period: 'November 2026', prelist: true })).toBe(
      'prelist p.xlsx, periode November 2026',
    );
    expect(desilSource({ fileName: 'rt.csv', period: '2026-11', prelist: false })).toBe(
      'impor rt.csv, periode 2026-11',
    );
  });

  it('accepts only whole deciles 1..10', () => {
    expect([1, 10].every(isDesilValue)).toBe(true);
    expect([0, 11, 1.5, '2', null].some(isDesilValue)).toBe(false);
  });

  it('counts families per decile and those without one', () => {
    const counts = countByDesil([1, 1, 2, 10, 'x', 4], 9);
    expect(counts.byValue[1]).toBe(2);
    expect(counts.byValue[2]).toBe(1);
    expect(counts.byValue[3]).toBe(0);
    expect(counts.byValue[4]).toBe(1);
    expect(counts.byValue[10]).toBe(1);
    expect(counts.none).toBe(4);
  });

  it('lists every decile, the 1–4 target subtotal and the unranked', () => {
    const rows = desilRows(countByDesil([1, 2, 2, 4, 5, 9], 8));
    expect(rows).toHaveLength(12);
    expect(rows[1]).toEqual({ label: 'Desil 2', value: 2 });
    expect(rows[10]).toEqual({ label: 'Desil 1–4 (sasaran bansos)', value: 4 });
    expect(rows[11]).toEqual({ label: 'Tanpa desil', value: 2 });
  });
});
