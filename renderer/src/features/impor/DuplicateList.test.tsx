import { MantineProvider } from '@mantine/core';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { PersonRow } from '@shared/domain/core/entities';
import { newId } from '@shared/domain/core/ids';
import { pairKeyOf } from '../../db/impor/duplicates-repository';
import type { DuplicateCandidate } from '../../db/impor/duplicates-repository';
import { DuplicateList } from './DuplicateList';
import { DuplicatePairCard } from './DuplicatePairCard';

// jsdom lays nothing out: give the scroller a 700 px window and every card 560 px.
const sizes = {
  clientHeight: Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight'),
  offsetHeight: Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'offsetHeight'),
};
beforeAll(() => {
  // The note's autosizing textarea listens for web fonts; jsdom has no FontFaceSet.
  if (!('fonts' in document)) {
    Object.defineProperty(document, 'fonts', {
      configurable: true,
      value: { addEventListener: () => undefined, removeEventListener: () => undefined },
    });
  }
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, value: 700 });
  Object.defineProperty(HTMLElement.prototype, 'offsetHeight', { configurable: true, value: 560 });
});
afterAll(() => {
  for (const [name, descriptor] of Object.entries(sizes)) {
    if (descriptor) Object.defineProperty(HTMLElement.prototype, name, descriptor);
  }
});
afterEach(cleanup);

function person(nama: string, nik: string): PersonRow {
  return {
    id: newId(),
    familyId: newId(),
    nama,
    nik,
    tanggalLahir: '1980-01-01',
    tempatLahir: 'Palangka Raya',
    jenisKelamin: 'L',
    namaIbuKandung: 'Siti',
    shdk: 'kepala',
    statusKeberadaan: 'ada',
  } as unknown as PersonRow;
}

function pair(index: number): DuplicateCandidate {
  const a = person(`Warga Ganda ${index}`, `62710101${String(index).padStart(8, '0')}`);
  const b = person(`Warga Ganda ${index}`, `62710102${String(index).padStart(8, '0')}`);
  return { pairKey: pairKeyOf(a.id, b.id), reasons: ['nama'], a, b };
}

describe('DuplicateList', () => {
  it('draws only the cards in view, and reaches the last of 600 pairs', async () => {
    const candidates = Array.from({ length: 600 }, (_, index) => pair(index + 1));
    render(
      <MantineProvider>
        <DuplicateList
          candidates={candidates}
          renderCard={(candidate) => (
            <DuplicatePairCard
              candidate={candidate}
              busy={false}
              draft={{ keep: null, note: '' }}
              onDraftChange={() => undefined}
              onNotDuplicate={() => undefined}
              onMerge={() => undefined}
            />
          )}
        />
      </MantineProvider>,
    );
    const cards = () => screen.queryAllByTestId('duplicate-pair');
    expect(cards().length).toBeGreaterThan(0);
    expect(cards().length).toBeLessThan(10);
    expect(within(cards()[0] as HTMLElement).getAllByText('Warga Ganda 1')).toHaveLength(2);
    expect(within(cards()[0] as HTMLElement).getByRole('button', { name: 'Bukan duplikat' }));

    const scroller = screen.getByTestId('duplicate-list');
    await act(async () => {
      // Past the end: the list stops at its last card.
      Object.defineProperty(scroller, 'scrollTop', { configurable: true, value: 600 * 1000 });
      fireEvent.scroll(scroller);
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    expect(screen.getAllByText('Warga Ganda 600')).toHaveLength(2);
    expect(screen.queryByText('Warga Ganda 1')).toBeNull();
    expect(cards().length).toBeLessThan(10);
    // A ceiling, not a speed check: 600 rendered pairs took 5.7 s on a loaded machine.
  }, 30_000);
});
