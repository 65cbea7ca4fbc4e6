import { describe, expect, it, vi } from 'vitest';
import { hashAuditEntry, linkTo } from '@shared/domain/keamanan/audit-chain';
import { createBrowserApi } from '../../platform/browser-api';
import { ANCHOR_STORAGE_KEY } from '../../platform/browser-anchor';
import { hashDeviceEntry } from '@shared/domain/sinkron/audit-devices';
import {
  attachAuditAnchor,
  auditAnchorStatus,
  flushAuditAnchor,
  recordBackupHead,
  replaceAuditAnchorAfterRestore,
  watchAuditAnchor,
} from './audit-anchor';
import type { AuditAnchorPort } from './audit-anchor';
import { newId } from '@shared/domain/core/ids';
import { restartAuditAnchor, verifyAuditChain } from './audit-chain-check';
import { appendAudit } from './audit-repository';
import type { AuditEntry } from './audit-repository';
import { DtksDatabase } from '../core/database';
import { setSessionAccount } from '../core/session';
import { freshDatabase } from '../testing/helpers';

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => {
      items.delete(key);
    },
    setItem: (key, value) => {
      items.set(key, String(value));
    },
  };
}

async function write(db: DtksDatabase, summary: string) {
  return db.transaction('rw', db.audit, () =>
    appendAudit(db, {
      actor: 'Siti',
      action: 'update',
      entity: 'keluarga',
      entityId: 'f',
      summary,
    }),
  );
}

/** A database of `n` entries whose anchor (browser adapter over a private storage) followed every append. */
async function anchoredLog(n: number) {
  const db = freshDatabase();
  const storage = memoryStorage();
  const api = createBrowserApi(document, storage);
  attachAuditAnchor(db, 'real', api);
  // One append per user action, each anchored before the next (rapid appends are coalesced).
  for (let i = 1; i <= n; i += 1) {
    await write(db, `catatan ${i}`);
    await flushAuditAnchor(db);
  }
  const check = async () =>
    verifyAuditChain(db, undefined, { anchor: await api.auditAnchorRead('real') });
  return { db, storage, api, check };
}

/** What someone with write access to IndexedDB does: renumber and re-hash so the chain is whole again. */
async function rewriteChain(db: DtksDatabase, change: (entries: AuditEntry[]) => AuditEntry[]) {
  const entries = change(await db.audit.orderBy('seq').toArray());
  let previous: AuditEntry | undefined;
  const rewritten = entries.map((entry, index) => {
    const next: AuditEntry = { ...entry, seq: index + 1, prevHash: linkTo(previous) };
    // This PC's entries: renumbered in its own chain too, hashed without seq.
    if (next.deviceId !== undefined) next.deviceSeq = index + 1;
    next.hash = next.deviceId !== undefined ? hashDeviceEntry(next) : hashAuditEntry(next);
    previous = next;
    return next;
  });
  await db.transaction('rw', db.audit, async () => {
    await db.audit.clear();
    await db.audit.bulkAdd(rewritten);
  });
}

function findings(report: Awaited<ReturnType<typeof verifyAuditChain>>): string[] {
  const anchor = report.anchor;
  return anchor && 'findings' in anchor ? anchor.findings.map((f) => f.message) : [];
}

describe('audit anchor: the three rewrites the chain alone lets through', () => {
  it('an entry edited and every hash after it recomputed', async () => {
    const { db, check } = await anchoredLog(12);
    await rewriteChain(db, (entries) =>
      entries.map((entry) =>
        entry.seq === 7 ? { ...entry, summary: 'Bantuan dihapus (dipalsukan)' } : entry,
      ),
    );
    const report = await check();
    expect(report.problem).toBeNull(); // the chain itself is whole again
    expect(report.anchor?.status).toBe('bermasalah');
    expect(findings(report)).toEqual([
      'Rantai ditulis ulang: hash entri #7 tidak cocok dengan anchor. Log masih cocok dengan anchor sampai entri #6.',
    ]);
  });

  it('the newest entries cut off', async () => {
    const { db, check } = await anchoredLog(12);
    await db.audit.where('seq').above(9).delete();
    const report = await check();
    expect(report.problem).toBeNull();
    expect(findings(report)).toEqual([
      '3 entri terbaru hilang (anchor mencatat 12, log berisi 9).',
    ]);
  });

  it('one entry deleted and the rest renumbered', async () => {
    const { db, check } = await anchoredLog(12);
    await rewriteChain(db, (entries) => entries.filter((entry) => entry.seq !== 4));
    const report = await check();
    expect(report.problem).toBeNull();
    expect(findings(report)).toEqual([
      'Rantai ditulis ulang: hash entri #4 tidak cocok dengan anchor. Log masih cocok dengan anchor sampai entri #3.',
      '1 entri hilang (anchor mencatat 12, log berisi 11).',
    ]);
  });
});

