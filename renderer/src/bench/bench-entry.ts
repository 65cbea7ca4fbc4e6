/**
 * Benchmark page (dist-bench only, never shipped): exposes the app's hot
 * paths to bench/run.mjs, which drives this page in headless Chromium.
 * Every function runs the same code the app runs, on real IndexedDB.
 */
import Dexie from 'dexie';
import { newId } from '@shared/domain/core/ids';
import * as XLSX from 'xlsx';
import { batchContentHash } from '@shared/domain/ekspor/batch';
import { sampleRecord, SAMPLE_DOCUMENT } from '@shared/domain/ekspor/test-data';
import { generateDemoData } from '@shared/demo/demo-data';
import { generateDemoWorkflow } from '@shared/demo/demo-workflow';
import type {
  Batch,
  BatchRow,
  Decision,
  Letter,
  MeetingParticipant,
} from '@shared/domain/core/entities';
import { CURRENT_EXPORT_TEMPLATE, isExportKind } from '@shared/domain/ekspor/template';
import { PRELIST_HEADERS, prelistRow } from '@shared/domain/impor/prelist-test-data';
import { packageTables } from '@shared/reports/batch-package';
import type { PackageRow } from '@shared/reports/batch-package';
import { buildBeritaAcara } from '@shared/reports/berita-acara';
import type { ResultRow } from '@shared/reports/musyawarah-common';
import {
  SAMPLE_CHAIR,
  SAMPLE_IDENTITY,
  SAMPLE_SKTM_LETTER,
  sampleLockedMeeting,
} from '@shared/reports/report-test-data';
import { createAccount } from '../db/keamanan/account-repository';
import { DATABASE_NAMES, DtksDatabase } from '../db/core/database';
import { idbDone, idbRequest } from '../db/core/raw-idb';
import { withoutIndexedFields } from './raw-rows';
import { replaceWithDemoData } from '../db/pengaturan/demo-load';
import { computeRecap, overlapFamilyIds } from '../db/beranda/recap-repository';
import { SUMMARY_ID, undecidedPairsOf } from '@shared/domain/beranda/summary';
import { deferBerandaSummary, rebuildBerandaSummary } from '../db/beranda/summary-middleware';
import { MAX_DUPLICATE_GROUP } from '@shared/domain/warga/person-keys';
import { proposalCounts } from '@shared/domain/beranda/recap';
import { searchPeople } from '../db/warga/search';
import { renderLetterPdf } from '../documents/letter-output';
import { undoImport } from '../db/impor/undo';
import { buildPackageInWorker } from '../workers/batch-package-client';
import { startImportSession } from '../workers/import-client';
import { renderPdf, warmUpPdfWorker } from '../workers/render-pdf';
import { meetingCases } from './meeting-cases';
import { scaleCases } from './scale-cases';
import { sinkronCases } from './sinkron-cases';

const IDENTITY = SAMPLE_IDENTITY;

const PERIOD = 'November 2026';

function openReal(): DtksDatabase {
  return new DtksDatabase(DATABASE_NAMES.real);
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await work();
  return { ms: performance.now() - start, result };
}

/** Samples the window's JS heap every 50 ms (precise with --enable-precise-memory-info). Workers have their own heaps. */
function heapSampler(): () => number {
  const memory = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
  let peak = memory?.usedJSHeapSize ?? 0;
  const timer = setInterval(() => {
    peak = Math.max(peak, memory?.usedJSHeapSize ?? 0);
  }, 50);
  return () => {
    clearInterval(timer);
    peak = Math.max(peak, memory?.usedJSHeapSize ?? 0);
    return Math.round((peak / 1024 / 1024) * 10) / 10;
  };
}

