import type { RowIssue } from './validate-rows';

export type ReportSummary = {
  fileName: string;
  sheetName: string;
  layoutLabel: string;
  /** When the check ran, shown as the operator's local date and time. */
  checkedAt: string;
  dataRows: number;
  validRows: number;
  badRows: number;
};

export const REPORT_COLUMNS = ['Baris', 'Kolom', 'Alasan', 'Isi sel'] as const;

/**
 * The rows of the saved error report: a short heading, then one line per problem,
 * so the clerk can walk the original file row by row and fix it.
 */
export function importReportRows(
  summary: ReportSummary,
  issues: readonly RowIssue[],
): (string | number)[][] {
  return [
    ['Laporan pemeriksaan impor'],
    ['Berkas', summary.fileName],
    ['Lembar kerja', summary.sheetName],
    ['Tata letak', summary.layoutLabel],
    ['Diperiksa', summary.checkedAt],
    ['Baris data', summary.dataRows],
    ['Baris valid', summary.validRows],
    ['Baris bermasalah', summary.badRows],
    [],
    [...REPORT_COLUMNS],
    ...issues.map((issue) => [issue.row, issue.column, issue.reason, issue.value]),
  ];
}

/** Where the issue table starts in {@link importReportRows}, zero-based. */
export const REPORT_TABLE_HEADER_INDEX = 9;