describe('audit anchor keeper', () => {
  it('an untouched log matches its anchor', async () => {
    const { check } = await anchoredLog(5);
    const report = await check();
    expect(report.anchor).toMatchObject({ status: 'cocok', liveCount: 5, protection: 'browser' });
  });

  it('an append after a rewrite does not wash the evidence away', async () => {
    const { db, check } = await anchoredLog(6);
    await rewriteChain(db, (entries) =>
      entries.map((entry) => (entry.seq === 6 ? { ...entry, summary: 'diubah' } : entry)),
    );
    // Enough single appends for the recent checkpoints to move past #6.
    for (let i = 0; i < 40; i += 1) {
      await write(db, `sesudahnya ${i}`);
      await flushAuditAnchor(db);
    }
    expect(findings(await check())).toEqual([
      'Rantai ditulis ulang: hash entri #6 tidak cocok dengan anchor.',
    ]);
  });

  it('follows appends made through another connection (a worker, another window)', async () => {
    const { db, api } = await anchoredLog(2);
    const stop = watchAuditAnchor(db);
    const worker = new DtksDatabase(db.name);
    try {
      await write(worker, 'dari proses latar');
      await vi.waitFor(async () => {
        await flushAuditAnchor(db);
        expect(await api.auditAnchorRead('real')).toMatchObject({ anchor: { count: 3 } });
      });
    } finally {
      stop();
      worker.close();
    }
  });

  it('an aborted transaction leaves the anchor where it was', async () => {
    const { db, api } = await anchoredLog(2);
    await expect(
      db.transaction('rw', db.audit, async () => {
        await appendAudit(db, {
          actor: 'Siti',
          action: 'update',
          entity: 'keluarga',
          entityId: 'f',
          summary: 'dibatalkan',
        });
        throw new Error('batal');
      }),
    ).rejects.toThrow('batal');
    await flushAuditAnchor(db);
    expect(await api.auditAnchorRead('real')).toMatchObject({ anchor: { count: 2 } });
  });

  it('a failed anchor update does not fail the append, and is noted', async () => {
    const db = freshDatabase();
    const port: AuditAnchorPort = {
      auditAnchorRead: async () => ({ status: 'kosong', protection: 'browser' }),
      auditAnchorUpdate: async () => ({ ok: false, message: 'penyimpanan penuh' }),
    };
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    attachAuditAnchor(db, 'real', port);
    await expect(write(db, 'tetap tercatat')).resolves.toMatchObject({ seq: 1 });
    await flushAuditAnchor(db);
    expect(auditAnchorStatus(db)).toEqual({ attached: true, lastError: 'penyimpanan penuh' });
    warn.mockRestore();
  });

  it('reports an anchor edited in storage as damaged (HMAC mismatch)', async () => {
    const { storage, check } = await anchoredLog(3);
    const text = storage.getItem(ANCHOR_STORAGE_KEY)!;
    storage.setItem(ANCHOR_STORAGE_KEY, text.replace('"count":3', '"count":2'));
    const report = await check();
    expect(report.anchor?.status).toBe('bermasalah');
    expect(findings(report)[0]).toMatch(/^Anchor rusak \(HMAC tidak cocok/);
  });

  it('only the admin starts a damaged anchor again, and the restart is the first anchored entry', async () => {
    const { db, storage, check } = await anchoredLog(3);
    const text = storage.getItem(ANCHOR_STORAGE_KEY)!;
    storage.setItem(ANCHOR_STORAGE_KEY, text.replace('"count":3', '"count":2'));
    const finding = findings(await check())[0]!;

    setSessionAccount(db, { id: newId(), username: 'ops', nama: 'Operator', role: 'operator' });
    await expect(restartAuditAnchor(db, finding)).rejects.toThrow(/Tidak diizinkan/);
    expect((await check()).anchor?.status).toBe('bermasalah');

    setSessionAccount(db, { id: newId(), username: 'admin', nama: 'Admin', role: 'admin' });
    await restartAuditAnchor(db, finding);
    const report = await check();
    expect(report.anchor).toMatchObject({
      status: 'cocok',
      liveCount: 4,
      anchor: { count: 4, replaced: [{ reason: 'anchor-rusak' }] },
    });
    const last = await db.audit.orderBy('seq').last();
    expect(last).toMatchObject({ entity: 'anchor log audit', username: 'admin' });
    expect(last?.summary).toContain('HMAC tidak cocok');
  });

  it('compares the heads backup headers carried too, and starts again after a restore', async () => {
    const { db, api, check } = await anchoredLog(4);
    const head = (await db.audit.orderBy('seq').last())!;
    const header = { createdAt: new Date().toISOString(), auditHead: { seq: 4, hash: head.hash! } };
    await recordBackupHead(db, header);
    expect((await check()).anchor).toMatchObject({ status: 'cocok', backups: 1 });

    // The restore brings back entries 1..4 and logs itself as #5; the anchor had gone on to #8.
    for (let i = 0; i < 4; i += 1) {
      await write(db, `sesudah cadangan ${i}`);
      await flushAuditAnchor(db);
    }
    await db.audit.where('seq').above(4).delete();
    await write(db, 'pemulihan');
    await flushAuditAnchor(db);
    expect((await check()).anchor?.status).toBe('bermasalah');
    await replaceAuditAnchorAfterRestore(db, header);
    const report = await check();
    expect(report.anchor).toMatchObject({
      status: 'cocok',
      liveCount: 5,
      backups: 1,
      anchor: { replaced: [{ count: 8, reason: 'pemulihan' }] },
    });
    expect(await api.auditAnchorRead('real')).toMatchObject({ anchor: { count: 5 } });
  });
});
