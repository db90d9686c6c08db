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

/** One work: the full image, its details, rename, and move to the bin. */
export function ArtworkPage({ artworkId }: { artworkId: string }) {
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

  if (art.loading && !art.data) return <Loading label="Loading the artwork…" />;
  if (art.error || !art.data) {
    return (
      <section className="card">
        <PageHeading title="Artwork not found">Artwork not found</PageHeading>
        <Notice tone="error">{art.error ?? 'That artwork was not found.'}</Notice>
        <p>
          <Link to="/">Back to the start page</Link>
        </p>
      </section>
    );
  }

  const a = art.data;
  const back = me.role === 'therapist' ? `/clients/${a.clientId}/works` : '/';
  const backLabel = me.role === 'therapist' ? 'Back to the client' : 'Back to my space';
  const name = a.title || 'Untitled';
  const value = title ?? a.title;

  const rename = async (e: FormEvent) => {
    e.preventDefault();
    setFormError(null);
    setBusy(true);
    try {
      const updated = await api.renameArtwork(a.id, value.trim());
      art.set(() => updated);
      setTitle(null);
      setStatus(updated.title ? `Renamed to “${updated.title}”.` : 'The title was cleared.');
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
      <PageHeading title={name} lead={`Added ${formatDateTime(a.createdAt)}${a.createdByClient ? '' : ' by the therapist'}`}>
        {name}
      </PageHeading>
      <div className="artwork">
        <figure className="artwork__figure card">
          <img
            className="artwork__image"
            src={a.imageUrl}
            alt={a.title ? `The artwork “${a.title}”` : 'The artwork (untitled)'}
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
              <h2 id="studio-heading">Studio</h2>
              <p className="muted">
                {a.kind === 'sketch' ? 'Draw on, or make pictures from this drawing.' : 'Change part of it, or make new versions. The original stays as it is.'}
              </p>
              <Link to={`/studio/${a.id}`} className="button button--primary">
                Refine in the studio
              </Link>
            </section>
          ) : null}
          <section className="card" aria-labelledby="rename-heading">
            <form className="form" onSubmit={(e) => void rename(e)} noValidate>
              <h2 id="rename-heading">Rename</h2>
              {formError ? <Notice tone="error">{formError}</Notice> : null}
              <Field label="Title" name="title" autoComplete="off" value={value} onChange={(e) => setTitle(e.target.value)} maxLength={200} />
              <button type="submit" className="button button--primary" disabled={busy || value.trim() === a.title}>
                Save title
              </button>
              <LiveStatus message={status} />
            </form>
          </section>
          <section className="card" aria-labelledby="bin-heading">
            <h2 id="bin-heading">Move to bin</h2>
            <p className="muted">The work leaves the gallery. It is kept safely until the record is erased.</p>
            {confirming ? (
              <div className="confirm" role="group" aria-label="Confirm moving to the bin">
                <p>Move “{name}” to the bin?</p>
                <div className="actions">
                  <button type="button" className="button button--danger" onClick={() => void bin()} disabled={busy}>
                    Yes, move to bin
                  </button>
                  <button type="button" className="button button--secondary" onClick={() => setConfirming(false)} disabled={busy} autoFocus>
                    Keep it
                  </button>
                </div>
              </div>
            ) : (
              <button type="button" ref={binButton} className="button button--quiet" onClick={() => setConfirming(true)}>
                Move to bin…
              </button>
            )}
          </section>
        </div>
      </div>
      {a.hasStrokes ? (
        <section className="card artwork__replay" aria-labelledby="replay-heading">
          <h2 id="replay-heading">Replay how it was drawn</h2>
          <StrokeReplay artworkId={a.id} />
        </section>
      ) : null}
    </>
  );
}
