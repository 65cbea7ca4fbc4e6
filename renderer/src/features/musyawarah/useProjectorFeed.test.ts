import { renderHook, waitFor } from '@testing-library/react';
import { nanoid } from 'nanoid';
import { afterEach, describe, expect, it } from 'vitest';
import type { ProjectorView } from '@shared/domain/musyawarah/candidates';
import { projectorAllowed } from '../../kit/session/session-store';
import { followFacilitator } from './projector-sync';
import { useProjectorFeed } from './useProjectorFeed';
import type { ProjectorFeedInput } from './useProjectorFeed';

afterEach(() => localStorage.clear());

const input = (meetingId: string, overrides: Partial<ProjectorFeedInput> = {}) => ({
  meetingId,
  title: 'Musyawarah uji',
  candidates: [],
  decisions: [],
  currentId: null,
  locked: false,
  ready: true,
  reading: false,
  ...overrides,
});

describe('projector feed', () => {
  it('posts the view once the candidates are there, and keeps the projector allowed while mounted', async () => {
    const meetingId = nanoid();
    const seen: ProjectorView[] = [];
    const stop = followFacilitator(meetingId, (view) => seen.push(view));
    const { rerender, unmount } = renderHook(
      (props: ProjectorFeedInput) => useProjectorFeed(props),
      {
        initialProps: input(meetingId, { ready: false }),
      },
    );
    expect(projectorAllowed(Date.now(), meetingId)).toBe(true);

    rerender(input(meetingId, { locked: true }));
    await waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0]).toMatchObject({
      meetingId,
      title: 'Musyawarah uji',
      locked: true,
      position: 0,
    });

    unmount();
    expect(projectorAllowed(Date.now(), meetingId)).toBe(false);
    stop();
  });
});
