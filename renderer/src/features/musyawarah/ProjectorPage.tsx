import { useEffect, useMemo, useState } from 'react';
import { useParams } from 'react-router-dom';
import type { Decision } from '@shared/domain/entities';
import { DECISION_LABELS } from '@shared/domain/meeting';
import { buildProjectorView } from '@shared/domain/meeting-candidates';
import type { ProjectorView } from '@shared/domain/meeting-candidates';
import { followFacilitator, loadCursor } from './projector-sync';
import { useIdentity, useMeeting, useMeetingCandidates } from './useMusyawarah';
import './projector.css';

/** How many names of the list fit beside the current candidate at 1024×768. */
const LIST_WINDOW = 9;

function DecisionMark({ decision, large = false }: { decision: Decision | null; large?: boolean }) {
  const cls = `proj-decision proj-${decision ?? 'belum'}${large ? ' proj-decision-large' : ''}`;
  return <span className={cls}>{decision ? DECISION_LABELS[decision] : 'Belum diputuskan'}</span>;
}

/**
 * The second window, on the projector: the current candidate and the list in
 * large type, nothing that is not projector-safe. Driven by the facilitator's
 * window; on open (or reload) it rebuilds the same view from IndexedDB.
 */
export function ProjectorPage() {
  const meetingId = useParams()['*'] ?? '';
  const meeting = useMeeting(meetingId);
  const loaded = useMeetingCandidates(meetingId);
  const identity = useIdentity();
  const [pushed, setPushed] = useState<ProjectorView | null>(null);

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
  if (meeting === null) {
    return <main className="proj-root proj-message">Sesi musyawarah tidak ditemukan.</main>;
  }
  if (!view) return <main className="proj-root proj-message">Memuat…</main>;

  const { current, list, tally } = view;
  const at = Math.max(0, view.position - 1);
  const start = Math.min(Math.max(0, at - 3), Math.max(0, list.length - LIST_WINDOW));
  const visible = list.slice(start, start + LIST_WINDOW);

  return (
    <main className="proj-root" data-testid="projector">
      <header className="proj-header">
        <span className="proj-title">{view.title}</span>
        <span data-testid="projector-position">
          {view.position > 0 ? `Calon ${view.position} dari ${list.length}` : 'Belum ada calon'}
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
              <DecisionMark decision={current.decision} large />
            </div>
          </article>
        ) : (
          <article className="proj-current proj-message">Belum ada calon.</article>
        )}
        <ol className="proj-list" start={start + 1} aria-label="Daftar calon">
          {visible.map((item) => (
            <li
              key={item.proposalId}
              className={item.proposalId === current?.proposalId ? 'proj-list-current' : undefined}
            >
              <span className="proj-list-row">
                <span className="proj-list-name">{item.nama}</span>
                {item.decision && <DecisionMark decision={item.decision} />}
              </span>
              <span className="proj-list-meta">
                RT {item.rt} / RW {item.rw}
              </span>
            </li>
          ))}
        </ol>
      </section>
      <footer className="proj-footer" data-testid="projector-tally">
        <span className="proj-layak">Layak {tally.layak}</span>
        <span className="proj-tidak_layak">Tidak layak {tally.tidak_layak}</span>
        <span className="proj-ditunda">Ditunda {tally.ditunda}</span>
        <span>Belum {tally.belum}</span>
        {view.locked && <span className="proj-locked">Hasil terkunci</span>}
      </footer>
    </main>
  );
}
