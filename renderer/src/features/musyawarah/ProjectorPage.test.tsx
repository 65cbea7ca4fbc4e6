import { act, cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { afterEach, describe, expect, it } from 'vitest';
import type { ProjectorView } from '@shared/domain/musyawarah/candidates';
import { SAMPLE_IDENTITY } from '@shared/reports/report-test-data';
import { DatabaseContext } from '../../kit/database-context';
import type { DtksDatabase } from '../../db/core/database';
import {
  createMeeting,
  loadMeetingCandidates,
  recordDecision,
} from '../../db/musyawarah/repository';
import { meetingInput, seedOfficial, seedProposals } from '../../db/testing/meeting-seed';
import { saveIdentity } from '../../db/pengaturan/repository';
import { freshDatabase } from '../../db/testing/helpers';
import { ProjectorPage } from './ProjectorPage';
import { openFacilitatorLink, saveCursor } from './projector-sync';

afterEach(() => {
  cleanup();
  localStorage.clear();
});

async function seed() {
  const db = freshDatabase();
  await saveIdentity(db, SAMPLE_IDENTITY);
  await seedProposals(db, [
    { nama: 'Ani', rw: '001', rt: '001' },
    { nama: 'Budi', rw: '001', rt: '002' },
  ]);
  const meeting = await createMeeting(db, meetingInput(await seedOfficial(db)));
  return { db, meeting };
}

function mount(db: DtksDatabase, meetingId: string) {
  render(
    <DatabaseContext.Provider value={{ db, kind: 'real' }}>
      <MemoryRouter initialEntries={[`/proyektor/${meetingId}`]}>
        <Routes>
          <Route path="/proyektor/*" element={<ProjectorPage />} />
        </Routes>
      </MemoryRouter>
    </DatabaseContext.Provider>,
  );
}

describe('ProjectorPage', () => {
  it('rebuilds the view from IndexedDB on open, at the stored position, projector-safe only', async () => {
    const { db, meeting } = await seed();
    const second = (await loadMeetingCandidates(db, meeting.id))?.candidates[1]?.proposalId ?? '';
    await recordDecision(db, {
      meetingId: meeting.id,
      proposalId: second,
      decision: 'ditunda',
      reason: 'Perlu verifikasi lapangan ulang',
    });
    // The facilitator was on the second candidate when the projector (re)opened.
    saveCursor(meeting.id, second);
    mount(db, meeting.id);

    expect(await screen.findByTestId('projector-name')).toHaveProperty('textContent', 'Budi');
    const text = screen.getByTestId('projector').textContent ?? '';
    expect(screen.getByTestId('projector-nik').textContent).toBe('•••• •••• •••• 0002');
    expect(text).toContain('Ditunda');
    expect(text).toContain('Calon 2 dari 2');
    // The seed gives every head a disability, a chronic illness and a field note.
    for (const hidden of ['Tuna daksa', 'Diabetes', 'Catatan lapangan', 'Perlu verifikasi', '6271'])
      expect(text).not.toContain(hidden);
    expect(text).not.toMatch(/\d{5,}/);
  });

  it('follows the view the facilitator posts', async () => {
    const { db, meeting } = await seed();
    mount(db, meeting.id);
    await screen.findByTestId('projector-name');
    const link = openFacilitatorLink(meeting.id);
    const view: ProjectorView = {
      meetingId: meeting.id,
      title: 'Musyawarah uji',
      position: 1,
      current: {
        proposalId: 'p',
        nama: 'Citra Dewi',
        nikMasked: '•••• •••• •••• 4321',
        noKkMasked: '•••• •••• •••• 8765',
        rt: '004',
        rw: '002',
        alamat: 'Jl. Uji',
        familySize: 5,
        kindLabel: 'Baru',
        criteriaSummary: '6 dari 8 kriteria terpenuhi',
        desilLabel: 'Desil 3',
        aid: [],
        decision: 'layak',
        decisionWords: 'Layak',
      },
      total: 1,
      nearby: [
        {
          proposalId: 'p',
          nama: 'Citra Dewi',
          rt: '004',
          rw: '002',
          decision: 'layak',
          decisionWords: 'Layak',
        },
      ],
      nearbyStart: 0,
      tally: { layak: 1, tidak_layak: 0, ditunda: 0, belum: 0, total: 1 },
      tallyWords: [
        { label: 'Layak', count: 1, tone: 'setuju' },
        { label: 'Tidak layak', count: 0, tone: 'tolak' },
        { label: 'Ditunda', count: 0, tone: 'ditunda' },
      ],
      locked: false,
    };
    await act(async () => {
      link.publish(view);
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    expect(screen.getByTestId('projector-name').textContent).toBe('Citra Dewi');
    expect(screen.getByTestId('projector-decision').textContent).toBe('Layak');
    expect(screen.getByTestId('projector-desil').textContent).toBe('Desil 3');

    // Far down a long meeting: the console sends the rows around the current candidate,
    // the projector draws the screenful of them it has room for (9 unmeasured, in jsdom).
    const nearbyStart = 1990;
    const nearby = Array.from({ length: 41 }, (_, i) => ({
      proposalId: `p${nearbyStart + i}`,
      nama: `Calon ke-${nearbyStart + i + 1}`,
      rt: '004',
      rw: '002',
      decision: null,
      decisionWords: null,
    }));
    await act(async () => {
      link.publish({ ...view, position: 2001, total: 2700, nearby, nearbyStart });
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    expect(screen.getByTestId('projector-position').textContent).toBe('Calon 2001 dari 2700');
    const list = screen.getByRole('list', { name: 'Daftar calon' });
    expect(list.getAttribute('start')).toBe('1998');
    const names = [...list.querySelectorAll('.proj-list-name')].map((item) => item.textContent);
    expect(names).toHaveLength(9);
    expect(names[0]).toBe('Calon ke-1998');
    expect(list.querySelector('.proj-list-current .proj-list-name')?.textContent).toBe(
      'Calon ke-2001',
    );

    // The facilitator moved onto a candidate whose rows are still being read: the projector
    // says so, and the candidate shown before (Citra Dewi) leaves the screen.
    await act(async () => {
      link.publish({
        ...view,
        position: 2002,
        total: 2700,
        nearby,
        nearbyStart,
        current: null,
        reading: true,
      });
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    expect(screen.getByTestId('projector-reading').textContent).toBe(
      'Data calon 2002 sedang dibaca…',
    );
    expect(screen.queryByTestId('projector-name')).toBeNull();
    expect(screen.getByTestId('projector').textContent).not.toContain('Citra Dewi');
    expect(
      screen
        .getByRole('list', { name: 'Daftar calon' })
        .querySelector('.proj-list-current .proj-list-name')?.textContent,
    ).toBe('Calon ke-2002');
    link.close();
  });
});
