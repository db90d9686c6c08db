import { useCallback, useEffect, useRef, useState } from 'react';
import type { PointerEvent as ReactPointerEvent } from 'react';
import type * as Y from 'yjs';
import { beginStroke, GROUP_CANVAS, round, THERAPIST_AUTHOR, visibleStrokes } from '../../domain/groups/canvas-model.ts';
import { messageOf } from '../api/client.ts';
import { Link } from '../components/Link.tsx';
import { Notice } from '../components/Notice.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { useT } from '../i18n.tsx';
import { useLoad } from '../use-load.ts';
import { CoCreatePanel } from './CoCreatePanel.tsx';
import { groupsApi } from './groups-api.ts';
import type { CanvasTicket } from './groups-api.ts';
import { LOCAL_POINTS, LOCAL_STROKE, useGroupCanvas } from './use-group-canvas.ts';
import './groups.css';

const COLOURS = ['#222222', '#1f77b4', '#d95f02', '#1b9e77', '#e7298a', '#e6ab02'] as const;
const SIZES = [4, 10, 20] as const;

/** A group session's shared canvas. */
export function GroupCanvasPage({ sessionId }: { sessionId: string }) {
  const { t } = useT();
  const ticket = useLoad(() => groupsApi.ticket(sessionId), [sessionId]);
  const session = useLoad(() => groupsApi.session(sessionId), [sessionId]);
  const title = session.data?.title || t('groups:canvas.title');
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      {ticket.error ? <Notice tone="error">{ticket.error}</Notice> : null}
      {ticket.data && session.data ? <SharedCanvas sessionId={sessionId} groupId={session.data.groupId} me={ticket.data} /> : null}
    </>
  );
}

