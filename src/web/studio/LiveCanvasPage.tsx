/**
 * The therapist's live view of a client's canvas during a session: a Server-Sent-Events stream
 * from the server (each opening is audited once) painted onto a canvas as strokes arrive.
 * Nothing is recorded here; the drawing is saved only when the client makes or saves a picture.
 */
import { useEffect, useRef, useState } from 'react';
import type { Stroke } from '../../engines/analysis/index.ts';
import { api } from '../api/client.ts';
import { urlOf } from '../api/http.ts';
import { Link } from '../components/Link.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { useT } from '../i18n.tsx';
import { useLoad } from '../use-load.ts';
import './studio.css';
import { layWet, layer, paintAll, paintWet } from './stroke-paint.ts';

interface LiveDrawing {
  drawingId: string;
  width: number;
  height: number;
  background: string;
  strokes: Stroke[];
  updatedAt: string;
}

type State = 'connecting' | 'no-session' | 'waiting' | 'drawing' | 'ended' | 'lost';

export function LiveCanvasPage({ clientId }: { clientId: string }) {
  const { t } = useT();
  const client = useLoad(() => api.client(clientId), [clientId]);
  const name = client.data?.displayName ?? t('studio:liveTheClient');
  const [state, setState] = useState<State>('connecting');
  const [count, setCount] = useState(0);
  const view = useRef<HTMLCanvasElement>(null);
  const scene = useRef<{ drawing: LiveDrawing; ink: HTMLCanvasElement; wet: HTMLCanvasElement } | null>(null);

  useEffect(() => {
    const show = () => {
      const s = scene.current;
      const c = view.current;
      if (!s || !c) return;
      if (c.width !== s.drawing.width) c.width = s.drawing.width;
      if (c.height !== s.drawing.height) c.height = s.drawing.height;
      const ctx = c.getContext('2d')!;
      ctx.fillStyle = s.drawing.background;
      ctx.fillRect(0, 0, c.width, c.height);
      ctx.drawImage(s.ink, 0, 0);
      setCount(s.drawing.strokes.length);
    };
    const reset = (d: LiveDrawing | null) => {
      if (!d) return;
      const ink = layer(d.width, d.height);
      const wet = layer(d.width, d.height);
      paintAll(ink.getContext('2d')!, wet, d.strokes);
      scene.current = { drawing: d, ink, wet };
      setState('drawing');
      show();
    };
    const add = (drawingId: string, strokes: Stroke[]) => {
      const s = scene.current;
      if (!s || s.drawing.drawingId !== drawingId) return;
      const ink = s.ink.getContext('2d')!;
      const wet = s.wet.getContext('2d')!;
      for (const st of strokes) {
        wet.clearRect(0, 0, s.wet.width, s.wet.height);
        paintWet(wet, st);
        layWet(ink, s.wet, st);
      }
      s.drawing = { ...s.drawing, strokes: [...s.drawing.strokes, ...strokes] };
      show();
    };

    const source = new EventSource(urlOf('/api/clients/{id}/live-canvas', { id: clientId }));
    source.addEventListener('hello', (e) => {
      const hello = JSON.parse((e as MessageEvent<string>).data) as { live: boolean; drawing: LiveDrawing | null };
      if (hello.drawing) reset(hello.drawing);
      else setState(hello.live ? 'waiting' : 'no-session');
    });
    source.addEventListener('drawing', (e) => reset(JSON.parse((e as MessageEvent<string>).data) as LiveDrawing));
    source.addEventListener('strokes', (e) => {
      const b = JSON.parse((e as MessageEvent<string>).data) as { drawingId: string; strokes: Stroke[] };
      add(b.drawingId, b.strokes);
    });
    source.addEventListener('ended', () => setState('ended'));
    source.onerror = () => setState((s) => (s === 'ended' ? s : 'lost'));
    return () => source.close();
  }, [clientId]);

  const message: Record<State, string> = {
    connecting: t('studio:liveConnecting'),
    'no-session': t('studio:liveNoSession', { name }),
    waiting: t('studio:liveWaiting', { name }),
    drawing: t('studio:liveDrawing', { name }),
    ended: t('studio:liveEnded'),
    lost: t('studio:liveLost'),
  };

  return (
    <>
      <nav aria-label={t('studio:liveBreadcrumb')} className="breadcrumb">
        <Link to="/">{t('studio:liveCaseload')}</Link> <span aria-hidden="true">›</span> <Link to={`/clients/${clientId}`}>{name}</Link>{' '}
        <span aria-hidden="true">›</span> <span aria-current="page">{t('studio:liveHeading')}</span>
      </nav>
      <PageHeading title={t('studio:liveTitle', { name })} lead={t('studio:liveLead', { name })}>
        {t('studio:liveHeading')}
      </PageHeading>
      <section className="card live-view" aria-label={t('studio:liveHeading')}>
        <p role="status" aria-live="polite">
          {message[state]}
        </p>
        <canvas
          ref={view}
          className="live-view__canvas"
          width={768}
          height={576}
          role="img"
          aria-label={t('studio:liveCanvas', { name, count })}
          hidden={scene.current === null}
        />
      </section>
    </>
  );
}
