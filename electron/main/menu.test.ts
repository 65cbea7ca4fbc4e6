import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { aboutDialogOptions, buildMenuTemplate } from './menu';

vi.mock('electron', () => ({}));

function submenuOf(item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  const submenu = item?.submenu;
  return Array.isArray(submenu) ? submenu : [];
}

function labels(items: MenuItemConstructorOptions[]): string[] {
  return items.filter((item) => item.type !== 'separator').map((item) => item.label ?? '');
}

function template(isPackaged: boolean) {
  const showMessageBox = vi.fn(() => Promise.resolve());
  return {
    menu: buildMenuTemplate({ version: '1.2.3', isPackaged, showMessageBox }),
    showMessageBox,
  };
}

describe('buildMenuTemplate', () => {
  it('has the Indonesian top-level menus in order', () => {
    expect(template(true).menu.map((item) => item.label)).toEqual([
      'Berkas',
      'Edit',
      'Tampilan',
      'Bantuan',
    ]);
  });

  it('labels every item in Indonesian and keeps native roles', () => {
    const [berkas, edit, tampilan] = template(true).menu;
    expect(submenuOf(berkas)).toEqual([{ role: 'quit', label: 'Keluar' }]);
    expect(labels(submenuOf(edit))).toEqual([
      'Urungkan',
      'Ulangi',
      'Potong',
      'Salin',
      'Tempel',
      'Pilih Semua',
    ]);
    expect(
      submenuOf(edit)
        .filter((i) => i.type !== 'separator')
        .map((i) => i.role),
    ).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
    expect(labels(submenuOf(tampilan))).toEqual([
      'Muat Ulang',
      'Perbesar',
      'Perkecil',
      'Ukuran Asli',
      'Layar Penuh',
    ]);
  });

  it('offers developer tools only in development', () => {
    const roles = (isPackaged: boolean) =>
      submenuOf(template(isPackaged).menu[2]).map((item) => item.role);
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(false)).toContain('toggleDevTools');
  });

  it('shows the version in the About dialog', () => {
    const { menu, showMessageBox } = template(true);
    const about = submenuOf(menu[3])[0];
    expect(about?.label).toBe('Tentang DTKS Kelurahan');
    about?.click?.(
      {} as Parameters<NonNullable<MenuItemConstructorOptions['click']>>[0],
      undefined,
      {} as Parameters<NonNullable<MenuItemConstructorOptions['click']>>[2],
    );
    expect(showMessageBox).toHaveBeenCalledWith(aboutDialogOptions('1.2.3'));
    expect(aboutDialogOptions('1.2.3').detail).toContain('Versi 1.2.3');
  });
});
