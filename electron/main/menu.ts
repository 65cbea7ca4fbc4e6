import type { MenuItemConstructorOptions, MessageBoxOptions } from 'electron';

export const APP_DISPLAY_NAME = 'DTKS Kelurahan';

export type MenuDeps = {
  version: string;
  isPackaged: boolean;
  showMessageBox: (options: MessageBoxOptions) => Promise<unknown>;
};

export function aboutDialogOptions(version: string): MessageBoxOptions {
  return {
    type: 'info',
    title: `Tentang ${APP_DISPLAY_NAME}`,
    message: APP_DISPLAY_NAME,
    detail: `Versi ${version}\nPengelolaan data DTKS/DTSEN untuk kantor kelurahan.\nData disimpan di komputer ini.`,
    buttons: ['Tutup'],
    noLink: true,
  };
}

/**
 * Roles keep the native behaviour (and accelerators); only the labels change,
 * because Electron's default labels are English whatever the system language.
 */
export function buildMenuTemplate(deps: MenuDeps): MenuItemConstructorOptions[] {
  const viewItems: MenuItemConstructorOptions[] = [
    { role: 'reload', label: 'Muat Ulang' },
    { type: 'separator' },
    { role: 'zoomIn', label: 'Perbesar' },
    { role: 'zoomOut', label: 'Perkecil' },
    { role: 'resetZoom', label: 'Ukuran Asli' },
    { type: 'separator' },
    { role: 'togglefullscreen', label: 'Layar Penuh' },
  ];
  if (!deps.isPackaged) {
    viewItems.push({ type: 'separator' }, { role: 'toggleDevTools', label: 'Alat Pengembang' });
  }

  return [
    { label: 'Berkas', submenu: [{ role: 'quit', label: 'Keluar' }] },
    {
      label: 'Edit',
      submenu: [
        { role: 'undo', label: 'Urungkan' },
        { role: 'redo', label: 'Ulangi' },
        { type: 'separator' },
        { role: 'cut', label: 'Potong' },
        { role: 'copy', label: 'Salin' },
        { role: 'paste', label: 'Tempel' },
        { type: 'separator' },
        { role: 'selectAll', label: 'Pilih Semua' },
      ],
    },
    { label: 'Tampilan', submenu: viewItems },
    {
      role: 'help',
      label: 'Bantuan',
      submenu: [
        {
          label: `Tentang ${APP_DISPLAY_NAME}`,
          click: () => {
            void deps.showMessageBox(aboutDialogOptions(deps.version));
          },
        },
      ],
    },
  ];
}
