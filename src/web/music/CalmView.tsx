/**
 * The guided-imagery session itself: a full-window modal <dialog> with the calming image, the
 * breathing pacer, the music (looping) and the session clock. The dialog keeps keyboard focus
 * inside it; Escape or "End session" returns to the page to note how the client feels. The
 * clock counts only unpaused time and announces the end, not every second.
 */
import { useEffect, useRef, useState } from 'react';
import { useT } from '../i18n.tsx';
import { BreathingPacer } from './BreathingPacer.tsx';
import { imageTitle } from './ImagePicker.tsx';
import type { BreathingPattern } from './BreathingPacer.tsx';
import { formatClock } from './music-api.ts';
import type { Artwork, Piece } from './music-api.ts';

interface CalmViewProps {
  image: Artwork | null;
  piece: Piece | null;
  pattern: BreathingPattern;
  seconds: number;
  /** Called once with the seconds of music heard and the seconds spent. */
  onEnd(result: { secondsListened: number; elapsed: number }): void;
}

export function CalmView({ image, piece, pattern, seconds, onEnd }: CalmViewProps) {
  const { t } = useT();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const audioRef = useRef<HTMLAudioElement>(null);
  const endRef = useRef<HTMLButtonElement>(null);
  const heard = useRef(0);
  const lastTime = useRef(0);
  const [paused, setPaused] = useState(false);
  const [finished, setFinished] = useState(false);
  const [volume, setVolume] = useState(70);
  const [musicProblem, setMusicProblem] = useState(false);
  const elapsed = useSessionClock(!paused && !finished, seconds, () => {
    setFinished(true);
    audioRef.current?.pause();
    endRef.current?.focus();
  });

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    audioRef.current?.play().catch(() => setMusicProblem(true));
    return () => {
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, []);

  useEffect(() => {
    if (audioRef.current) audioRef.current.volume = volume / 100;
  }, [volume]);

  const end = () => {
    audioRef.current?.pause();
    dialogRef.current?.close();
    onEnd({ secondsListened: Math.round(heard.current), elapsed: Math.round(elapsed) });
  };

  const pause = () => {
    const next = !paused;
    setPaused(next);
    if (next) audioRef.current?.pause();
    else audioRef.current?.play().catch(() => setMusicProblem(true));
  };

  const fullScreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    else void dialogRef.current?.requestFullscreen?.().catch(() => undefined);
  };

  const onTime = () => {
    const t = audioRef.current?.currentTime ?? 0;
    const step = t - lastTime.current;
    lastTime.current = t;
    if (step > 0 && step < 1.5) heard.current += step;
    else if (step < 0) lastTime.current = t; // looped back to the start
  };

  return (
    <dialog
      ref={dialogRef}
      className="calm"
      aria-labelledby="calm-title"
      onCancel={(e) => {
        e.preventDefault();
        end();
      }}
    >
      {image ? <img className="calm__image" src={image.imageUrl} alt="" /> : <div className="calm__image calm__image--plain" />}
      <div className="calm__veil" />
      {piece ? <audio ref={audioRef} src={piece.audioUrl} loop preload="auto" onTimeUpdate={onTime} /> : null}
      <div className="calm__content">
        <h2 id="calm-title" className="calm__title">
          {image ? t('daily:calmView.titleWith', { image: imageTitle(image) }) : t('daily:calmView.title')}
        </h2>
        <BreathingPacer pattern={pattern} running={!paused && !finished} />
        <SessionTimer elapsed={elapsed} seconds={seconds} paused={paused} />
        {finished ? <p className="calm__note">{t('daily:calmView.finished')}</p> : null}
        {musicProblem && piece ? <p className="calm__note">{t('daily:calmView.musicProblem')}</p> : null}
        <div className="calm__controls">
          {!finished ? (
            <button type="button" className="button calm__button" onClick={pause}>
              {paused ? t('daily:calmView.resume') : t('daily:calmView.pause')}
            </button>
          ) : null}
          {piece ? (
            <label className="calm__volume">
              <span>{t('daily:calmView.volume')}</span>
              <input
                type="range"
                min={0}
                max={100}
                step={5}
                value={volume}
                onChange={(e) => setVolume(Number(e.target.value))}
                aria-valuetext={`${volume} %`}
              />
            </label>
          ) : null}
          <button type="button" className="button calm__button" onClick={fullScreen}>
            {t('daily:calmView.fullScreen')}
          </button>
          <button ref={endRef} type="button" className="button calm__button calm__button--end" onClick={end}>
            {t('daily:calmView.end')}
          </button>
        </div>
      </div>
    </dialog>
  );
}

/** Counts seconds while `running`; calls `onDone` once when `seconds` have passed. */
function useSessionClock(running: boolean, seconds: number, onDone: () => void): number {
  const [elapsed, setElapsed] = useState(0);
  const done = useRef(false);
  const doneRef = useRef(onDone);
  doneRef.current = onDone;

  useEffect(() => {
    if (!running) return;
    let last = performance.now();
    const id = window.setInterval(() => {
      const now = performance.now();
      const step = (now - last) / 1000;
      last = now;
      setElapsed((e) => e + step);
    }, 250);
    return () => window.clearInterval(id);
  }, [running]);

  useEffect(() => {
    if (!done.current && elapsed >= seconds) {
      done.current = true;
      doneRef.current();
    }
  }, [elapsed, seconds]);

  return elapsed;
}

interface SessionTimerProps {
  elapsed: number;
  seconds: number;
  paused: boolean;
}

function SessionTimer({ elapsed, seconds, paused }: SessionTimerProps) {
  const { t } = useT();
  const left = Math.max(0, seconds - elapsed);
  const share = seconds > 0 ? Math.min(1, elapsed / seconds) : 0;
  return (
    <div className="session-timer">
      <p className="session-timer__time" data-testid="session-timer">
        <span className="visually-hidden">{t('daily:calmView.timeSoFar')}</span>
        {formatClock(elapsed)}
        <span className="session-timer__of">{t('daily:calmView.of', { total: formatClock(seconds) })}</span>
      </p>
      <div
        className="session-timer__bar"
        role="progressbar"
        aria-label={t('daily:calmView.sessionTime')}
        aria-valuemin={0}
        aria-valuemax={Math.round(seconds)}
        aria-valuenow={Math.round(Math.min(elapsed, seconds))}
        aria-valuetext={t('daily:calmView.left', { time: formatClock(left) })}
      >
        <span className="session-timer__fill" style={{ width: `${share * 100}%` }} />
      </div>
      <p className="session-timer__state">
        {paused ? t('daily:calmView.paused') : left > 0 ? t('daily:calmView.left', { time: formatClock(left) }) : t('daily:calmView.timeUp')}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {left === 0 ? t('daily:calmView.timeUpLive') : ''}
      </p>
    </div>
  );
}
