import { describe, expect, it, vi } from 'vitest';
import type { ContextMenuParams } from 'electron';
import { attachContextMenu, contextMenuTemplate } from './context-menu';
import { buildMenuTemplate } from './menu';

const ALL = {
  canUndo: true,
  canRedo: true,
  canCut: true,
  canCopy: true,
  canPaste: true,
  canDelete: true,
  canSelectAll: true,
  canEditRichly: false,
};
const NONE = Object.fromEntries(Object.keys(ALL).map((key) => [key, false])) as typeof ALL;

const params = (over: Partial<ContextMenuParams>) =>
  ({ isEditable: false, editFlags: NONE, selectionText: '', ...over }) as ContextMenuParams;

const roles = (template: ReturnType<typeof contextMenuTemplate>) =>
  template.filter((item) => item.role).map((item) => [item.role, item.label, item.enabled]);

describe('contextMenuTemplate', () => {
  it('offers the editing commands in a field, in Indonesian, each enabled as Chromium says', () => {
    const template = contextMenuTemplate(
      params({ isEditable: true, editFlags: { ...ALL, canUndo: false, canCopy: false } }),
    );
    expect(roles(template)).toEqual([
      ['undo', 'Urungkan', false],
      ['redo', 'Ulangi', true],
      ['cut', 'Potong', true],
      ['copy', 'Salin', false],
      ['paste', 'Tempel', true],
      ['selectAll', 'Pilih Semua', true],
    ]);
  });

  it('uses the same words as the Edit menu', () => {
    const edit = buildMenuTemplate({
      version: '1',
      isPackaged: true,
      showMessageBox: vi.fn(),
    }).find((menu) => menu.label === 'Edit')?.submenu as { role?: string; label?: string }[];
    const labels = new Map(edit.filter((item) => item.role).map((item) => [item.role, item.label]));
    for (const item of contextMenuTemplate(params({ isEditable: true, editFlags: ALL }))) {
      if (item.role) expect(item.label).toBe(labels.get(item.role));
    }
  });

  it('offers Salin for selected text outside a field, and nothing on a bare page', () => {
    expect(roles(contextMenuTemplate(params({ selectionText: 'Kelurahan Pahandut' })))).toEqual([
      ['copy', 'Salin', undefined],
    ]);
    expect(contextMenuTemplate(params({ selectionText: '  ' }))).toEqual([]);
    expect(contextMenuTemplate(params({}))).toEqual([]);
  });
});

describe('attachContextMenu', () => {
  it('pops the menu up on a right click that has something to offer', () => {
    let listener: ((event: unknown, p: ContextMenuParams) => void) | undefined;
    const contents = {
      on: vi.fn((name: string, handler: typeof listener) => {
        expect(name).toBe('context-menu');
        listener = handler;
      }),
    };
    const popup = vi.fn();
    attachContextMenu(contents as never, popup);
    listener?.({}, params({}));
    expect(popup).not.toHaveBeenCalled();
    listener?.({}, params({ isEditable: true, editFlags: ALL }));
    expect(popup).toHaveBeenCalledOnce();
    expect(popup.mock.calls[0]?.[0]).toHaveLength(8);
  });
});
