import { describe, expect, it } from 'vitest';
import {
  canonicalJson,
  checkNext,
  GENESIS_HASH,
  hashAuditEntry,
  linkTo,
  startChain,
} from './audit-chain';
import type { ChainedEntry } from './audit-chain';

function chain(count: number): ChainedEntry[] {
  const entries: ChainedEntry[] = [];
  for (let seq = 1; seq <= count; seq += 1) {
    const entry: ChainedEntry = {
      id: `id-${seq}`,
      seq,
      at: `2026-11-0${(seq % 9) + 1}T10:00:00.000Z`,
      actor: 'Siti (siti)',
      action: 'update',
      entity: 'keluarga',
      entityId: 'fam-1',
      summary: `Perubahan ${seq}`,
      after: { rt: String(seq), nested: { b: 1, a: [1, { z: 2, y: 3 }] } },
      prevHash: linkTo(entries[entries.length - 1]),
    };
    entry.hash = hashAuditEntry(entry);
    entries.push(entry);
  }
  return entries;
}

const verify = (entries: ChainedEntry[]) => entries.reduce(checkNext, startChain());

describe('canonicalJson', () => {
  it('sorts keys at every depth and follows JSON for the rest', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { y: 1, x: 2 }], c: undefined } })).toBe(
      '{"a":{"d":[3,{"x":2,"y":1}]},"b":1}',
    );
    expect(canonicalJson(new Date('2026-01-02T03:04:05.000Z'))).toBe('"2026-01-02T03:04:05.000Z"');
    expect(canonicalJson(undefined)).toBe('null');
    expect(canonicalJson([Number.NaN])).toBe('[null]');
  });

  it('gives the same text for objects that differ only in key order', () => {
    expect(canonicalJson({ a: 1, b: { c: 2, d: 3 } })).toBe(
      canonicalJson({ b: { d: 3, c: 2 }, a: 1 }),
    );
  });
});

describe('audit hash chain', () => {
  it('accepts an intact chain and starts from the genesis hash', () => {
    const entries = chain(5);
    expect(entries[0]?.prevHash).toBe(GENESIS_HASH);
    const state = verify(entries);
    expect(state.problem).toBeNull();
    expect(state.checked).toBe(5);
  });

  it('the hash ignores the stored hash field and key order', () => {
    const [entry] = chain(1);
    if (!entry) throw new Error('no entry');
    const reordered = Object.fromEntries(Object.entries(entry).reverse()) as ChainedEntry;
    expect(hashAuditEntry(reordered)).toBe(entry.hash);
  });

  it('reports an edited summary at the edited entry', () => {
    const entries = chain(5);
    entries[2] = { ...entries[2]!, summary: 'diubah diam-diam' };
    expect(verify(entries).problem).toMatchObject({ seq: 3, kind: 'isi-berubah' });
  });

  it('reports an edited nested value', () => {
    const entries = chain(4);
    entries[1] = { ...entries[1]!, after: { rt: '2', nested: { b: 1, a: [1, { z: 2, y: 4 }] } } };
    expect(verify(entries).problem).toMatchObject({ seq: 2, kind: 'isi-berubah' });
  });

  it('reports an entry whose hash was recomputed after an edit, at the next link', () => {
    const entries = chain(5);
    const edited = { ...entries[1]!, summary: 'dipalsukan' };
    edited.hash = hashAuditEntry(edited);
    entries[1] = edited;
    expect(verify(entries).problem).toMatchObject({ seq: 3, kind: 'rantai-putus' });
  });

  it('reports a deleted entry in the middle as a gap', () => {
    const entries = chain(5);
    entries.splice(2, 1);
    expect(verify(entries).problem).toMatchObject({ seq: 4, kind: 'nomor-urut' });
  });

  it('reports deleted first entries', () => {
    const entries = chain(5).slice(2);
    expect(verify(entries).problem).toMatchObject({ seq: 3, kind: 'rantai-putus' });
  });

  it('reports an entry stripped of its hash after chained ones', () => {
    const entries = chain(3);
    const { hash: _h, ...stripped } = entries[2]!;
    entries[2] = stripped as ChainedEntry;
    expect(verify(entries).problem).toMatchObject({ seq: 3, kind: 'tanpa-hash' });
  });

  it('accepts entries written before chaining only at the start, and links to them', () => {
    const legacy: ChainedEntry = { id: 'old', seq: 1, summary: 'lama' };
    const next: ChainedEntry = { id: 'new', seq: 2, summary: 'baru', prevHash: linkTo(legacy) };
    next.hash = hashAuditEntry(next);
    const state = verify([legacy, next]);
    expect(state.problem).toBeNull();
    expect(state.legacy).toBe(1);
    // Editing the legacy entry now breaks the link of the first chained one.
    expect(verify([{ ...legacy, summary: 'diubah' }, next]).problem).toMatchObject({ seq: 2 });
  });
});
