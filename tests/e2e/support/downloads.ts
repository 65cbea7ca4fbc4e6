import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { RESULTS_DIR } from './browser';

/** Clicks something that downloads a file and returns where it was saved. */
export async function download(
  page: Page,
  click: () => Promise<void>,
  name: string,
): Promise<string> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  // Generous: PDFs, ZIPs and PBKDF2-protected backups are made in workers on a busy CI machine.
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), click()]);
  const path = join(RESULTS_DIR, name);
  await file.saveAs(path);
  return path;
}

/** The text of a PDF as poppler's pdftotext reads it. */
export function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
}

/** Page count as pdfinfo reports it. */
export function pdfPages(path: string): number {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
}

/** Renders page `page` of a PDF to PNG next to it, for a person to look at. */
export function pdfToPng(path: string, page = 1): string {
  const prefix = path.replace(/\.pdf$/, `-p${page}`);
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '70',
    '-f',
    String(page),
    '-l',
    String(page),
    '-singlefile',
    path,
    prefix,
  ]);
  return `${prefix}.png`;
}

export function readBytes(path: string): Buffer {
  return readFileSync(path);
}
