import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  PRINT_DIR_NAME,
  PRINT_FILE_MAX_AGE_MS,
  createPrintPdfHandler,
  printFileSlug,
  removeAllPrintFiles,
} from './print-pdf';

vi.mock('electron', () => ({}));

const trusted = { senderFrame: { url: 'app://dtks/index.html' } };
const TEMP = path.resolve('/tmp/os-temp');
const PRINT_DIR = path.join(TEMP, PRINT_DIR_NAME);
const NOW = 1_800_000_000_000;
const pdf = new Uint8Array([37, 80, 68, 70, 45]);

function setup(existing: Record<string, number> = {}) {
  const fs = {
    mkdir: vi.fn(async () => undefined),
    writeFile: vi.fn(async (_filePath: string, _data: Uint8Array) => {}),
    readdir: vi.fn(async () => Object.keys(existing)),
    stat: vi.fn(async (filePath: string) => ({
      mtimeMs: existing[path.basename(filePath)] ?? NOW,
    })),
    rm: vi.fn(async (_filePath: string, _options: { force: true }) => {}),
  };
  const openPath = vi.fn(async (_filePath: string) => '');
  const handler = createPrintPdfHandler({ tempDir: () => TEMP, fs, openPath, now: () => NOW });
  return { fs, openPath, handler };
}

describe('printPdf handler', () => {
  it.each([
    ['no frame', { senderFrame: null }],
    ['a remote page', { senderFrame: { url: 'https://evil.example/' } }],
  ])('refuses %s', async (_name, event) => {
    const { fs, openPath, handler } = setup();
    const response = await handler(event, { title: 'Surat', data: pdf });
    expect(response).toEqual({ ok: false, message: 'Permintaan ditolak: pengirim tidak dikenal.' });
    expect(fs.writeFile).not.toHaveBeenCalled();
    expect(openPath).not.toHaveBeenCalled();
  });

  it.each([
    ['nothing', undefined],
    ['empty data', { title: 'Surat', data: new Uint8Array() }],
    ['data as an ArrayBuffer', { title: 'Surat', data: new ArrayBuffer(4) }],
    ['an empty title', { title: '', data: pdf }],
    ['a title that is an object', { title: { toString: 'x' }, data: pdf }],
  ])('refuses %s', async (_name, request) => {
    const { fs, handler } = setup();
    const response = await handler(trusted, request);
    expect(response.ok).toBe(false);
    expect('message' in response && response.message).toMatch(/^Permintaan tidak sah/);
    expect(fs.writeFile).not.toHaveBeenCalled();
  });

  it('writes the PDF into its own temp folder and opens it in the system viewer', async () => {
    const { fs, openPath, handler } = setup();
    const response = await handler(trusted, { title: 'SKTM Budi/../../x', data: pdf });

    expect(response).toEqual({ ok: true });
    const [filePath, data] = fs.writeFile.mock.calls[0] ?? [];
    expect(path.dirname(filePath ?? '')).toBe(PRINT_DIR);
    expect(path.basename(filePath ?? '')).toMatch(/^cetak-sktm-budi-x-[0-9a-f]{8}\.pdf$/);
    expect(data).toBe(pdf);
    expect(openPath).toHaveBeenCalledWith(filePath);
  });

  it('explains what to do when no PDF viewer is installed', async () => {
    const { openPath, handler } = setup();
    openPath.mockResolvedValueOnce('No application is associated');
    const response = await handler(trusted, { title: 'Surat', data: pdf });
    expect(response.ok).toBe(false);
    expect('message' in response && response.message).toContain('penampil PDF');
  });

  it('deletes old print files but keeps recent ones and foreign files', async () => {
    const { fs, handler } = setup({
      'cetak-lama-aaaa1111.pdf': NOW - PRINT_FILE_MAX_AGE_MS - 1,
      'cetak-baru-bbbb2222.pdf': NOW - 1000,
      'lain.pdf': 0,
    });
    await handler(trusted, { title: 'Surat', data: pdf });
    expect(fs.rm).toHaveBeenCalledTimes(1);
    expect(fs.rm).toHaveBeenCalledWith(path.join(PRINT_DIR, 'cetak-lama-aaaa1111.pdf'), {
      force: true,
    });
  });

  it('still prints when cleanup fails', async () => {
    const { fs, handler } = setup({ 'cetak-lama-aaaa1111.pdf': 0 });
    fs.rm.mockRejectedValueOnce(new Error('EBUSY'));
    expect(await handler(trusted, { title: 'Surat', data: pdf })).toEqual({ ok: true });
  });

  it('turns a disk error into a message instead of throwing', async () => {
    const { fs, handler } = setup();
    fs.mkdir.mockRejectedValueOnce(new Error('ENOSPC'));
    const response = await handler(trusted, { title: 'Surat', data: pdf });
    expect(response).toEqual({ ok: false, message: 'Terjadi kesalahan: ENOSPC' });
  });
});

describe('printFileSlug', () => {
  it('keeps a readable, safe fragment', () => {
    expect(printFileSlug('Surat Keterangan Tidak Mampu — Budi Santoso')).toBe(
      'surat-keterangan-tidak-mampu-budi-santoso',
    );
    expect(printFileSlug('Daftar Penerima – Kelurahan Cibeureum Pérez')).toBe(
      'daftar-penerima-kelurahan-cibeureum-perez',
    );
    expect(printFileSlug('../../..')).toBe('dokumen');
    expect(printFileSlug('x'.repeat(200))).toHaveLength(60);
  });
});

describe('removeAllPrintFiles', () => {
  it('deletes every print file whatever its age, and nothing else', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync, readdirSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const temp = mkdtempSync(path.join(tmpdir(), 'dtks-cetak-uji-'));
    try {
      const dir = path.join(temp, PRINT_DIR_NAME);
      mkdirSync(dir);
      for (const name of ['cetak-sktm-1a2b3c4d.pdf', 'cetak-berita-acara-9f8e7d6c.pdf']) {
        writeFileSync(path.join(dir, name), pdf);
      }
      writeFileSync(path.join(dir, 'catatan-pengguna.pdf'), pdf);
      const removed = removeAllPrintFiles(temp, { readdirSync, rmSync });
      expect(removed).toBe(2);
      expect(readdirSync(dir)).toEqual(['catatan-pengguna.pdf']);
      // No folder yet (never printed): nothing to do, no error.
      expect(removeAllPrintFiles(path.join(temp, 'tidak-ada'), { readdirSync, rmSync })).toBe(0);
    } finally {
      rmSync(temp, { recursive: true, force: true });
    }
  });

  it('skips a file locked by a viewer and removes the rest', () => {
    const rmSync = vi.fn((filePath: string) => {
      if (filePath.includes('terbuka')) throw new Error('EBUSY');
    });
    const removed = removeAllPrintFiles(TEMP, {
      readdirSync: () => ['cetak-terbuka-11111111.pdf', 'cetak-sktm-22222222.pdf'],
      rmSync,
    });
    expect(removed).toBe(1);
    expect(rmSync).toHaveBeenCalledWith(path.join(PRINT_DIR, 'cetak-sktm-22222222.pdf'), {
      force: true,
    });
  });
});
