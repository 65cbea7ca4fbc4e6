import { describe, expect, it } from 'vitest';
import { newId } from '@shared/domain/core/ids';
import { can } from '@shared/domain/keamanan/permissions';
import { listAudit } from './audit-repository';
import { logArchivalPrint } from './reveal-log';
import { setSessionAccount } from '../core/session';
import { freshDatabase } from '../testing/helpers';

const INPUT = {
  meetingId: newId(),
  document: 'Berita Acara',
  number: '005/BA/XI/2026',
  families: 12,
  output: 'disimpan sebagai PDF',
};

describe('logArchivalPrint', () => {
  it('logs the unmasked print with the meeting, the document and how many families', async () => {
    const db = freshDatabase();
    setSessionAccount(db, { id: newId(), username: 'op', nama: 'Operator', role: 'operator' });
    await logArchivalPrint(db, INPUT);
    const [entry] = await listAudit(db, 1);
    expect(entry).toMatchObject({ action: 'view', entity: 'nik', entityId: INPUT.meetingId });
    expect(entry?.summary).toBe(
      'Berita Acara 005/BA/XI/2026 dicetak sebagai salinan arsip: NIK dan No. KK 12 keluarga ' +
        'tercetak lengkap (disimpan sebagai PDF)',
    );
  });

  it('refuses a fasilitator, who may print only the masked copy', async () => {
    const db = freshDatabase();
    const fasilitator = { id: newId(), username: 'f', nama: 'F', role: 'fasilitator' as const };
    setSessionAccount(db, fasilitator);
    await expect(logArchivalPrint(db, INPUT)).rejects.toThrow();
    expect(await db.audit.count()).toBe(0);
    expect(can(fasilitator, 'cetak-nik-lengkap').allowed).toBe(false);
    expect(can({ ...fasilitator, role: 'lurah' }, 'cetak-nik-lengkap').allowed).toBe(true);
  });
});
