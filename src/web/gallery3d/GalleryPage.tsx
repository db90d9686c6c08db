import { useEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent, PointerEvent } from 'react';
import { Link } from '../components/Link.tsx';
import { Loading, Notice } from '../components/Notice.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { useT } from '../i18n.tsx';
import { patternById, useReducedMotion } from '../music/BreathingPacer.tsx';
import { storiesApi, storiesBase } from '../stories/stories-api.ts';
import { useLoad } from '../use-load.ts';
import { createGalleryScene } from './gallery-scene.ts';
import type { GalleryScene, GalleryWork } from './gallery-scene.ts';
import './gallery3d.css';

/** Whether this browser can draw WebGL at all (a context is made once and dropped). */
function webglAvailable(): boolean {
  try {
    const c = document.createElement('canvas');
    return !!(c.getContext('webgl2') ?? c.getContext('webgl'));
  } catch {
    return false;
  }
}

/** Most works hung at once: four walls, three each. */
const MAX_WORKS = 12;

/**
 * The immersive gallery: a room hung with the client's chosen works (a series, or their recent
 * works), their chosen music playing and the breathing pacer as a slow light. Works in the
 * browser (drag or touch to look, keys to move) and on a WebXR headset ("Enter VR").
 */
export default function GalleryPage({ clientId, role }: { clientId: string; role: 'client' | 'therapist' }) {
  const { t } = useT();
  const reduce = useReducedMotion();
  const stories = useLoad(() => storiesApi.stories(clientId), [clientId]);
  const works = useLoad(() => storiesApi.artworks(clientId), [clientId]);
  const pieces = useLoad(() => storiesApi.pieces(clientId), [clientId]);
  const [hang, setHang] = useState('recent');
  const [musicId, setMusicId] = useState('');
  const [breathing, setBreathing] = useState(!reduce);
  const [vr, setVr] = useState(false);
  const [vrError, setVrError] = useState<string | null>(null);
  const [webgl] = useState(webglAvailable);
  const [loaded, setLoaded] = useState(0);
  const canvas = useRef<HTMLCanvasElement>(null);
  const room = useRef<GalleryScene | null>(null);
  const drag = useRef<{ x: number; y: number } | null>(null);

  const hung: GalleryWork[] = useMemo(() => {
    const all = works.data ?? [];
    const byId = new Map(all.map((a) => [a.id, a]));
    const series = stories.data?.series.find((s) => s.id === hang);
    const chosen = series
      ? series.chapters.flatMap((c) => (c.artworkId && c.imageUrl && byId.has(c.artworkId) ? [byId.get(c.artworkId)!] : []))
      : hang === 'self-portraits'
        ? (stories.data?.selfPortraits ?? []).flatMap((p) => (byId.has(p.artworkId) ? [byId.get(p.artworkId)!] : []))
        : all;
    return chosen.slice(0, MAX_WORKS).map((a) => ({ id: a.id, imageUrl: `/api/artworks/${a.id}/image`, width: a.width, height: a.height }));
  }, [works.data, stories.data, hang]);

  useEffect(() => {
    const el = canvas.current;
    if (!webgl || !el || !works.data) return;
    const scene = createGalleryScene(el, { works: hung, breath: patternById('six').phases, reducedMotion: reduce, onLoaded: setLoaded });
    setLoaded(0);
    room.current = scene;
    const fit = () => scene.resize(el.clientWidth, el.clientHeight);
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(el);
    return () => {
      observer.disconnect();
      scene.dispose();
      room.current = null;
    };
  }, [webgl, hung, reduce, works.data]);

  useEffect(() => room.current?.setBreathing(breathing), [breathing, hung]);

  useEffect(() => {
    const xr = (navigator as Navigator & { xr?: XRSystem }).xr;
    if (!xr) return;
    void xr.isSessionSupported('immersive-vr').then(setVr, () => setVr(false));
  }, []);

  const series = stories.data?.series ?? [];
  const enterVr = async () => {
    setVrError(null);
    try {
      await room.current?.enterVr();
    } catch (e) {
      setVrError(e instanceof Error ? e.message : String(e));
    }
  };

  const onPointerDown = (e: PointerEvent<HTMLCanvasElement>) => {
    drag.current = { x: e.clientX, y: e.clientY };
    e.currentTarget.setPointerCapture?.(e.pointerId);
  };
  const onPointerMove = (e: PointerEvent<HTMLCanvasElement>) => {
    if (!drag.current) return;
    room.current?.look(-(e.clientX - drag.current.x) * 0.005, -(e.clientY - drag.current.y) * 0.005);
    drag.current = { x: e.clientX, y: e.clientY };
  };
  const onKey = (e: KeyboardEvent<HTMLCanvasElement>) => {
    const r = room.current;
    if (!r) return;
    const k = e.key.toLowerCase();
    if (k === 'arrowup' || k === 'w') r.move(0.3, 0);
    else if (k === 'arrowdown' || k === 's') r.move(-0.3, 0);
    else if (k === 'arrowleft') r.look(0.12, 0);
    else if (k === 'arrowright') r.look(-0.12, 0);
    else if (k === 'a') r.move(0, -0.3);
    else if (k === 'd') r.move(0, 0.3);
    else if (k === 'pageup') r.look(0, 0.08);
    else if (k === 'pagedown') r.look(0, -0.08);
    else return;
    e.preventDefault();
  };

  return (
    <>
      <PageHeading title={t('stories:gallery.title')} lead={t('stories:gallery.lead')}>
        {t('stories:gallery.title')}
      </PageHeading>
      <p>
        <Link to={storiesBase(role, clientId)}>{t('stories:series.back')}</Link>
      </p>
      <div className="gallery3d-controls">
        <label className="field story-field">
          <span>{t('stories:gallery.hangLabel')}</span>
          <select value={hang} onChange={(e) => setHang(e.target.value)}>
            <option value="recent">{t('stories:gallery.hangRecent')}</option>
            <option value="self-portraits">{t('stories:gallery.hangPortraits')}</option>
            {series.map((s) => (
              <option key={s.id} value={s.id}>
                {t('stories:gallery.hangSeries', { title: s.title })}
              </option>
            ))}
          </select>
        </label>
        <label className="field story-field">
          <span>{t('stories:gallery.musicLabel')}</span>
          <select value={musicId} onChange={(e) => setMusicId(e.target.value)}>
            <option value="">{t('stories:series.noMusic')}</option>
            {(pieces.data ?? []).map((p) => (
              <option key={p.id} value={p.id}>
                {p.prompt.slice(0, 60)}
              </option>
            ))}
          </select>
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={breathing} onChange={(e) => setBreathing(e.target.checked)} />
          {t('stories:gallery.breathing')}
        </label>
        {vr && webgl ? (
          <button type="button" className="button button--primary" onClick={() => void enterVr()}>
            {t('stories:gallery.enterVr')}
          </button>
        ) : null}
      </div>
      {musicId ? (
        <audio className="gallery3d-audio" src={`/api/music/${musicId}/audio`} controls autoPlay loop aria-label={t('stories:gallery.musicLabel')} />
      ) : null}
      {vrError ? <Notice tone="error">{vrError}</Notice> : null}
      {works.error ? <Notice tone="error">{works.error}</Notice> : null}
      {!webgl ? (
        <div data-testid="gallery-fallback">
          <Notice tone="info">{t('stories:gallery.noWebgl')}</Notice>
          <ul className="pick-grid">
            {hung.map((w) => (
              <li key={w.id}>
                <img src={w.imageUrl} alt="" />
              </li>
            ))}
          </ul>
        </div>
      ) : works.loading && !works.data ? (
        <Loading />
      ) : (
        <>
          {hung.length === 0 ? <p className="muted">{t('stories:gallery.empty')}</p> : null}
          <canvas
            ref={canvas}
            className="gallery3d-canvas"
            tabIndex={0}
            role="img"
            aria-label={t('stories:gallery.canvasLabel', { count: hung.length })}
            aria-describedby="gallery3d-help"
            data-testid="gallery-canvas"
            data-loaded={loaded}
            onPointerDown={onPointerDown}
            onPointerMove={onPointerMove}
            onPointerUp={() => (drag.current = null)}
            onPointerCancel={() => (drag.current = null)}
            onKeyDown={onKey}
          />
          <p id="gallery3d-help" className="muted">
            {t('stories:gallery.help')}
          </p>
        </>
      )}
    </>
  );
}
