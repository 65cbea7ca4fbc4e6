import { MantineProvider } from '@mantine/core';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DatabaseContext } from '../../kit/database-context';
import { importRecords, seedSettings } from '../../db/testing/import-fixtures';
import { commitImport } from '../../db/impor/repository';
import { freshDatabase } from '../../db/testing/helpers';
import { DemoDataSection } from './DemoDataSection';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('DemoDataSection in training mode', () => {
  it('asks before replacing the training data, naming what it holds, and starts nothing on Batal', async () => {
    const db = freshDatabase();
    await seedSettings(db);
    await commitImport(db, {
      records: importRecords(8, 4),
      fileName: 'latihan.xlsx',
      proposals: null,
    });
    const started = vi.fn();
    vi.stubGlobal(
      'Worker',
      class {
        constructor() {
          started();
        }
        postMessage() {}
        terminate() {}
      },
    );
    render(
      <MantineProvider>
        <DatabaseContext.Provider value={{ db, kind: 'training' }}>
          <DemoDataSection />
        </DatabaseContext.Provider>
      </MantineProvider>,
    );
    const load = screen.getByTestId('load-demo');
    await waitFor(() => expect((load as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(load);
    const dialog = await screen.findByRole('dialog', { name: 'Ganti seluruh data latihan?' });
    expect(dialog.textContent).toContain('8 warga dalam 2 keluarga');
    fireEvent.click(screen.getByRole('button', { name: 'Batal' }));
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: 'Ganti data latihan' })).toBeNull(),
    );
    expect(started).not.toHaveBeenCalled();
  });
});
