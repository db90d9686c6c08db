import { useCallback, useEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useT } from '../i18n.tsx';
import { useReducedMotion } from '../music/BreathingPacer.tsx';
import type { Chapter } from './stories-api.ts';

/** Seconds each chapter stays when the slideshow plays on its own. */
const SECONDS_PER_CHAPTER = 9;

interface SlideshowProps {
  title: string;
  chapters: Chapter[];
  /** The series' own piece; a chapter's piece plays instead while it shows. */
  musicId: string | null;
  onClose(): void;
}

/**
 * A series full screen: one chapter at a time, the picture large with its title and words, the
 * chosen music playing, gentle cross-fades between chapters (none under reduced motion).
 * Keys: → or Space next, ← previous, Home/End first/last, P play/pause, Esc closes.
 */
export function Slideshow({ title, chapters, musicId, onClose }: SlideshowProps) {
  const { t } = useT();
  const reduce = useReducedMotion();
  const [index, setIndex] = useState(0);
  const [previous, setPrevious] = useState<number | null>(null);
  const [playing, setPlaying] = useState(!reduce);
  const root = useRef<HTMLDivElement>(null);
  const audio = useRef<HTMLAudioElement>(null);
  const last = chapters.length - 1;

  const go = useCallback(
    (next: number) => {
      const to = Math.max(0, Math.min(last, next));
      setIndex((from) => {
        if (from !== to) setPrevious(from);
        return to;
      });
    },
    [last],
  );

  // Focus the dialog (keys work at once) and try full screen; give focus back on close.
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    root.current?.focus();
    root.current?.requestFullscreen?.().catch(() => undefined);
    return () => {
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
      before?.focus?.();
    };
  }, []);

  // Let the fade finish, then drop the old layer.
  useEffect(() => {
    if (previous === null) return;
    const id = window.setTimeout(() => setPrevious(null), reduce ? 0 : 1400);
    return () => window.clearTimeout(id);
  }, [previous, reduce]);

  useEffect(() => {
    if (!playing) return;
    const id = window.setTimeout(() => (index >= last ? setPlaying(false) : go(index + 1)), SECONDS_PER_CHAPTER * 1000);
    return () => window.clearTimeout(id);
  }, [playing, index, last, go]);

  const current = chapters[index];
  const piece = current?.musicId ?? musicId;
  useEffect(() => {
    const el = audio.current;
    if (!el) return;
    if (!piece) {
      el.pause();
      return;
    }
    const src = `/api/music/${piece}/audio`;
    if (!el.src.endsWith(src)) el.src = src;
    el.volume = 0.7;
    void el.play().catch(() => undefined);
  }, [piece]);

  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowRight' || e.key === ' ' || e.key === 'PageDown') go(index + 1);
    else if (e.key === 'ArrowLeft' || e.key === 'PageUp') go(index - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(last);
    else if (e.key === 'Escape') onClose();
    else if (e.key === 'p' || e.key === 'P') setPlaying((p) => !p);
    else return;
    e.preventDefault();
  };

  const layer = (i: number, role: 'current' | 'previous') => {
    const c = chapters[i];
    if (!c) return null;
    return (
      <figure key={`${role}-${i}`} className={`slide slide--${role}${reduce ? ' slide--still' : ''}`} aria-hidden={role === 'previous' ? true : undefined}>
        {c.imageUrl ? (
          <div className="slide__frame">
            <img src={c.imageUrl} alt={c.title || t('stories:slideshow.pictureAlt', { n: i + 1 })} className="slide__picture" />
          </div>
        ) : null}
        <figcaption className="slide__caption">
          <h2 className="slide__title">{c.title || t('stories:series.chapterN', { n: i + 1 })}</h2>
          {c.words ? <p className="slide__words">{c.words}</p> : null}
        </figcaption>
      </figure>
    );
  };

  return (
    <div ref={root} className="slideshow" role="dialog" aria-modal="true" aria-label={t('stories:slideshow.label', { title })} tabIndex={-1} onKeyDown={onKey}>
      <div className="slideshow__stage">
        {previous !== null ? layer(previous, 'previous') : null}
        {layer(index, 'current')}
      </div>
      <div className="slideshow__bar">
        <button type="button" className="button button--secondary" onClick={() => go(index - 1)} disabled={index === 0}>
          {t('stories:slideshow.previous')}
        </button>
        <span className="slideshow__count" aria-live="polite" data-testid="slide-count">
          {t('stories:slideshow.position', { n: index + 1, total: chapters.length })}
        </span>
        <button type="button" className="button button--secondary" onClick={() => go(index + 1)} disabled={index === last}>
          {t('stories:slideshow.next')}
        </button>
        <button type="button" className="button button--quiet" onClick={() => setPlaying((p) => !p)} aria-pressed={playing}>
          {playing ? t('stories:slideshow.pause') : t('stories:slideshow.play')}
        </button>
        <button type="button" className="button button--quiet" onClick={onClose}>
          {t('stories:slideshow.close')}
        </button>
        <p className="slideshow__keys">{t('stories:slideshow.keys')}</p>
      </div>
      <audio ref={audio} loop preload="none" />
    </div>
  );
}
