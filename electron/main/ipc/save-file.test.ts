import path from 'node:path';
import type { SaveDialogOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createSaveFileHandler, withExtension } from './save-file';

vi.mock('electron', () => ({}));

const trusted = { senderFrame: { url: 'app://dtks/index.html' } };
const DOCS = path.resolve('/home/operator/Dokumen');
const bytes = new Uint8Array([37, 80, 68, 70]);

function setup(chosenPath: string | null = path.join(DOCS, 'rekap.pdf')) {
  const deps = {
    showSaveDialog: vi.fn(async (_options: SaveDialogOptions) => ({
      canceled: chosenPath === null,
      filePath: chosenPath ?? '',
    })),
    writeFile: vi.fn(async (_filePath: string, _data: Uint8Array) => {}),
    documentsDir: () => DOCS,
  };
  return { deps, handler: createSaveFileHandler(deps) };
}

describe('saveFile handler', () => {
  it.each([
    ['no frame', { senderFrame: null }],
    ['a remote page', { senderFrame: { url: 'https://evil.example/' } }],
    ['a file:// page', { senderFrame: { url: 'file:///tmp/x.html' } }],
  ])('refuses %s without opening a dialog', async (_name, event) => {
    const { deps, handler } = setup();
    const response = await handler(event, { suggestedName: 'a.pdf', kind: 'pdf', data: bytes });
    expect(response).toMatchObject({ ok: false, canceled: false });
    expect(deps.showSaveDialog).not.toHaveBeenCalled();
    expect(deps.writeFile).not.toHaveBeenCalled();
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'rekap.pdf'],
    ['data as a string', { suggestedName: 'a.pdf', kind: 'pdf', data: 'JVBERi0=' }],
    ['data as a number array', { suggestedName: 'a.pdf', kind: 'pdf', data: [1, 2, 3] }],
    ['empty data', { suggestedName: 'a.pdf', kind: 'pdf', data: new Uint8Array() }],
    ['an unknown kind', { suggestedName: 'a.exe', kind: 'exe', data: bytes }],
    ['a name that is a number', { suggestedName: 42, kind: 'pdf', data: bytes }],
    ['a traversal name', { suggestedName: '../../etc/passwd', kind: 'pdf', data: bytes }],
    ['a Windows path', { suggestedName: 'C:\\Windows\\evil.pdf', kind: 'pdf', data: bytes }],
    ['a dot-file name', { suggestedName: '.bashrc', kind: 'pdf', data: bytes }],
    ['an empty name', { suggestedName: '', kind: 'pdf', data: bytes }],
  ])('refuses %s with an Indonesian message', async (_name, request) => {
    const { deps, handler } = setup();
    const response = await handler(trusted, request);
    expect(response.ok).toBe(false);
    expect(response).toMatchObject({ canceled: false });
    expect('message' in response && response.message).toMatch(/^Permintaan tidak sah/);
    expect(deps.showSaveDialog).not.toHaveBeenCalled();
  });

  it('offers the documents folder with the kind as filter, then writes the bytes', async () => {
    const { deps, handler } = setup();
    const response = await handler(trusted, { suggestedName: 'rekap', kind: 'pdf', data: bytes });

    const options = deps.showSaveDialog.mock.calls[0]?.[0];
    expect(options?.defaultPath).toBe(path.join(DOCS, 'rekap.pdf'));
    expect(options?.filters).toEqual([{ name: 'Dokumen PDF', extensions: ['pdf'] }]);
    expect(deps.writeFile).toHaveBeenCalledWith(path.join(DOCS, 'rekap.pdf'), bytes);
    expect(response).toEqual({ ok: true, path: path.join(DOCS, 'rekap.pdf') });
  });

  it('adds the extension when the user typed a name without it', async () => {
    const { deps, handler } = setup(path.join(DOCS, 'data-keluarga'));
    const response = await handler(trusted, {
      suggestedName: 'keluarga.xlsx',
      kind: 'xlsx',
      data: bytes,
    });
    expect(deps.writeFile).toHaveBeenCalledWith(path.join(DOCS, 'data-keluarga.xlsx'), bytes);
    expect(response).toEqual({ ok: true, path: path.join(DOCS, 'data-keluarga.xlsx') });
  });

  it('reports a canceled dialog as canceled and writes nothing', async () => {
    const { deps, handler } = setup(null);
    const response = await handler(trusted, { suggestedName: 'a.csv', kind: 'csv', data: bytes });
    expect(response).toEqual({ ok: false, canceled: true });
    expect(deps.writeFile).not.toHaveBeenCalled();
  });

  it('turns a write error into a message instead of throwing', async () => {
    const { deps, handler } = setup();
    deps.writeFile.mockRejectedValueOnce(new Error('EACCES: permission denied'));
    const response = await handler(trusted, { suggestedName: 'a.pdf', kind: 'pdf', data: bytes });
    expect(response).toEqual({
      ok: false,
      canceled: false,
      message: 'Berkas tidak dapat disimpan: EACCES: permission denied',
    });
  });
});

describe('withExtension', () => {
  it('keeps a matching extension in any case and appends otherwise', () => {
    expect(withExtension('a.PDF', 'pdf')).toBe('a.PDF');
    expect(withExtension('a', 'backup')).toBe('a.dtksbak');
    expect(withExtension('a.pdf', 'zip')).toBe('a.pdf.zip');
  });
});
