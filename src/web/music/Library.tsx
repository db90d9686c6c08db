/**
 * The client's pieces, newest first. Choosing one opens it in the player; the list says what
 * each piece is (key, tempo, instruments, length) and how often it has been listened to.
 */
import { formatWhen } from '../format.ts';
import { formatLength } from './music-api.ts';
import type { Piece } from './music-api.ts';
import { instrumentWords, keyWords } from './PlanSummary.tsx';

interface LibraryProps {
  pieces: Piece[] | undefined;
  loading: boolean;
  error: string | null;
  selectedId: string | null;
  onSelect(piece: Piece): void;
  /** Heading level of the list's title. */
  level?: 2 | 3;
  title?: string;
}

export function Library({ pieces, loading, error, selectedId, onSelect, level = 2, title = 'My music' }: LibraryProps) {
  const H = level === 2 ? 'h2' : 'h3';
  return (
    <section className="library" aria-labelledby="library-heading">
      <div className="section-head">
        <H id="library-heading">{title}</H>
        {pieces && pieces.length > 0 ? <p className="muted library__summary">{librarySummary(pieces)}</p> : null}
      </div>
      {loading && !pieces ? (
        <p className="loading" role="status">
          <span className="spinner" aria-hidden="true" />
          Loading your music…
        </p>
      ) : null}
      {error ? (
        <p className="music-error" role="alert">
          {error}
        </p>
      ) : null}
      {pieces && pieces.length === 0 ? (
        <div className="empty">
          <p>Nothing here yet. The music you compose will be kept here, and only you and your therapist can hear it.</p>
        </div>
      ) : null}
      {pieces && pieces.length > 0 ? (
        <ul className="library__list">
          {pieces.map((p) => {
            const chosen = p.id === selectedId;
            return (
              <li key={p.id}>
                <button type="button" className={`library__item${chosen ? ' library__item--chosen' : ''}`} aria-pressed={chosen} onClick={() => onSelect(p)}>
                  <span className="library__prompt">{p.prompt}</span>
                  <span className="library__meta">
                    {keyWords(p.plan)} · {Math.round(p.plan.bpm)} bpm · {instrumentWords(p.plan.instruments)}
                  </span>
                  <span className="library__meta">
                    {formatLength(p.seconds)} · {formatWhen(p.createdAt)}
                    {p.listens.length ? ` · listened ${p.listens.length === 1 ? 'once' : `${p.listens.length} times`}` : ''}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}

/** "3 pieces · 1 hour 5 minutes of music · 4 listenings" */
function librarySummary(pieces: Piece[]): string {
  const seconds = pieces.reduce((n, p) => n + p.seconds, 0);
  const listens = pieces.reduce((n, p) => n + p.listens.length, 0);
  const h = Math.floor(seconds / 3600);
  const m = Math.round((seconds % 3600) / 60);
  const length = h > 0 ? `${h} hour${h > 1 ? 's' : ''}${m ? ` ${m} minutes` : ''}` : formatLength(seconds);
  const parts = [pieces.length === 1 ? '1 piece' : `${pieces.length} pieces`, `${length} of music`];
  if (listens) parts.push(listens === 1 ? '1 listening' : `${listens} listenings`);
  return parts.join(' · ');
}
