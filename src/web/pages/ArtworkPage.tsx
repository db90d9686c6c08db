import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { api, messageOf } from '../api/client.ts';
import { Field } from '../components/Field.tsx';
import { Link } from '../components/Link.tsx';
import { LiveStatus, Loading, Notice } from '../components/Notice.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { formatBytes, formatDateTime } from '../format.ts';
import { StrokeReplay } from '../studio/StrokeReplay.tsx';
import { navigate } from '../router.ts';
import { useSession } from '../session.ts';
import { useLoad } from '../use-load.ts';
import { useT } from '../i18n.tsx';

/** One work: the full image, its details, rename, and move to the bin. */
export function ArtworkPage({ artworkId }: { artworkId: string }) {
  const { t } = useT();
  const { me } = useSession();
  const art = useLoad(() => api.artwork(artworkId), [artworkId]);
  const [title, setTitle] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const binButton = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  // Keep keyboard focus in place as the confirmation opens and closes.
  useEffect(() => {
    if (wasConfirming.current && !confirming) binButton.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  if (art.loading && !art.data) return <Loading label={t('pages:artwork.loading')} />;
  if (art.error || !art.data) {
    return (
      <section className="card">
        <PageHeading title={t('pages:artwork.notFound')}>{t('pages:artwork.notFound')}</PageHeading>
        <Notice tone="error">{art.error ?? t('pages:artwork.notFoundText')}</Notice>
        <p>
          <Link to="/">{t('pages:artwork.backStart')}</Link>
        </p>
      </section>
    );
  }

  const a = art.data;
  const back = me.role === 'therapist' ? `/clients/${a.clientId}/works` : '/';
  const backLabel = me.role === 'therapist' ? t('pages:artwork.backClient') : t('daily:calm.home');
  const name = a.title || t('pages:gallery.untitled');
  const value = title ?? a.title;

  const rename = async (e: FormEvent) => {
    e.preventDefault();
    setFormError(null);
    setBusy(true);
    try {
      const updated = await api.renameArtwork(a.id, value.trim());
      art.set(() => updated);
      setTitle(null);
      setStatus(updated.title ? t('pages:artwork.renamed', { title: updated.title }) : t('pages:artwork.cleared'));
    } catch (err) {
      setFormError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  const bin = async () => {
    setFormError(null);
    setBusy(true);
    try {
      await api.binArtwork(a.id);
      navigate(back);
    } catch (err) {
      setFormError(messageOf(err));
      setBusy(false);
    }
  };

  return (
    <>
      <p className="breadcrumb">
        <Link to={back}>
          <span aria-hidden="true">‹</span>
          {backLabel}
        </Link>
      </p>
      <PageHeading
        title={name}
        lead={
          a.createdByClient
            ? t('pages:artwork.added', { when: formatDateTime(a.createdAt) })
            : t('pages:artwork.addedByTherapist', { when: formatDateTime(a.createdAt) })
        }
      >
        {name}
      </PageHeading>
      <div className="artwork">
        <figure className="artwork__figure card">
          <img
            className="artwork__image"
            src={a.imageUrl}
            alt={a.title ? t('pages:artwork.alt', { title: a.title }) : t('pages:artwork.altUntitled')}
            width={a.width}
            height={a.height}
          />
          <figcaption className="muted">
            {a.width} × {a.height} px · {formatBytes(a.bytes)}
          </figcaption>
        </figure>
        <div className="artwork__side">
          {me.role === 'client' ? (
            <section className="card card--soft" aria-labelledby="studio-heading">
              <h2 id="studio-heading">{t('pages:artwork.studio')}</h2>
              <p className="muted">{a.kind === 'sketch' ? t('pages:artwork.studioSketch') : t('pages:artwork.studioOther')}</p>
              <Link to={`/studio/${a.id}`} className="button button--primary">
                {t('pages:artwork.refine')}
              </Link>
            </section>
          ) : null}
          <section className="card" aria-labelledby="rename-heading">
            <form className="form" onSubmit={(e) => void rename(e)} noValidate>
              <h2 id="rename-heading">{t('pages:artwork.rename')}</h2>
              {formError ? <Notice tone="error">{formError}</Notice> : null}
              <Field
                label={t('pages:artwork.title')}
                name="title"
                autoComplete="off"
                value={value}
                onChange={(e) => setTitle(e.target.value)}
                maxLength={200}
              />
              <button type="submit" className="button button--primary" disabled={busy || value.trim() === a.title}>
                {t('pages:artwork.saveTitle')}
              </button>
              <LiveStatus message={status} />
            </form>
          </section>
          <section className="card" aria-labelledby="bin-heading">
            <h2 id="bin-heading">{t('pages:artwork.bin')}</h2>
            <p className="muted">{t('pages:artwork.binText')}</p>
            {confirming ? (
              <div className="confirm" role="group" aria-label={t('pages:artwork.binConfirm')}>
                <p>{t('pages:artwork.binQuestion', { name })}</p>
                <div className="actions">
                  <button type="button" className="button button--danger" onClick={() => void bin()} disabled={busy}>
                    {t('pages:artwork.binYes')}
                  </button>
                  <button type="button" className="button button--secondary" onClick={() => setConfirming(false)} disabled={busy} autoFocus>
                    {t('pages:artwork.keep')}
                  </button>
                </div>
              </div>
            ) : (
              <button type="button" ref={binButton} className="button button--quiet" onClick={() => setConfirming(true)}>
                {t('pages:artwork.binOpen')}
              </button>
            )}
          </section>
        </div>
      </div>
      {a.hasStrokes ? (
        <section className="card artwork__replay" aria-labelledby="replay-heading">
          <h2 id="replay-heading">{t('pages:artwork.replay')}</h2>
          <StrokeReplay artworkId={a.id} />
        </section>
      ) : null}
    </>
  );
}
