import { MantineProvider } from '@mantine/core';
import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { BarChart } from './BarChart';
import { StartHere } from './StartHere';

afterEach(cleanup);

const LONG =
  'Tidak mampu membiayai pengobatan jika ada anggota keluarga yang sakit (Kepmensos 262/HUK/2022)';

describe('Beranda', () => {
  it('wraps a long criteria label instead of cutting it', () => {
    render(
      <MantineProvider>
        <BarChart title="Kriteria" bars={[{ label: LONG, value: 4 }]} />
      </MantineProvider>,
    );
    const label = screen.getByText(LONG);
    expect(label.hasAttribute('data-truncate')).toBe(false);
    expect(getComputedStyle(label).whiteSpace).not.toBe('nowrap');
  });

  it('says where to start when there is no data yet', () => {
    render(
      <MantineProvider>
        <MemoryRouter>
          <StartHere />
        </MemoryRouter>
      </MantineProvider>,
    );
    expect(screen.getByRole('heading', { name: 'Mulai dari sini' })).toBeTruthy();
    const links = screen.getAllByRole('link').map((link) => link.getAttribute('href'));
    expect(links).toEqual([
      '/pengaturan?tab=pejabat',
      '/impor',
      '/warga/baru',
      '/usulan/baru',
      '/musyawarah/baru',
    ]);
  });
});