/** The longest main-thread task while the watch runs (Long Tasks API: tasks over 50 ms). */
function longTaskWatch(): () => number {
  let longest = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  return () => {
    for (const entry of observer.takeRecords()) longest = Math.max(longest, entry.duration);
    observer.disconnect();
    return Math.round(longest);
  };
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');
let prelistBytes: Uint8Array | null = null;
/** The rows one import stored (read back before its undo): what the store-only ceiling writes. */
let storedByImport: { people: unknown[]; families: unknown[] } | null = null;

/**
 * The import's rows under new keys from the app's factory, as a new import makes them. The
 * rows as stored were deleted by the import's undo, and adding a key just deleted costs
 * Chromium's IndexedDB less than a new one: in a 200,000-person registry the same rows took
 * 6.2-9.7 s under the keys just deleted and 11.6-12.5 s under new random keys (stop 32), so
 * re-adding them made this ceiling look lower than any import can reach.
 */
function withNewKeys(rows: { people: unknown[]; families: unknown[] }) {
  const familyKeys = new Map<string, string>();
  const families = rows.families.map((row) => {
    const family = row as { id: string };
    const id = newId();
    familyKeys.set(family.id, id);
    return { ...family, id };
  });
  const people = rows.people.map((row) => {
    const person = row as { familyId: string };
    return { ...person, id: newId(), familyId: familyKeys.get(person.familyId) ?? person.familyId };
  });
  return { people, families };
}

function deleteDatabase(name: string): Promise<void> {
  return Dexie.delete(name);
}

/** A fresh, empty app database for one import run, so every run does the same work. */
async function scratchName(prefix: string, run: number): Promise<string> {
  const name = `${prefix}-${run}`;
  await deleteDatabase(name);
  return name;
}

const BA_IDENTITY = IDENTITY;

function baRow(i: number): ResultRow {
  const n = String(i).padStart(4, '0');
  const decisions: Decision[] = ['layak', 'layak', 'tidak_layak', 'ditunda'];
  const decision = decisions[i % decisions.length] ?? 'layak';
  return {
    candidate: {
      proposalId: `p-${n}`,
      nama: `Warga Nomor ${n}`,
      nik: `627101120390${n}`.slice(0, 16),
      noKk: `627101010110${n}`.slice(0, 16),
      alamat: `Jl. Cilik Riwut Gg. ${i}`,
      rt: String((i % 12) + 1).padStart(3, '0'),
      rw: String((i % 4) + 1).padStart(3, '0'),
      kind: i % 5 === 0 ? 'nonaktif' : 'baru',
      ...(i % 5 === 0 ? { nonaktifReason: 'pindah' as const } : {}),
      source: i % 3 === 0 ? 'prelist' : 'rt_rw',
      programme: 'PKH',
      familySize: 4,
      criteriaSummary: '5 dari 8 kriteria terpenuhi',
      ...(i % 5 === 0 ? {} : { criteriaSetId: 'kepmensos-262-2022' }),
    },
    decision,
    reason: decision === 'layak' ? '' : 'Perlu verifikasi lapangan ulang',
  };
}

function baInput(count: number) {
  const rows = Array.from({ length: count }, (_, i) => baRow(i + 1));
  const participants: MeetingParticipant[] = (
    [
      ['Bambang', 'RW', 'L'],
      ['Sari', 'RT', 'P'],
      ['Yusuf', 'LPMK', 'L'],
      ['Maria', 'Pendamping PKH', 'P'],
    ] as const
  ).map(([nama, unsur, sex], i) => ({
    id: `pt-${i}`,
    meetingId: 'm-1',
    nama,
    unsur,
    jabatan: `Ketua ${unsur}`,
    jenisKelamin: sex,
    invited: true,
    present: true,
  }));
  const meeting = sampleLockedMeeting(rows, PERIOD);
  return {
    identity: BA_IDENTITY,
    meeting,
    chair: SAMPLE_CHAIR,
    participants,
    rows,
    paper: 'A4' as const,
    nikMode: 'masked' as const,
  };
}

const SAMPLE_LETTER: Pick<
  Letter,
  | 'type'
  | 'number'
  | 'date'
  | 'subject'
  | 'dependants'
  | 'purpose'
  | 'coverLetter'
  | 'validUntil'
  | 'signer'
  | 'status'
> & { qrPayload: string } = {
  ...SAMPLE_SKTM_LETTER,
  type: 'sktm',
  dependants: [
    ...SAMPLE_SKTM_LETTER.dependants,
    {
      nik: '6271014708170003',
      nama: 'Dewi Santoso',
      jenisKelamin: 'P',
      tempatLahir: 'Palangka Raya',
      tanggalLahir: '2017-08-07',
      shdk: 'Anak',
    },
  ],
  qrPayload: 'DTKS1.sktm.400.9.2/007/KEL-PHD/XI/2026.6271015203900001.2026-11-27.c2lnbmF0dXJl',
};

const KINDS = ['baru', 'perbaikan', 'nonaktif'] as const;

function makeBatch(count: number): Batch {
  const rows: BatchRow[] = Array.from({ length: count }, (_, i) => {
    const n = String(i + 1).padStart(5, '0');
    const kind = KINDS[i % 3] ?? 'baru';
    return {
      proposalId: `p-${n}`,
      personId: `u-${n}`,
      familyId: `f-${n}`,
      kind,
      record: sampleRecord({
        nik: `62710112039${n}`,
        noKk: `62710101011${n}`,
        nama: `Warga Nomor ${n}`,
        nonaktifReason: kind === 'nonaktif' ? 'pindah' : '',
      }),
    };
  });
  const batch: Batch = {
    id: '7b0c1c52-3b0f-4a4e-9d44-3d5f3a1f2e10',
    number: 4,
    version: 1,
    meetingId: 'm-1',
    period: PERIOD,
    kodeWilayah: IDENTITY.kodeWilayah,
    decisionDocument: SAMPLE_DOCUMENT,
    rows,
    state: 'tervalidasi',
    contentHash: '',
    templateVersion: CURRENT_EXPORT_TEMPLATE.version,
    createdAt: new Date(2026, 10, 21, 9).toISOString(),
    createdBy: 'Bench',
    history: [],
  };
  return { ...batch, contentHash: batchContentHash(batch, rows) };
}

const api = {
  ...scaleCases,
  ...sinkronCases,
  ...meetingCases,
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
    // A kept profile opened by a newer build runs its schema upgrades here (v12 on 200,000
    // people is what an office's first start after an update waits for).
    const { ms: openMs } = await timed(() => db.open());
    // With BENCH_PROFILE the database may already hold exactly this data.
    const mark = `${seed}:${people}`;
    const reuse =
      localStorage.getItem('dtks-bench-seeded') === mark &&
      (await db.people.count()) === data.people.length;
    localStorage.removeItem('dtks-bench-seeded');
    const { ms } = await timed(async () =>
      reuse
        ? undefined
        : replaceWithDemoData(
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
    localStorage.setItem('dtks-bench-seeded', mark);
    // A database seeded before the summary kept the period figures: count it once (untimed),
    // as the repair button would, so the cases measure the summary the app keeps.
    if (reuse && !(await db.berandaSummary.get(SUMMARY_ID))?.periods)
      await db.transaction(
        'rw',
        [db.families, db.people, db.aid, db.proposals, db.assessments, db.berandaSummary],
        async () => {
          deferBerandaSummary();
          await rebuildBerandaSummary();
        },
      );
    // The Lurah who chairs the meeting (meeting_300 creates one through the app's form).
    if ((await db.officials.count()) === 0)
      await db.officials.put({
        id: newId(),
        nama: 'Drs. H. Ahmad Yani, M.Si.',
        jabatan: 'Lurah',
        pangkatGolongan: 'Pembina (IV/a)',
        nip: '197203151998031004',
        aktif: true,
      });
    // Accounts exist in every office since issue 7: the app opens on its sign-in screen.
    if ((await db.accounts.count()) === 0)
      await createAccount(db, {
        username: 'admin',
        nama: 'Bench',
        role: 'admin',
        password: 'Rahasia-Kelurahan-2026',
      });
    const sample = data.people.filter(
      (_, index) => index % Math.max(1, Math.floor(people / 400)) === 0,
    );
    db.close();
    return {
      ms,
      openMs,
      sample: sample.map((person) => ({ nik: person.nik, nama: person.nama })),
      families: data.families.length,
      /** Distinct name words in the registry: the vocabulary search runs against. */
      words: new Set(data.people.flatMap((person) => person.nama.split(' '))).size,
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

  /** The Beranda's first visit after the app opens: a new connection, then the recap. */
  async recapCold() {
    const start = performance.now();
    const db = openReal();
    await db.open();
    await computeRecap(db, PERIOD);
    const ms = performance.now() - start;
    db.close();
    return ms;
  },

  /** Where a cold recap's time goes: each read alone on a new connection (bench --only=recap). */
  async recapParts() {
    const parts: Record<string, number> = {};
    const db = openReal();
    parts.open = (await timed(() => db.open())).ms;
    parts.summary = (await timed(() => db.berandaSummary.toArray())).ms;
    const proposals = await timed(() => db.proposals.where('period').equals(PERIOD).toArray());
    parts.proposals = proposals.ms;
    parts.assessments = (
      await timed(() =>
        db.assessments
          .where('proposalId')
          .anyOf(proposals.result.map((p) => p.id))
          .toArray(),
      )
    ).ms;
    parts.proposalFamilies = (
      await timed(() => db.families.bulkGet([...new Set(proposals.result.map((p) => p.familyId))]))
    ).ms;
    parts.aid = (await timed(() => db.aid.toArray())).ms;
    parts.decided = (await timed(() => db.duplicateDecisions.orderBy('pairKey').keys())).ms;
    parts.batches = (await timed(() => db.batches.toArray())).ms;
    const summary = (await db.berandaSummary.toArray())[0];
    const aidRows = await db.aid.toArray();
    const cpu = (work: () => unknown) => {
      const start = performance.now();
      work();
      return performance.now() - start;
    };
    parts.cpuOverlap = cpu(() => overlapFamilyIds(aidRows));
    parts.cpuPairs = cpu(
      () => summary && undecidedPairsOf(summary, new Set(), MAX_DUPLICATE_GROUP),
    );
    parts.dupGroups = summary ? Object.keys(summary.dupGroups).length : -1;
    parts.cpuCounts = cpu(() =>
      proposalCounts(
        proposals.result.map((p) => ({
          familyId: p.familyId,
          status: p.status,
          kind: p.kind,
          source: p.source,
          ...(p.decision ? { decision: p.decision.value } : {}),
        })),
      ),
    );
    parts.whole = (await timed(() => computeRecap(db, PERIOD))).ms;
    parts.proposalCount = proposals.result.length;
    parts.aidCount = await db.aid.count();
    db.close();
    return parts;
  },

  /** Search: each query timed alone, as the search box runs it (default limit). */
  async search(queries: string[]) {
    const db = openReal();
    await searchPeople(db, 'warm'); // opens the database
    const samples: number[] = [];
    let hits = 0;
    for (const query of queries) {
      const { ms, result } = await timed(() => searchPeople(db, query));
      samples.push(ms);
      hits += result.length > 0 ? 1 : 0;
    }
    db.close();
    return { samples, hits };
  },

  /**
   * Builds a prelist XLSX of `rows` people nobody in the seeded registry of `registry` people
   * has: the generator (same seed) runs on past the registry and the file takes the families
   * after the last one the registry holds, so every NIK and No. KK is new to the office and the
   * import stores `rows` people (the same work as the floor) after matching them all.
   */
  makePrelist(rows: number, registry = 0, seed = 2026) {
    const data = generateDemoData({
      seed,
      people: registry + rows + 200,
      kodeWilayah: IDENTITY.kodeWilayah,
    });
    // The registry's own last family was cut short, so its members got other birth dates
    // there than here: start after it, and leave out any family sharing a number with it.
    const lastFamily = registry > 0 ? data.people[registry - 1]?.familyId : undefined;
    const firstFamily = data.families.findIndex((family) => family.id === lastFamily) + 1;
    const taken = new Set<string>();
    if (registry > 0) {
      const stored = generateDemoData({
        seed,
        people: registry,
        kodeWilayah: IDENTITY.kodeWilayah,
      });
      const cut = stored.families.at(-1);
      if (cut) taken.add(cut.noKk);
      for (const person of stored.people) if (person.familyId === cut?.id) taken.add(person.nik);
    }
    const clashes = new Set(
      data.people.filter((person) => taken.has(person.nik)).map((person) => person.familyId),
    );
    const familyById = new Map(
      data.families
        .slice(firstFamily)
        .filter((family) => !taken.has(family.noKk) && !clashes.has(family.id))
        .map((family) => [family.id, family]),
    );
    const listed = data.people.filter((person) => familyById.has(person.familyId)).slice(0, rows);
    const aoa = listed.map((person, index) => {
      const family = familyById.get(person.familyId);
      if (!family) throw new Error(`Keluarga ${person.familyId} tidak ada`);
      return prelistRow(person, family, index);
    });
    const sheet = XLSX.utils.aoa_to_sheet([PRELIST_HEADERS, ...aoa]);
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, sheet, 'Prelist');
    prelistBytes = new Uint8Array(
      XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer,
    );
    return { rows: aoa.length, bytes: prelistBytes.byteLength };
  },

  /**
   * The app's import, end to end in its worker: open (parse), check (validate, dedup against
   * the registry), commit (store). It writes into the seeded registry (the real database,
   * `seed` people), so matching and every index write see a full office; the app's own undo
   * removes the rows again afterwards (not timed), so every run starts from the same registry.
   */
  async importPrelist(run: number) {
    if (!prelistBytes) throw new Error('makePrelist first');
    const dbName = DATABASE_NAMES.real;
    // The app's window keeps its connection open while the worker imports; so does the
    // bench (otherwise the worker would also time reopening the browser's store).
    const windowDb = openReal();
    await windowDb.open();
    const heap = heapSampler();
    const bytes = prelistBytes.slice().buffer;
    const start = performance.now();
    const session = startImportSession(dbName, null, () => {});
    let importId: string | null = null;
    try {
      const opened = await session.open(`prelist-bench-${run}.xlsx`, bytes);
      const opens = performance.now();
      const summary = await session.check(opened.mapping, 'Prelist DTKS');
      const checked = performance.now();
      const result = await session.commit(null);
      importId = result.importId;
      const ms = performance.now() - start;
      if (!storedByImport) {
        // Untimed: the rows exactly as this import stored them, for the store-only ceiling.
        const people = await windowDb.people.where('importId').equals(importId).toArray();
        const families = await windowDb.families.where('importId').equals(importId).toArray();
        storedByImport = { people, families };
      }
      return {
        ms,
        phases: { open: opens - start, check: checked - opens, commit: start + ms - checked },
        heapMb: heap(),
        valid: summary.validRows,
        existing: summary.existingPeople,
        people: result.peopleCreated,
        families: result.familiesCreated,
      };
    } finally {
      session.cancel();
      heap();
      if (importId) await undoImport(windowDb, importId);
      windowDb.close();
    }
  },

  /** People in the real database (the registry the import writes into). */
  async registrySize() {
    const db = openReal();
    const count = await db.people.count();
    db.close();
    return count;
  },

  /**
   * The import's ceiling: the people and families one import stored, added again under new
   * keys (`withNewKeys`) with raw IndexedDB into the same registry in one transaction (no
   * parse, no check, no Dexie, no summary, no audit), then deleted (untimed). No code above IndexedDB can write what the
   * import writes faster than this; its ratio to the floor says how far a better import can go.
   */
  async importStoreOnly(options: { primaryKeyOnly?: boolean } = {}) {
    if (!storedByImport) throw new Error('importPrelist first');
    const { people, families } = withNewKeys(storedByImport);
    const db = await idbRequest(indexedDB.open(DATABASE_NAMES.real));
    try {
      const stored = options.primaryKeyOnly
        ? {
            people: people.map(withoutIndexedFields(db, 'people')),
            families: families.map(withoutIndexedFields(db, 'families')),
          }
        : { people, families };
      const start = performance.now();
      const tx = db.transaction(['people', 'families'], 'readwrite');
      const peopleStore = tx.objectStore('people');
      const familyStore = tx.objectStore('families');
      for (const row of stored.families) familyStore.add(row);
      for (const row of stored.people) peopleStore.add(row);
      await idbDone(tx);
      const ms = performance.now() - start;
      const undo = db.transaction(['people', 'families'], 'readwrite');
      for (const row of people) undo.objectStore('people').delete((row as { id: string }).id);
      for (const row of families) undo.objectStore('families').delete((row as { id: string }).id);
      await idbDone(undo);
      return { ms, people: people.length, families: families.length };
    } finally {
      db.close();
    }
  },

  /** Floor for the import: SheetJS parse plus Dexie bulkAdd of the same rows, nothing else. */
  async importFloor(run: number) {
    if (!prelistBytes) throw new Error('makePrelist first');
    const name = await scratchName('dtks-bench-floor', run);
    const db = new Dexie(name);
    db.version(1).stores({ people: 'id, nik, nomor_kk' });
    await db.open();
    const start = performance.now();
    const book = XLSX.read(prelistBytes, { type: 'array' });
    const first = book.SheetNames[0] ?? '';
    const sheet = book.Sheets[first];
    if (!sheet) throw new Error('no sheet');
    const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(sheet, { raw: false });
    await db.table('people').bulkAdd(rows.map((row, i) => ({ id: `r${i}`, ...row })));
    const ms = performance.now() - start;
    db.close();
    await deleteDatabase(name);
    return { ms, rows: rows.length };
  },

  /** Loads pdfmake and its fonts in the PDF worker, as the app does when the letter screen opens. */
  async warmPdf() {
    warmUpPdfWorker();
    const db = openReal();
    const { ms } = await timed(() => renderLetterPdf(db, SAMPLE_LETTER));
    db.close();
    return ms;
  },

  /** One SKTM on demand through the app's path (identity and settings read, QR drawn, PDF rendered). */
  async sktm(runs: number) {
    const db = openReal();
    const samples: number[] = [];
    let bytes = 0;
    for (let i = 0; i < runs; i += 1) {
      const { ms, result } = await timed(() => renderLetterPdf(db, SAMPLE_LETTER));
      samples.push(ms);
      bytes = result.byteLength;
    }
    db.close();
    return { samples, bytes };
  },

  /** `count` letters one after the other, as a clerk printing a day's queue. */
  async sktmBatch(count: number) {
    const db = openReal();
    const start = performance.now();
    for (let i = 0; i < count; i += 1) {
      await renderLetterPdf(db, {
        ...SAMPLE_LETTER,
        number: `400.9.2/${pad(i + 1, 3)}/KEL-PHD/XI/2026`,
      });
    }
    const ms = performance.now() - start;
    db.close();
    return ms;
  },

  /** A Berita Acara with `rows` rows in Lampiran I; the window's longest task meanwhile. */
  async beritaAcara(rows: number) {
    const heap = heapSampler();
    const longest = longTaskWatch();
    const start = performance.now();
    const bytes = await renderPdf(buildBeritaAcara(baInput(rows)));
    const ms = performance.now() - start;
    // Let the observer deliver the last entries.
    await new Promise((resolve) => setTimeout(resolve, 50));
    return { ms, bytes: bytes.byteLength, longestTaskMs: longest(), heapMb: heap() };
  },

  /** The whole batch ZIP (XLSX, CSV, PDF, manifest) in the app's package worker. */
  async exportBatch(rows: number) {
    const batch = makeBatch(rows);
    const pdf = new TextEncoder().encode('%PDF-1.4 contoh');
    const start = performance.now();
    const output = await buildPackageInWorker(
      {
        batch,
        kelurahan: {
          nama: IDENTITY.namaKelurahan,
          kecamatan: IDENTITY.kecamatan,
          kota: IDENTITY.kota,
          provinsi: IDENTITY.provinsi,
        },
        exportedAt: new Date().toISOString(),
        exportedBy: 'Bench',
        pdf,
      },
      () => {},
    );
    return { ms: performance.now() - start, bytes: output.zip.byteLength };
  },

  /** Floor for the export: one XLSX write (SheetJS, same options) of the same rows. */
  exportFloor(rows: number) {
    const batch = makeBatch(rows);
    const packageRows: PackageRow[] = batch.rows.flatMap((row) =>
      row.record && isExportKind(row.kind) ? [{ kind: row.kind, record: row.record }] : [],
    );
    const tables = packageTables(CURRENT_EXPORT_TEMPLATE, packageRows, {
      kodeWilayah: batch.kodeWilayah,
      document: batch.decisionDocument,
    });
    const start = performance.now();
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(tables.all), 'Data');
    const out = XLSX.write(book, {
      type: 'array',
      bookType: 'xlsx',
      compression: true,
    }) as ArrayBuffer;
    return { ms: performance.now() - start, bytes: out.byteLength };
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