function SharedCanvas({ sessionId, groupId, me }: { sessionId: string; groupId: string; me: CanvasTicket }) {
  const { t } = useT();
  const [roundTick, setRoundTick] = useState(0);
  const [ended, setEnded] = useState(false);
  const canvas = useGroupCanvas(
    sessionId,
    useCallback((n: { type: string }) => {
      if (n.type === 'round') setRoundTick((x) => x + 1);
      if (n.type === 'ended') setEnded(true);
    }, []),
  );
  // Names as chosen now: read again when someone arrives (they may have just chosen one).
  const arrivals = canvas.presence.map((p) => p.name).join('|');
  const group = useLoad(() => groupsApi.read(groupId), [groupId, arrivals]);
  const ref = useRef<HTMLCanvasElement>(null);
  const drawing = useRef<Y.Array<number> | null>(null);
  const lastCursor = useRef(0);
  const [colour, setColour] = useState<string>(me.role === 'therapist' ? COLOURS[0] : me.colour);
  const [size, setSize] = useState<number>(SIZES[1]);
  const [error, setError] = useState<string | null>(null);
  const therapist = me.role === 'therapist';
  const strokes = visibleStrokes(canvas.doc);
  const names = new Map<string, string>([[THERAPIST_AUTHOR, t('groups:canvas.therapist')]]);
  for (const [i, m] of (group.data?.members ?? []).entries()) names.set(m.id, m.displayName ?? t('groups:members.unnamed', { n: i + 1 }));

  // Every screen paints the same strokes in the same order into a backing store of the same size: the same pixels.
  useEffect(() => {
    const c = ref.current?.getContext('2d');
    if (!c) return;
    c.fillStyle = GROUP_CANVAS.background;
    c.fillRect(0, 0, GROUP_CANVAS.width, GROUP_CANVAS.height);
    c.lineCap = 'round';
    c.lineJoin = 'round';
    for (const s of strokes) {
      c.strokeStyle = s.color;
      c.lineWidth = s.size;
      c.beginPath();
      c.moveTo(s.points[0]!, s.points[1]!);
      if (s.points.length === 2) c.lineTo(s.points[0]! + 0.01, s.points[1]!);
      for (let i = 2; i + 1 < s.points.length; i += 2) c.lineTo(s.points[i]!, s.points[i + 1]!);
      c.stroke();
    }
    ref.current!.dataset.strokes = String(strokes.length);
  });

  const at = (e: ReactPointerEvent<HTMLCanvasElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    return { x: round(((e.clientX - r.left) * GROUP_CANVAS.width) / r.width), y: round(((e.clientY - r.top) * GROUP_CANVAS.height) / r.height) };
  };
  const down = (e: ReactPointerEvent<HTMLCanvasElement>) => {
    if (canvas.paused && !therapist) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    const p = at(e);
    const id = `${canvas.doc.clientID.toString(36)}-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6).toString(36)}`;
    drawing.current = beginStroke(canvas.doc, { id, author: me.author, color: colour, size, x: p.x, y: p.y }, LOCAL_STROKE);
  };
  const move = (e: ReactPointerEvent<HTMLCanvasElement>) => {
    const p = at(e);
    const now = performance.now();
    if (now - lastCursor.current > 50) {
      lastCursor.current = now;
      canvas.provider.awareness.setLocalStateField('cursor', p);
    }
    const pts = drawing.current;
    if (pts) canvas.doc.transact(() => pts.push([p.x, p.y]), LOCAL_POINTS);
  };
  const up = () => {
    drawing.current = null;
  };

  const moderate = async (body: Parameters<typeof groupsApi.moderate>[1]) => {
    try {
      await groupsApi.moderate(sessionId, body);
    } catch (err) {
      setError(messageOf(err));
    }
  };

  const closed = canvas.status === 'closed' || ended;
  return (
    <div className="group-canvas">
      <p className="canvas-status" role="status" aria-live="polite" data-status={canvas.status}>
        {ended || canvas.closedReason?.code === 4410 ? t('groups:canvas.ended') : t(`groups:canvas.status.${canvas.status}`)}
        {canvas.paused ? ` · ${t('groups:canvas.paused')}` : ''}
      </p>
      {error ? <Notice tone="error">{error}</Notice> : null}
      <div className="canvas-row">
        <div className="canvas-frame">
          <canvas
            ref={ref}
            width={GROUP_CANVAS.width}
            height={GROUP_CANVAS.height}
            className="shared-canvas"
            aria-label={t('groups:canvas.label', { count: strokes.length })}
            role="img"
            onPointerDown={down}
            onPointerMove={move}
            onPointerUp={up}
            onPointerCancel={up}
            onPointerLeave={() => canvas.provider.awareness.setLocalStateField('cursor', null)}
          />
          {canvas.presence
            .filter((p) => p.cursor)
            .map((p) => (
              <span
                key={p.clientId}
                className="cursor"
                aria-hidden="true"
                style={{ left: `${(p.cursor!.x / GROUP_CANVAS.width) * 100}%`, top: `${(p.cursor!.y / GROUP_CANVAS.height) * 100}%`, borderColor: p.colour }}
              >
                <span style={{ background: p.colour }}>{p.name}</span>
              </span>
            ))}
        </div>
        <aside className="canvas-side" aria-label={t('groups:canvas.tools')}>
          <h2>{t('groups:canvas.here')}</h2>
          <ul className="presence">
            <li>
              <span className="swatch" style={{ background: me.colour }} aria-hidden="true" /> {me.name} {t('groups:members.you')}
            </li>
            {canvas.presence
              .filter((p) => p.clientId !== canvas.doc.clientID)
              .map((p) => (
                <li key={p.clientId}>
                  <span className="swatch" style={{ background: p.colour }} aria-hidden="true" /> {p.name}
                </li>
              ))}
          </ul>
          <fieldset disabled={closed}>
            <legend>{t('groups:canvas.colour')}</legend>
            <div className="swatches">
              {(therapist ? COLOURS : [me.colour, ...COLOURS.filter((c) => c !== me.colour)].slice(0, 6)).map((c) => (
                <label key={c} className="swatch-pick">
                  <input type="radio" name="colour" value={c} checked={colour === c} onChange={() => setColour(c)} />
                  <span className="swatch" style={{ background: c }} />
                  <span className="visually-hidden">{c}</span>
                </label>
              ))}
            </div>
          </fieldset>
          <fieldset disabled={closed}>
            <legend>{t('groups:canvas.size')}</legend>
            {SIZES.map((s) => (
              <label key={s} className="check">
                <input type="radio" name="size" value={s} checked={size === s} onChange={() => setSize(s)} /> {t(`groups:canvas.sizes.${s}`)}
              </label>
            ))}
          </fieldset>
          <button type="button" className="button button--secondary" disabled={!canvas.canUndo || closed} onClick={() => canvas.undo.undo()}>
            {t('groups:canvas.undo')}
          </button>
          {therapist ? (
            <div className="moderation">
              <h2>{t('groups:moderation.heading')}</h2>
              <button type="button" className="button button--secondary" disabled={closed} onClick={() => void moderate({ paused: !canvas.paused })}>
                {canvas.paused ? t('groups:moderation.resume') : t('groups:moderation.pause')}
              </button>
              <button
                type="button"
                className="button button--quiet"
                disabled={closed}
                onClick={() => void groupsApi.setStatus(sessionId, 'completed').catch((e: unknown) => setError(messageOf(e)))}
              >
                {t('groups:moderation.end')}
              </button>
              <h3>{t('groups:moderation.strokes')}</h3>
              <ol className="stroke-list">
                {strokes.map((s, i) => (
                  <li key={s.id}>
                    {t('groups:moderation.stroke', { n: i + 1, name: names.get(s.author) ?? '—' })}{' '}
                    <button type="button" className="button button--small button--quiet" disabled={closed} onClick={() => void moderate({ hide: s.id })}>
                      {t('groups:moderation.hide')}
                      <span className="visually-hidden"> {t('groups:moderation.stroke', { n: i + 1, name: names.get(s.author) ?? '—' })}</span>
                    </button>
                  </li>
                ))}
              </ol>
            </div>
          ) : null}
        </aside>
      </div>
      <CoCreatePanel sessionId={sessionId} therapist={therapist} tick={roundTick} />
      <p>
        <Link to={`/groups/${groupId}`}>{t('groups:canvas.back')}</Link>
      </p>
    </div>
  );
}
