/**
 * Benchmark page (dist-bench only, never shipped): exposes the app's hot
 * paths to bench/run.mjs, which drives this page in headless Chromium.
 * Every function runs the same code the app runs, on real IndexedDB.
 */
import { generateDemoData } from '@shared/domain/demo-data';
import { generateDemoWorkflow } from '@shared/domain/demo-workflow';
import { DATABASE_NAMES, DtksDatabase } from '../db/database';
import { replaceWithDemoData } from '../db/demo-load';
import { computeRecap } from '../db/recap-repository';

const IDENTITY = {
  namaKelurahan: 'Pahandut',
  kecamatan: 'Pahandut',
  kota: 'Kota Palangka Raya',
  provinsi: 'Kalimantan Tengah',
  kodeWilayah: '6271011001',
  kodeSurat: 'KEL-PHD',
  alamatKantor: 'Jl. Kalimantan No. 1, Palangka Raya',
  telepon: '(0536) 3221234',
  email: 'kel.pahandut@palangkaraya.go.id',
  kodePos: '73111',
  logoDataUrl: '',
};

const PERIOD = 'November 2026';

function openReal(): DtksDatabase {
  return new DtksDatabase(DATABASE_NAMES.real);
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await work();
  return { ms: performance.now() - start, result };
}

const api = {
  /** Fills the real database with `people` generated residents and the settings the app needs. */
  async seed(people: number, seed = 2026) {
    const db = openReal();
    const data = generateDemoData({ seed, people, kodeWilayah: IDENTITY.kodeWilayah });
    const workflow = generateDemoWorkflow({
      seed,
      ...data,
      period: PERIOD,
      timestamp: new Date().toISOString(),
    });
    const { ms } = await timed(() =>
      replaceWithDemoData(
        db,
        { ...data, ...workflow },
        {
          settings: [
            { key: 'kelurahan', value: IDENTITY },
            { key: 'operator', value: { nama: 'Bench' } },
          ],
          officials: [],
        },
        { actor: 'bench', seed },
      ),
    );
    const sample = data.people.filter(
      (_, index) => index % Math.max(1, Math.floor(people / 400)) === 0,
    );
    db.close();
    return {
      ms,
      sample: sample.map((person) => ({ nik: person.nik, nama: person.nama })),
      families: data.families.length,
    };
  },

  /** The Beranda's recap over the whole database. */
  async recap(runs: number) {
    const db = openReal();
    const samples: number[] = [];
    for (let i = 0; i < runs; i += 1)
      samples.push((await timed(() => computeRecap(db, PERIOD))).ms);
    db.close();
    return samples;
  },
};

export type BenchApi = typeof api;

declare global {
  // Declaration merging needs an interface here.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Window {
    dtksBench?: BenchApi;
  }
}

window.dtksBench = api;
const status = document.getElementById('status');
if (status) status.textContent = 'Benchmark siap';
