import { MantineProvider } from '@mantine/core';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DatabaseContext } from '../../kit/database-context';
import { seedIdentity } from '../../db/testing/batch-seed';
import { createBackup } from '../../db/cadangan/backup';
import { freshDatabase } from '../../db/testing/helpers';
import { DesktopApiContext } from '../../platform';
import { createBrowserApi } from '../../platform/browser-api';
import type { DesktopApi } from '../../platform/desktop-api';
import { FirstRunRestore } from './FirstRunRestore';

afterEach(cleanup);

describe('a .dtksbak double-clicked on a new PC', () => {
  it('opens the first-run restore with that file shown, waiting for its passphrase', async () => {
    const old = freshDatabase();
    await seedIdentity(old);
    const made = await createBackup(
      old,
      { passphrase: 'kunci cadangan kantor lama', iterations: 1_000 },
      { kind: 'real', appVersion: '0.1.0' },
    );
    old.close();

    const takeOpenedBackup = vi
      .fn<DesktopApi['takeOpenedBackup']>()
      .mockResolvedValueOnce({ ok: true, file: { name: made.fileName, bytes: made.bytes } })
      .mockResolvedValue({ ok: true, file: null });
    const api: DesktopApi = {
      ...createBrowserApi(document),
      runtime: 'electron',
      takeOpenedBackup,
    };
    const db = freshDatabase();
    render(
      <MantineProvider>
        <DesktopApiContext.Provider value={api}>
          <DatabaseContext.Provider value={{ db, kind: 'real' }}>
            <FirstRunRestore />
          </DatabaseContext.Provider>
        </DesktopApiContext.Provider>
      </MantineProvider>,
    );
    expect(await screen.findByTestId('first-run-restore')).toBeTruthy();
    expect((await screen.findByTestId('restore-file-name')).textContent).toBe(
      `Berkas: ${made.fileName}`,
    );
    expect((await screen.findByTestId('restore-preview')).textContent).toContain('6271011001');
    // Nothing restored yet: the database is still empty.
    expect(await db.families.count()).toBe(0);
    db.close();
  });

  it('in the browser build nothing is asked', async () => {
    const api = createBrowserApi(document);
    const take = vi.spyOn(api, 'takeOpenedBackup');
    const db = freshDatabase();
    render(
      <MantineProvider>
        <DesktopApiContext.Provider value={api}>
          <DatabaseContext.Provider value={{ db, kind: 'real' }}>
            <FirstRunRestore />
          </DatabaseContext.Provider>
        </DesktopApiContext.Provider>
      </MantineProvider>,
    );
    expect(await screen.findByRole('button', { name: 'Pulihkan dari cadangan' })).toBeTruthy();
    expect(take).not.toHaveBeenCalled();
    db.close();
  });
});
