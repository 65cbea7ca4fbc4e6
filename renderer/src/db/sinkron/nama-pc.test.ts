import { describe, expect, it } from 'vitest';
import { freshDatabase } from '../testing/helpers';
import { ownDeviceName, readDeviceName } from './perangkat';
import { saveDeviceName } from './sync-settings';

describe('Nama PC ini', () => {
  it('defaults to the short code; a chosen name is shown instead, logged, and emptied back', async () => {
    const db = freshDatabase();
    await db.open();
    const { code } = await readDeviceName(db);
    expect(code).toMatch(/^[A-Z0-9]{6}$/);
    expect(await ownDeviceName(db)).toBe(code);

    expect(await saveDeviceName(db, '  Laptop   Aula ')).toBe('Laptop Aula');
    expect(await ownDeviceName(db)).toBe('Laptop Aula');
    // The id stays: the audit chain is still this PC's.
    expect((await readDeviceName(db)).code).toBe(code);
    const audit = await db.audit.toArray();
    expect(audit.at(-1)?.summary).toBe(`Nama PC ini diubah: ${code} → Laptop Aula`);

    await expect(saveDeviceName(db, 'x'.repeat(41))).rejects.toThrow(/paling panjang 40/);
    expect(await ownDeviceName(db)).toBe('Laptop Aula');

    expect(await saveDeviceName(db, '')).toBe(code);
    expect(await ownDeviceName(db)).toBe(code);
    db.close();
  });
});
