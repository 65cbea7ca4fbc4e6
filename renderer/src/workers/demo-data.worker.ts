/// <reference lib="webworker" />
import type { SessionAccount } from '@shared/domain/keamanan/accounts';
import { generateDemoData } from '@shared/demo/demo-data';
import { generateDemoWorkflow } from '@shared/demo/demo-workflow';
import { periodLabel } from '@shared/domain/core/settings';
import { DATABASE_NAMES, DtksDatabase } from '../db/core/database';
import { replaceWithDemoData } from '../db/pengaturan/demo-load';
import type { DemoUnit } from '../db/pengaturan/demo-load';
import { getPeriod } from '../db/pengaturan/repository';
import { setSessionAccount } from '../db/core/session';
import { describeStorageError } from '../db/core/storage-errors';

export type DemoDataRequest = {
  /** The signed-in account: the load is permission-checked and audited under it. */
  account: SessionAccount | null;
  seed: number;
  people: number;
  kodeWilayah: string;
  actor: string;
};

export type DemoDataMessage =
  | { type: 'progress'; phase: 'generate'; done: number; total: number }
  | { type: 'progress'; phase: 'write'; done: number; total: number; unit: DemoUnit }
  | { type: 'done'; families: number; people: number }
  | { type: 'error'; message: string };

const post = (message: DemoDataMessage) => self.postMessage(message);

self.onmessage = async (event: MessageEvent<DemoDataRequest>) => {
  const request = event.data;
  const source = new DtksDatabase(DATABASE_NAMES.real);
  const target = new DtksDatabase(DATABASE_NAMES.training);
  if (request.account) setSessionAccount(target, request.account);
  try {
    post({ type: 'progress', phase: 'generate', done: 0, total: request.people });
    const data = generateDemoData({
      seed: request.seed,
      people: request.people,
      kodeWilayah: request.kodeWilayah,
    });
    const [settings, officials, period] = await Promise.all([
      source.settings.toArray(),
      source.officials.toArray(),
      getPeriod(source),
    ]);
    const now = new Date();
    const workflow = generateDemoWorkflow({
      seed: request.seed,
      ...data,
      period: periodLabel(period, now),
      timestamp: now.toISOString(),
    });
    await replaceWithDemoData(
      target,
      { ...data, ...workflow },
      { settings, officials },
      { actor: request.actor, seed: request.seed },
      (done, total, unit) => post({ type: 'progress', phase: 'write', done, total, unit }),
    );
    post({ type: 'done', families: data.families.length, people: data.people.length });
  } catch (error) {
    post({ type: 'error', message: describeStorageError(error, 'Memuat data latihan') });
  } finally {
    source.close();
    target.close();
  }
};
