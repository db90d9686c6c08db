/**
 * The client's pieces, newest first. Choosing one opens it in the player; the list says what
 * each piece is (key, tempo, instruments, length) and how often it has been listened to.
 */
import { formatWhen } from '../format.ts';
import type { Piece } from './music-api.ts';
import { useT } from '../i18n.tsx';
import { lengthText } from './length-text.ts';
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

export function Library({ pieces, loading, error, selectedId, onSelect, level = 2, title }: LibraryProps) {
  const { t } = useT();
  const H = level === 2 ? 'h2' : 'h3';
  return (
    <section className="library" aria-labelledby="library-heading">
      <div className="section-head">
        <H id="library-heading">{title ?? t('music:library.title')}</H>
        {pieces && pieces.length > 0 ? <p className="muted library__summary">{librarySummary(pieces, t)}</p> : null}
      </div>
      {loading && !pieces ? (
        <p className="loading" role="status">
          <span className="spinner" aria-hidden="true" />
          {t('music:library.loading')}
        </p>
      ) : null}
      {error ? (
        <p className="music-error" role="alert">
          {error}
        </p>
      ) : null}
      {pieces && pieces.length === 0 ? (
        <div className="empty">
          <p>{t('music:library.empty')}</p>
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
                    {lengthText(p.seconds, t)} · {formatWhen(p.createdAt)}
                    {p.listens.length ? ` · ${t('music:library.listened', { n: p.listens.length })}` : ''}
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
function librarySummary(pieces: Piece[], t: ReturnType<typeof useT>['t']): string {
  const seconds = pieces.reduce((n, p) => n + p.seconds, 0);
  const listens = pieces.reduce((n, p) => n + p.listens.length, 0);
  const length = lengthText(seconds, t);
  const parts = [t('music:library.pieces', { n: pieces.length }), t('music:library.ofMusic', { length })];
  if (listens) parts.push(t('music:library.listenings', { n: listens }));
  return parts.join(' · ');
}
