import type { ContextMenuParams, MenuItemConstructorOptions, WebContents } from 'electron';

type MenuParams = Pick<ContextMenuParams, 'isEditable' | 'editFlags' | 'selectionText'>;

/**
 * What a right click offers. Electron shows no menu at all by default, and clerks paste NIKs
 * and names from a spreadsheet with a right click: in a field, the editing commands (each only
 * when it can act: the browser turns copying off in a password field); on selected text, Salin;
 * elsewhere nothing. Roles keep the native behaviour; the labels are the Edit menu's
 * (menu.ts), in Indonesian whatever the system language.
 */
export function contextMenuTemplate(params: MenuParams): MenuItemConstructorOptions[] {
  const flags = params.editFlags;
  if (params.isEditable) {
    return [
      { role: 'undo', label: 'Urungkan', enabled: flags.canUndo },
      { role: 'redo', label: 'Ulangi', enabled: flags.canRedo },
      { type: 'separator' },
      { role: 'cut', label: 'Potong', enabled: flags.canCut },
      { role: 'copy', label: 'Salin', enabled: flags.canCopy },
      { role: 'paste', label: 'Tempel', enabled: flags.canPaste },
      { type: 'separator' },
      { role: 'selectAll', label: 'Pilih Semua', enabled: flags.canSelectAll },
    ];
  }
  if (params.selectionText.trim() !== '') return [{ role: 'copy', label: 'Salin' }];
  return [];
}

/** Shows contextMenuTemplate on every right click in the window's page. */
export function attachContextMenu(
  contents: Pick<WebContents, 'on'>,
  popup: (template: MenuItemConstructorOptions[]) => void,
): void {
  contents.on('context-menu', (_event, params) => {
    const template = contextMenuTemplate(params);
    if (template.length > 0) popup(template);
  });
}
