import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { RefObject } from 'react';
import { useParams } from 'react-router-dom';
import type { TallyTone } from '@shared/domain/musyawarah/decision-words';
import type { Decision } from '@shared/domain/core/entities';
import { buildProjectorView } from '@shared/domain/musyawarah/candidates';
import type { ProjectorView } from '@shared/domain/musyawarah/candidates';
import { followFacilitator, loadCursor } from './projector-sync';
import { useIdentity, useMeeting, useMeetingCandidates } from './useMusyawarah';
import './projector.css';

/** Names shown before the list is measured (about what fits at any size: type scales with the screen). */
const LIST_WINDOW = 9;

/**
 * How many rows of the list fit its height, measured row by row after every draw: a row
 * whose decision words wrap is taller than the others, and sizing every row like the first
 * one cut the last name off at the bottom. Rows that do not fit whole are dropped; more are
 * added only when the room left would hold the tallest row seen.
 */
function useRowsThatFit(
  list: RefObject<HTMLOListElement | null>,
  /** What is drawn: measured again whenever it changes. */
  drawn: unknown,
): number {
  const [rows, setRows] = useState(LIST_WINDOW);
  const tallest = useRef(0);
  const [resized, setResized] = useState(0);
  useLayoutEffect(() => {
    const element = list.current;
    if (!element) return;
    const items = [...element.querySelectorAll('li')];
    if (items.length === 0) return;
    const top = element.getBoundingClientRect().top;
    const bottom = top + element.clientHeight;
    let fit = 0;
    let used = top;
    for (const item of items) {
      const box = item.getBoundingClientRect();
      tallest.current = Math.max(tallest.current, box.height);
      // Half a pixel of rounding is not a cut-off name.
      if (box.bottom > bottom + 0.5) break;
      fit += 1;
      used = box.bottom;
    }
    if (fit < items.length) {
      setRows(Math.max(1, fit));
    } else if (items.length >= rows && tallest.current > 0) {
      const more = Math.floor((bottom - used) / tallest.current);
      if (more > 0) setRows(rows + more);
    }
  }, [list, rows, drawn, resized]);
  useLayoutEffect(() => {
    const element = list.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      // A new size (another screen, a resized window): measure again from the start.
      tallest.current = 0;
      setRows(LIST_WINDOW);
      setResized((n) => n + 1);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [list]);
  return rows;
}

function DecisionMark({
  decision,
  words,
  large = false,
}: {
  decision: Decision | null;
  words: string | null;
  large?: boolean;
}) {
  const cls = `proj-decision proj-${decision ?? 'belum'}${large ? ' proj-decision-large' : ''}`;
  return <span className={cls}>{decision ? (words ?? '') : 'Belum diputuskan'}</span>;
}

const TONE_CLASS: Record<TallyTone, string> = {
  setuju: 'proj-layak',
  tolak: 'proj-tidak_layak',
  ditunda: 'proj-ditunda',
};

/** How long the projector waits for the facilitator's view before reading its own. */
const FACILITATOR_ANSWER_MS = 400;

/**
 * The second window, on the projector: the current candidate and the list in
 * large type, nothing that is not projector-safe. Driven by the facilitator's
 * window; on open (or reload) without an answer from it, it rebuilds the same view from
 * IndexedDB.
 */
export function ProjectorPage() {
  const meetingId = useParams()['*'] ?? '';
  const meeting = useMeeting(meetingId);
  const identity = useIdentity();
  const [pushed, setPushed] = useState<ProjectorView | null>(null);
  // The facilitator's window answers the projector's hello at once; only when it does not
  // (a reload with the console closed) is the view rebuilt from IndexedDB. Reading every
  // candidate here as well competed with the console for each decision (issue 17).
  const [unanswered, setUnanswered] = useState(false);
  useEffect(() => {
    const timer = window.setTimeout(() => setUnanswered(true), FACILITATOR_ANSWER_MS);
    return () => window.clearTimeout(timer);
  }, [meetingId]);
  const loaded = useMeetingCandidates(meetingId, unanswered && pushed === null);
  const listRef = useRef<HTMLOListElement | null>(null);

  useEffect(() => followFacilitator(meetingId, setPushed), [meetingId]);
  useEffect(() => {
    document.title = 'Proyektor musyawarah';
  }, []);

  const stored = useMemo(() => {
    if (!meeting || !loaded) return null;
    return buildProjectorView({
      meetingId,
      title: `Musyawarah Kelurahan ${identity?.namaKelurahan ?? ''} · ${meeting.period}`,
      candidates: loaded.candidates,
      decisions: loaded.decisions,
      currentId: loadCursor(meetingId),
      locked: meeting.status === 'terkunci',
    });
  }, [meeting, loaded, identity, meetingId]);

  const view = pushed ?? stored;
  const rows = useRowsThatFit(listRef, view);
  if (meeting === null) {
    return <main className="proj-root proj-message">Sesi musyawarah tidak ditemukan.</main>;
  }
  if (!view) return <main className="proj-root proj-message">Memuat…</main>;

  const { current, nearby, nearbyStart, total, tally, tallyWords } = view;
  const at = Math.max(0, view.position - 1);
  const before = Math.min(3, Math.floor((rows - 1) / 2));
  const start = Math.max(
    nearbyStart,
    Math.min(Math.max(0, at - before), Math.max(0, total - rows)),
  );
  // Only what fits is drawn, from the candidates around the current one the console sent.
  const visible = nearby.slice(start - nearbyStart, start - nearbyStart + rows);

  return (
    <main className="proj-root" data-testid="projector">
      <header className="proj-header">
        <span className="proj-title">{view.title}</span>
        <span data-testid="projector-position">
          {view.position > 0 ? `Calon ${view.position} dari ${total}` : 'Belum ada calon'}
        </span>
      </header>
      <section className="proj-body">
        {current ? (
          <article className="proj-current" aria-live="polite">
            <div className="proj-area">
              RW {current.rw} · RT {current.rt}
            </div>
            <h1 className="proj-name" data-testid="projector-name">
              {current.nama}
            </h1>
            <dl className="proj-facts">
              <dt>NIK</dt>
              <dd data-testid="projector-nik">{current.nikMasked}</dd>
              <dt>No. KK</dt>
              <dd>{current.noKkMasked}</dd>
              <dt>Alamat</dt>
              <dd>{current.alamat}</dd>
              <dt>Keluarga</dt>
              <dd>{current.familySize} orang</dd>
              <dt>Desil</dt>
              <dd data-testid="projector-desil">{current.desilLabel}</dd>
              <dt>Usulan</dt>
              <dd>{current.kindLabel}</dd>
              <dt>Verifikasi</dt>
              <dd>{current.criteriaSummary}</dd>
              <dt>Bantuan</dt>
              <dd>{current.aid.join(', ') || 'Belum menerima bantuan'}</dd>
            </dl>
            <div data-testid="projector-decision">
              <DecisionMark decision={current.decision} words={current.decisionWords} large />
            </div>
          </article>
        ) : view.reading ? (
          <article className="proj-current proj-message" data-testid="projector-reading">
            Data calon {view.position} sedang dibaca…
          </article>
        ) : (
          <article className="proj-current proj-message">Belum ada calon.</article>
        )}
        <ol className="proj-list" ref={listRef} start={start + 1} aria-label="Daftar calon">
          {visible.map((item, offset) => (
            <li
              key={item.proposalId}
              className={
                start + offset === at && view.position > 0 ? 'proj-list-current' : undefined
              }
            >
              <span className="proj-list-name">{item.nama}</span>
              {/* The decision under the name: "Disetujui dinonaktifkan" beside it would cut the name. */}
              <span className="proj-list-row">
                <span className="proj-list-meta">
                  RT {item.rt} / RW {item.rw}
                </span>
                {item.decision && (
                  <DecisionMark decision={item.decision} words={item.decisionWords} />
                )}
              </span>
            </li>
          ))}
        </ol>
      </section>
      <footer className="proj-footer" data-testid="projector-tally">
        {/* Only what the room has decided: every kind's zero would not fit the screen. */}
        {tallyWords
          .filter((entry) => entry.count > 0)
          .map((entry) => (
            <span key={entry.label} className={TONE_CLASS[entry.tone]}>
              {entry.label} {entry.count}
            </span>
          ))}
        <span>Belum {tally.belum}</span>
        {view.locked && <span className="proj-locked">Hasil terkunci</span>}
      </footer>
    </main>
  );
}
