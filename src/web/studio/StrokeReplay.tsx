/**
 * "Replay how it was drawn": the recorded strokes of a drawing painted again in the order and at
 * the pace they were made (pauses included), at 1×, 4× or 16×, with play/pause and a scrubber.
 * Strokes that are finished are laid onto an ink layer once; only the stroke being drawn is
 * repainted each frame, so long drawings replay smoothly. Going back repaints from the start.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { parseStrokeDocument } from '../../engines/analysis/index.ts';
import type { Stroke, StrokeDocument } from '../../engines/analysis/index.ts';
import { ApiError } from '../api/client.ts';
import { Loading, Notice } from '../components/Notice.tsx';
import './studio.css';
import { layWet, layer, paintSegment, paintStart, paintWet } from './stroke-paint.ts';
import { studioApi, studioMessage } from './studio-api.ts';
import { useT } from '../i18n.tsx';

const SPEEDS = [1, 4, 16] as const;
type Speed = (typeof SPEEDS)[number];

/** m:ss of a duration in ms. */
export function clockOf(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** Replay time runs from the first point (0) to the last. */
function timeline(doc: StrokeDocument): { start: number; duration: number } {
  let start = Infinity;
  let end = -Infinity;
  for (const s of doc.strokes) {
    for (const p of s.points) {
      start = Math.min(start, p.t);
      end = Math.max(end, p.t);
    }
  }
  return Number.isFinite(start) ? { start, duration: Math.max(0, end - start) } : { start: 0, duration: 0 };
}

/** How many strokes are complete at time `t` (ms since the first point), and how far the next one is. */
function progressAt(strokes: readonly Stroke[], start: number, t: number): { done: number; partial: number } {
  let done = 0;
  while (done < strokes.length) {
    const pts = strokes[done]!.points;
    if (pts.length === 0 || pts[pts.length - 1]!.t - start <= t) done++;
    else break;
  }
  const next = strokes[done];
  let partial = 0;
  if (next) while (partial < next.points.length && next.points[partial]!.t - start <= t) partial++;
  return { done, partial };
}

export function StrokeReplay({ artworkId }: { artworkId: string }) {
  const { t } = useT();
  const [doc, setDoc] = useState<StrokeDocument | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [time, setTime] = useState(0);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<Speed>(4);
  const view = useRef<HTMLCanvasElement>(null);
  const layers = useRef<{ ink: HTMLCanvasElement; wet: HTMLCanvasElement; done: number } | null>(null);

  useEffect(() => {
    let live = true;
    studioApi.strokes(artworkId).then(
      (raw) => {
        if (!live) return;
        const parsed = parseStrokeDocument(raw);
        if (parsed.ok) setDoc(parsed.value);
        else setError(t('studio:replayUnreadable'));
      },
      (e: unknown) => live && setError(e instanceof ApiError && e.code === 'not_found' ? t('studio:replayNone') : studioMessage(e)),
    );
    return () => {
      live = false;
    };
  }, [artworkId, t]);

  const { start, duration } = useMemo(() => (doc ? timeline(doc) : { start: 0, duration: 0 }), [doc]);
  const progress = useMemo(() => (doc ? progressAt(doc.strokes, start, time) : { done: 0, partial: 0 }), [doc, start, time]);

  // Paint the drawing as it was at `time`.
  const paint = useCallback(() => {
    const c = view.current?.getContext('2d');
    if (!c || !doc) return;
    let l = layers.current;
    if (!l || l.ink.width !== doc.width || l.ink.height !== doc.height)
      l = layers.current = { ink: layer(doc.width, doc.height), wet: layer(doc.width, doc.height), done: 0 };
    const ink = l.ink.getContext('2d')!;
    const wet = l.wet.getContext('2d')!;
    if (progress.done < l.done) {
      ink.clearRect(0, 0, doc.width, doc.height);
      l.done = 0;
    }
    for (; l.done < progress.done; l.done++) {
      const s = doc.strokes[l.done]!;
      wet.clearRect(0, 0, doc.width, doc.height);
      paintWet(wet, s);
      layWet(ink, l.wet, s);
    }
    c.fillStyle = doc.background;
    c.fillRect(0, 0, doc.width, doc.height);
    const next = doc.strokes[progress.done];
    if (!next || progress.partial === 0) return c.drawImage(l.ink, 0, 0);
    // The stroke being drawn: its points so far, laid over a copy of the ink.
    wet.clearRect(0, 0, doc.width, doc.height);
    paintStart(wet, next, next.points[0]!);
    for (let i = 1; i < progress.partial; i++) paintSegment(wet, next, next.points[i - 1]!, next.points[i]!);
    const mix = layer(doc.width, doc.height).getContext('2d')!;
    mix.drawImage(l.ink, 0, 0);
    layWet(mix, l.wet, next);
    c.drawImage(mix.canvas, 0, 0);
  }, [doc, progress]);
  useEffect(paint, [paint]);

  // The clock: advance `time` each frame while playing; stop at the end.
  const timeRef = useRef(time);
  timeRef.current = time;
  useEffect(() => {
    if (!playing) return;
    let last = performance.now();
    let frame = requestAnimationFrame(function tick(now) {
      const next = Math.min(duration, timeRef.current + (now - last) * speed);
      last = now;
      timeRef.current = next;
      setTime(next);
      if (next >= duration) setPlaying(false);
      else frame = requestAnimationFrame(tick);
    });
    return () => cancelAnimationFrame(frame);
  }, [playing, speed, duration]);

  if (error) return <Notice tone="error">{error}</Notice>;
  if (!doc) return <Loading label={t('studio:replayLoading')} />;

  const total = doc.strokes.length;
  const atEnd = time >= duration;
  const toggle = () => {
    if (playing) return setPlaying(false);
    if (atEnd) setTime(0);
    setPlaying(true);
  };

  return (
    <div className="replay">
      <canvas
        ref={view}
        className="replay__canvas"
        width={doc.width}
        height={doc.height}
        role="img"
        aria-label={t('studio:replayCanvas', { done: progress.done, total })}
      />
      <div className="replay__controls">
        <button
          type="button"
          className="button button--primary button--small"
          onClick={toggle}
          aria-label={playing ? t('studio:replayPauseLabel') : atEnd && time > 0 ? t('studio:replayAgainLabel') : t('studio:replayPlayLabel')}
        >
          {playing ? t('studio:replayPause') : atEnd && time > 0 ? t('studio:replayAgain') : t('studio:replayPlay')}
        </button>
        <fieldset className="segmented segmented--small">
          <legend className="visually-hidden">{t('studio:replaySpeed')}</legend>
          {SPEEDS.map((s) => (
            <label key={s} className="segmented__option">
              <input type="radio" name={`replay-speed-${artworkId}`} checked={speed === s} onChange={() => setSpeed(s)} />
              <span>{s}×</span>
            </label>
          ))}
        </fieldset>
        <label className="replay__scrub">
          <span className="visually-hidden">{t('studio:replayPosition')}</span>
          <input
            type="range"
            min={0}
            max={Math.max(1, Math.round(duration))}
            step={Math.max(1, Math.round(duration / 500))}
            value={Math.round(time)}
            aria-valuetext={t('studio:replayAt', { at: clockOf(time), of: clockOf(duration) })}
            onChange={(e) => {
              setPlaying(false);
              setTime(Number(e.target.value));
            }}
          />
        </label>
        <span className="replay__time" aria-hidden="true">
          {clockOf(time)} / {clockOf(duration)}
        </span>
      </div>
      <p className="muted replay__note">{t('studio:replayNote', { count: total, duration: clockOf(duration) })}</p>
    </div>
  );
}
