import { MantineProvider } from '@mantine/core';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DatabaseContext } from '../../kit/database-context';
import { freshDatabase } from '../../db/testing/helpers';
import { OfficialsSection } from './OfficialsSection';

afterEach(cleanup);

function mount() {
  const db = freshDatabase();
  render(
    <MantineProvider>
      <DatabaseContext.Provider value={{ db, kind: 'real' }}>
        <OfficialsSection />
      </DatabaseContext.Provider>
    </MantineProvider>,
  );
  return db;
}

describe('official form', () => {
  it('warns, without refusing, when the NIP puts the appointment before the age of 18', async () => {
    const db = mount();
    fireEvent.click(await screen.findByRole('button', { name: 'Tambah pejabat' }));
    const nip = await screen.findByLabelText('NIP (18 digit)');
    fireEvent.change(nip, { target: { value: '197805122003121004' } });
    expect(screen.queryByTestId('nip-warning')).toBeNull();
    // Born May 1990, appointed December 2003.
    fireEvent.change(nip, { target: { value: '199005122003121004' } });
    expect((await screen.findByTestId('nip-warning')).textContent).toMatch(
      /usia 13 tahun.*Data tetap dapat disimpan/,
    );
    fireEvent.change(screen.getByLabelText(/Nama lengkap dengan gelar/), {
      target: { value: 'Drs. Ahmad Yani' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    await waitFor(async () => expect(await db.officials.count()).toBe(1));
    expect((await db.officials.toArray())[0]).toMatchObject({ nip: '199005122003121004' });
  });
});
