import { useEffect, useMemo, useRef, useState } from 'react';
import { messageOf } from '../api/client.ts';
import { Link } from '../components/Link.tsx';
import { Loading, Notice } from '../components/Notice.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { formatDate } from '../format.ts';
import { useT } from '../i18n.tsx';
import { useLoad } from '../use-load.ts';
import { SelfPortraitFeatures } from './SelfPortraitFeatures.tsx';
import { storiesApi, storiesBase } from './stories-api.ts';
import type { SelfPortrait } from './stories-api.ts';
import './stories.css';

const loadImage = (src: string): Promise<HTMLImageElement> =>
  new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error(src));
    img.src = src;
  });

/** Draws `then` and `now` fitted into one canvas, `now` over `then` at `mix` (0–1). */
function OverlayCanvas({ then, now, mix, label }: { then: SelfPortrait; now: SelfPortrait; mix: number; label: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [images, setImages] = useState<[HTMLImageElement, HTMLImageElement] | null>(null);
  useEffect(() => {
    let live = true;
    void Promise.all([loadImage(then.imageUrl), loadImage(now.imageUrl)]).then(
      (pair) => live && setImages(pair),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [then.imageUrl, now.imageUrl]);
  useEffect(() => {
    const c = canvas.current;
    const ctx = c?.getContext('2d');
    if (!c || !ctx || !images) return;
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, c.width, c.height);
    images.forEach((img, i) => {
      const s = Math.min(c.width / img.naturalWidth, c.height / img.naturalHeight);
      const w = img.naturalWidth * s;
      const h = img.naturalHeight * s;
      ctx.globalAlpha = i === 0 ? 1 : mix;
      ctx.drawImage(img, (c.width - w) / 2, (c.height - h) / 2, w, h);
    });
    ctx.globalAlpha = 1;
  }, [images, mix]);
  return <canvas ref={canvas} width={640} height={480} className="overlay-canvas" role="img" aria-label={label} data-testid="overlay-canvas" />;
}

/** Self-portraits then and now: mark works as self-portraits, pick two or more, see them side by side and as an overlay. */
export function ThenNowPage({ clientId, role }: { clientId: string; role: 'client' | 'therapist' }) {
  const { t } = useT();
  const stories = useLoad(() => storiesApi.stories(clientId), [clientId]);
  const works = useLoad(() => storiesApi.artworks(clientId), [clientId]);
  const [chosen, setChosen] = useState<string[] | null>(null);
  const [mix, setMix] = useState(50);
  const [error, setError] = useState<string | null>(null);
  // Marks the person just made, shown at once and kept until the server's list agrees with them.
  const [overrides, setOverrides] = useState<Record<string, boolean>>({});
  const portraits: SelfPortrait[] = useMemo(() => {
    const server = stories.data?.selfPortraits ?? [];
    const serverIds = new Set(server.map((p) => p.artworkId));
    const added = (works.data ?? [])
      .filter((a) => overrides[a.id] === true && !serverIds.has(a.id))
      .map((a) => ({ artworkId: a.id, title: a.title, createdAt: a.createdAt, thumbUrl: a.thumbUrl, imageUrl: `/api/artworks/${a.id}/image` }));
    return [...server.filter((p) => overrides[p.artworkId] !== false), ...added].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }, [stories.data, works.data, overrides]);
  useEffect(() => {
    const serverIds = new Set((stories.data?.selfPortraits ?? []).map((p) => p.artworkId));
    setOverrides((o) => Object.fromEntries(Object.entries(o).filter(([id, on]) => serverIds.has(id) !== on)));
  }, [stories.data]);
  const marked = new Set(portraits.map((p) => p.artworkId));
  // By default the first and the latest self-portrait.
  const picked = (chosen ?? (portraits.length >= 2 ? [portraits[0]!.artworkId, portraits[portraits.length - 1]!.artworkId] : [])).filter((id) =>
    marked.has(id),
  );
  const selected = portraits.filter((p) => picked.includes(p.artworkId));

  const toggleMark = async (artworkId: string, on: boolean) => {
    setError(null);
    setOverrides((o) => ({ ...o, [artworkId]: on }));
    try {
      await storiesApi.setSelfPortrait(artworkId, on);
    } catch (e) {
      setError(messageOf(e));
      setOverrides((o) => Object.fromEntries(Object.entries(o).filter(([id]) => id !== artworkId)));
    }
    stories.reload();
  };
  const toggleChoice = (id: string) => setChosen(picked.includes(id) ? picked.filter((x) => x !== id) : [...picked, id]);

  return (
    <>
      <PageHeading title={t('stories:thenNow.title')} lead={t('stories:thenNow.lead')}>
        {t('stories:thenNow.title')}
      </PageHeading>
      <p>
        <Link to={storiesBase(role, clientId)}>{t('stories:series.back')}</Link>
      </p>
      {error ? <Notice tone="error">{error}</Notice> : null}
      <section className="card" aria-labelledby="directive-heading">
        <h2 id="directive-heading">{t('stories:thenNow.directiveHeading')}</h2>
        <p>{t('stories:thenNow.directive')}</p>
        {role === 'client' ? <Link to="/studio">{t('stories:thenNow.openStudio')}</Link> : null}
      </section>

      <section className="card" aria-labelledby="mark-heading">
        <h2 id="mark-heading">{t('stories:thenNow.markHeading')}</h2>
        {works.loading && !works.data ? <Loading /> : null}
        {works.data && works.data.length === 0 ? <p className="muted">{t('stories:thenNow.noWorks')}</p> : null}
        <ul className="pick-grid">
          {(works.data ?? []).map((a) => (
            <li key={a.id} className="pick-grid__item">
              <img src={a.thumbUrl} alt="" />
              <label className="checkbox">
                <input type="checkbox" checked={marked.has(a.id)} onChange={(e) => void toggleMark(a.id, e.target.checked)} />
                {t('stories:thenNow.markLabel', { title: a.title || t('stories:series.untitled') })}
              </label>
            </li>
          ))}
        </ul>
      </section>

      <section className="card" aria-labelledby="compare-heading">
        <h2 id="compare-heading">{t('stories:thenNow.compareHeading')}</h2>
        {portraits.length < 2 ? <p className="muted">{t('stories:thenNow.needTwo')}</p> : null}
        {portraits.length >= 2 ? (
          <fieldset className="choose-portraits">
            <legend>{t('stories:thenNow.chooseLegend')}</legend>
            {portraits.map((p) => (
              <label key={p.artworkId} className="checkbox">
                <input type="checkbox" checked={picked.includes(p.artworkId)} onChange={() => toggleChoice(p.artworkId)} />
                {t('stories:thenNow.chooseLabel', { title: p.title || t('stories:series.untitled'), date: formatDate(p.createdAt) })}
              </label>
            ))}
          </fieldset>
        ) : null}
        {selected.length >= 2 ? (
          <>
            <h3>{t('stories:thenNow.sideBySide')}</h3>
            <ul className="side-by-side">
              {selected.map((p) => (
                <li key={p.artworkId}>
                  <figure>
                    <img src={p.imageUrl} alt={p.title || t('stories:series.untitled')} />
                    <figcaption>
                      {p.title || t('stories:series.untitled')} · {formatDate(p.createdAt)}
                    </figcaption>
                  </figure>
                </li>
              ))}
            </ul>
            <h3>{t('stories:thenNow.overlay')}</h3>
            <p className="muted">
              {t('stories:thenNow.overlayHint', {
                then: selected[0]!.title || formatDate(selected[0]!.createdAt),
                now: selected[selected.length - 1]!.title || formatDate(selected[selected.length - 1]!.createdAt),
              })}
            </p>
            <OverlayCanvas then={selected[0]!} now={selected[selected.length - 1]!} mix={mix / 100} label={t('stories:thenNow.overlayAlt', { mix })} />
            <label className="field story-field overlay-slider">
              <span>{t('stories:thenNow.slider')}</span>
              <input
                type="range"
                min={0}
                max={100}
                value={mix}
                onChange={(e) => setMix(Number(e.target.value))}
                aria-valuetext={t('stories:thenNow.sliderValue', { mix })}
              />
            </label>
            {role === 'therapist' ? <SelfPortraitFeatures clientId={clientId} works={selected} /> : null}
          </>
        ) : null}
      </section>
    </>
  );
}
