import { MantineProvider } from '@mantine/core';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Letter } from '@shared/domain/core/entities';
import { newId } from '@shared/domain/core/ids';
import { RegisterTable } from './RegisterTable';

// jsdom lays nothing out: give the scroller a 600 px window and every row 64 px.
const sizes = {
  clientHeight: Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight'),
  offsetHeight: Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'offsetHeight'),
};
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, value: 600 });
  Object.defineProperty(HTMLElement.prototype, 'offsetHeight', { configurable: true, value: 64 });
});
afterAll(() => {
  for (const [name, descriptor] of Object.entries(sizes)) {
    if (descriptor) Object.defineProperty(HTMLElement.prototype, name, descriptor);
  }
});
afterEach(cleanup);

function letter(seq: number): Letter {
  const number = `400.9.2/${String(seq).padStart(4, '0')}/KEL-PHD/XI/2026`;
  return {
    id: newId(),
    type: 'sktm',
    year: 2026,
    seq,
    number,
    date: '2026-11-05',
    status: seq % 10 === 0 ? 'batal' : 'terbit',
    cancelReason: seq % 10 === 0 ? 'Salah ketik nama' : undefined,
    subject: { nama: `Warga ${seq}`, nik: '6271014507900001' },
    purpose: 'Pendaftaran sekolah',
    signer: { nama: 'Drs. Ahmad', jabatan: 'Lurah' },
    reprints: [],
  } as unknown as Letter;
}

function show(letters: Letter[]) {
  return render(
    <MantineProvider>
      <MemoryRouter>
        <RegisterTable
          letters={letters}
          emptyText="Belum ada surat."
          busy={null}
          onOutput={() => undefined}
          onCancel={() => undefined}
        />
      </MemoryRouter>
    </MantineProvider>,
  );
}

describe('RegisterTable', () => {
  it('puts only the rows in view in the page, and reaches the last of 3,000 letters', async () => {
    const letters = Array.from({ length: 3000 }, (_, index) => letter(index + 1));
    show(letters);
    const rows = () => document.querySelectorAll('tr[data-number]');
    expect(rows().length).toBeGreaterThan(5);
    expect(rows().length).toBeLessThan(60);
    expect(document.querySelector('tr[data-number]')?.getAttribute('data-number')).toBe(
      letters[0]?.number,
    );
    expect(screen.getByRole('button', { name: `Tindakan untuk surat ${letters[0]?.number}` }));

    const scroller = screen.getByTestId('letter-register-scroller');
    await act(async () => {
      Object.defineProperty(scroller, 'scrollTop', { configurable: true, value: 3000 * 64 });
      fireEvent.scroll(scroller);
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    const last = letters[2999]?.number ?? '';
    expect(document.querySelector(`tr[data-number="${last}"]`)).not.toBeNull();
    expect(document.querySelector(`tr[data-number="${letters[0]?.number}"]`)).toBeNull();
    expect(rows().length).toBeLessThan(60);
  });

  it('says so when no letter matches', () => {
    show([]);
    expect(screen.getByText('Belum ada surat.')).toBeTruthy();
    expect(document.querySelectorAll('tr[data-number]')).toHaveLength(0);
  });
});
