import { describe, expect, it } from 'vitest';
import type { Role, SessionAccount } from './accounts';
import { can, canOpenPath, homePathFor, isAllowed, permissionDenied } from './permissions';
import type { WriteIntent } from './permissions';

const as = (role: Role): SessionAccount => ({
  id: `${role}-id`,
  username: role,
  nama: `Nama ${role}`,
  role,
});
const write = (
  entity: string,
  action: WriteIntent['action'],
  extra: Partial<WriteIntent> = {},
): WriteIntent => ({
  entity,
  action,
  entityId: 'x',
  ...extra,
});

describe('isAllowed', () => {
  it('lets the admin do everything, even unknown kinds of writes', () => {
    expect(isAllowed(as('admin'), write('pengaturan', 'settings'))).toBe(true);
    expect(isAllowed(as('admin'), write('sesuatu yang baru', 'delete'))).toBe(true);
  });

  it.each([
    ['operator', 'keluarga', 'create', true],
    ['operator', 'warga', 'delete', true],
    ['operator', 'impor data', 'import', true],
    ['operator', 'usulan', 'override', true],
    ['operator', 'surat', 'create', true],
    ['operator', 'pengaturan', 'settings', false],
    ['operator', 'pejabat', 'create', false],
    ['operator', 'akun', 'create', false],
    ['operator', 'cadangan', 'restore', false],
    ['operator', 'cadangan', 'backup', true],
    ['lurah', 'keluarga', 'update', false],
    ['lurah', 'surat', 'create', true],
    ['lurah', 'musyawarah', 'update', true],
    ['lurah', 'penilaian verivali', 'create', true],
    ['fasilitator', 'keputusan musyawarah', 'create', true],
    ['fasilitator', 'peserta musyawarah', 'update', true],
    ['fasilitator', 'musyawarah', 'update', false],
    ['fasilitator', 'usulan', 'update', false],
    ['fasilitator', 'nik', 'view', false],
    ['fasilitator', 'surat', 'create', false],
  ] as const)('%s writing %s (%s): %s', (role, entity, action, expected) => {
    expect(isAllowed(as(role), write(entity, action))).toBe(expected);
  });

  it('only the lurah (or admin) locks a meeting; the operator may edit it', () => {
    const lock = write('musyawarah', 'update', { after: { status: 'terkunci' } });
    const edit = write('musyawarah', 'update', { after: { date: '2026-11-20' } });
    expect(isAllowed(as('operator'), edit)).toBe(true);
    expect(isAllowed(as('operator'), lock)).toBe(false);
    expect(isAllowed(as('lurah'), lock)).toBe(true);
  });

  it('lets everyone change their own account only', () => {
    const own = write('akun', 'update', { entityId: 'operator-id' });
    const other = write('akun', 'update', { entityId: 'someone-else' });
    expect(isAllowed(as('operator'), own)).toBe(true);
    expect(isAllowed(as('operator'), other)).toBe(false);
  });

  it('explains a refusal in Indonesian with the role', () => {
    const error = permissionDenied(as('fasilitator'), write('keluarga', 'delete'));
    expect(error.name).toBe('PermissionError');
    expect(error.message).toContain('Fasilitator musyawarah');
    expect(error.message).toContain('menghapus data "keluarga"');
  });

  it('names the action the user asked for: locking, not changing, with one period', () => {
    const lock = write('musyawarah', 'update', { after: { status: 'terkunci' } });
    const message = permissionDenied(as('operator'), lock).message;
    expect(message).toContain('tidak boleh mengunci data "musyawarah"');
    expect(message).toContain('Hanya Lurah/Verifikator yang dapat mengunci');
    expect(message).not.toContain('mengubah');
    expect(message).not.toMatch(/\.\./);
    expect(permissionDenied(as('lurah'), write('batch usulan', 'create')).message).toContain(
      'Hanya Operator yang dapat menambah',
    );
  });
});

describe('can (what a screen may offer)', () => {
  it('gives the same answer as the data layer, with the reason to show', () => {
    expect(can(as('operator'), 'kunci-musyawarah')).toEqual({
      allowed: false,
      reason: 'Hanya Lurah/Verifikator yang dapat mengunci',
    });
    expect(can(as('lurah'), 'kunci-musyawarah')).toEqual({ allowed: true, reason: null });
    expect(can(as('admin'), 'kunci-musyawarah').allowed).toBe(true);
    expect(can(null, 'kunci-musyawarah').allowed).toBe(true);
    expect(can(as('fasilitator'), 'putuskan-calon').allowed).toBe(true);
    expect(can(as('fasilitator'), 'tambah-peserta')).toEqual({
      allowed: false,
      reason: 'Hanya Operator atau Lurah/Verifikator yang dapat menambah atau menghapus peserta',
    });
    // The Lurah reads the registry and proposals but does not write them.
    expect(can(as('lurah'), 'buat-usulan')).toEqual({
      allowed: false,
      reason: 'Hanya Operator yang dapat membuat usulan',
    });
    expect(can(as('operator'), 'buat-usulan').allowed).toBe(true);
    expect(can(as('lurah'), 'ubah-keluarga').allowed).toBe(false);
    expect(can(as('operator'), 'kelola-akun').reason).toBe(
      'Hanya Admin yang dapat mengelola akun pengguna',
    );
  });
});

describe('screens', () => {
  it('keeps the facilitator on the meeting screens', () => {
    expect(canOpenPath('fasilitator', '/musyawarah')).toBe(true);
    expect(canOpenPath('fasilitator', '/musyawarah/abc')).toBe(true);
    expect(canOpenPath('fasilitator', '/')).toBe(false);
    expect(canOpenPath('fasilitator', '/warga')).toBe(false);
    expect(canOpenPath('fasilitator', '/musyawarahku')).toBe(false);
    expect(homePathFor('fasilitator')).toBe('/musyawarah');
  });

  it('hides import and export from the lurah but shows the registry', () => {
    expect(canOpenPath('lurah', '/warga/123')).toBe(true);
    expect(canOpenPath('lurah', '/impor')).toBe(false);
    expect(canOpenPath('lurah', '/ekspor')).toBe(false);
    expect(canOpenPath('admin', '/apa-saja')).toBe(true);
  });
});
