/**
 * The pictures not kept yet: they stay in the studio (on the server, sealed like artworks) until
 * the client keeps one or lets it go. Older drafts are listed apart, never dropped by Hearth.
 */
import { useState } from 'react';
import { formatDateTime } from '../format.ts';
import { useT } from '../i18n.tsx';
import type { Artwork, StudioDraftsData } from './studio-api.ts';

interface StudioDraftsProps {
  drafts: StudioDraftsData | null;
  busy: boolean;
  /** Opens a draft with its version tree (its drawing back on the canvas). */
  onOpen: (a: Artwork) => void;
  onDiscard: (a: Artwork) => void;
  /** Now, for telling old drafts apart. */
  now?: number;
}

const DAY = 86_400_000;

export function StudioDrafts({ drafts, busy, onOpen, onDiscard, now = Date.now() }: StudioDraftsProps) {
  const { t } = useT();
  const [confirming, setConfirming] = useState<string | null>(null);
  if (!drafts || drafts.drafts.length === 0) return null;
  // A drawing whose pictures are listed is reached through them; a drawing alone is listed itself.
  const withPictures = new Set(drafts.drafts.map((d) => d.parentId).filter(Boolean));
  const shown = drafts.drafts.filter((d) => !(d.kind === 'sketch' && withPictures.has(d.id)));
  const old = (d: Artwork) => now - new Date(d.createdAt).getTime() > drafts.staleAfterDays * DAY;
  const recent = shown.filter((d) => !old(d));
  const earlier = shown.filter(old);
  const label = (d: Artwork) => (d.kind === 'sketch' ? t('studio:kindDrawing') : d.kind === 'inpainted' ? t('studio:kindRefined') : t('studio:kindPicture'));
  const list = (items: Artwork[], name: string) => (
    <ul className="drafts__list" aria-label={name}>
      {items.map((d) => (
        <li key={d.id} className="draft">
          <button type="button" className="draft__open" onClick={() => onOpen(d)} disabled={busy}>
            <img src={d.thumbUrl} alt="" width={d.width} height={d.height} loading="lazy" />
            <span className="draft__text">
              <span className="version__kind">{label(d)}</span>
              <span>{formatDateTime(d.createdAt)}</span>
            </span>
            <span className="visually-hidden">{t('studio:draftOpen')}</span>
          </button>
          {confirming === d.id ? (
            <span className="draft__confirm" role="group" aria-label={t('studio:letGoConfirmLabel')}>
              <button type="button" className="button button--danger button--small" onClick={() => onDiscard(d)} disabled={busy}>
                {t('studio:letGoYes')}
              </button>
              <button type="button" className="button button--secondary button--small" onClick={() => setConfirming(null)} autoFocus>
                {t('studio:letGoNo')}
              </button>
            </span>
          ) : (
            <button type="button" className="button button--quiet button--small" onClick={() => setConfirming(d.id)} disabled={busy}>
              {t('studio:letGoButton')}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
  return (
    <section className="card drafts" aria-labelledby="drafts-heading">
      <h2 id="drafts-heading">{t('studio:draftsHeading')}</h2>
      <p className="muted">{t('studio:draftsText')}</p>
      {recent.length > 0 ? list(recent, t('studio:draftsRecent')) : null}
      {earlier.length > 0 ? (
        <>
          <h3>{t('studio:draftsEarlier', { days: drafts.staleAfterDays })}</h3>
          <p className="muted">{t('studio:draftsEarlierText')}</p>
          {list(earlier, t('studio:draftsEarlier', { days: drafts.staleAfterDays }))}
        </>
      ) : null}
    </section>
  );
}
