import { describe, expect, it } from 'vitest';
import { importReportRows, REPORT_COLUMNS, REPORT_TABLE_HEADER_INDEX } from './report';

describe('importReportRows', () => {
  it('lists every issue under the column heading, in order', () => {
    const rows = importReportRows(
      {
        fileName: 'prelist.xlsx',
        sheetName: 'Sheet1',
        layoutLabel: 'Prelist DTKS',
        checkedAt: '01/06/2026 10.00',
        dataRows: 10,
        validRows: 8,
        badRows: 2,
      },
      [
        {
          row: 3,
          field: 'nik',
          column: 'nomor_nik',
          reason: 'NIK harus 16 digit angka',
          value: '12',
        },
        { row: 7, field: 'nama', column: 'nama', reason: 'Nama wajib diisi', value: '' },
      ],
    );
    expect(rows[REPORT_TABLE_HEADER_INDEX]).toEqual([...REPORT_COLUMNS]);
    expect(rows.slice(REPORT_TABLE_HEADER_INDEX + 1)).toEqual([
      [3, 'nomor_nik', 'NIK harus 16 digit angka', '12'],
      [7, 'nama', 'Nama wajib diisi', ''],
    ]);
    expect(rows).toContainEqual(['Baris bermasalah', 2]);
  });
});
