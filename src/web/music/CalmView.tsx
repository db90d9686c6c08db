/**
 * The guided-imagery session itself: a full-window modal <dialog> with the calming image, the
 * breathing pacer, the music (looping) and the session clock. The dialog keeps keyboard focus
 * inside it; Escape or "End session" returns to the page to note how the client feels. The
 * clock counts only unpaused time and announces the end, not every second.
 */
import { useEffect, useRef, useState } from 'react';
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
          {image ? `Guided imagery · ${imageTitle(image)}` : 'Guided imagery'}
        </h2>
        <BreathingPacer pattern={pattern} running={!paused && !finished} />
        <SessionTimer elapsed={elapsed} seconds={seconds} paused={paused} />
        {finished ? <p className="calm__note">Your time is up. Let your breath return to its own rhythm, and come back when you are ready.</p> : null}
        {musicProblem && piece ? <p className="calm__note">The music did not start by itself. Press “Resume” or check the sound.</p> : null}
        <div className="calm__controls">
          {!finished ? (
            <button type="button" className="button calm__button" onClick={pause}>
              {paused ? 'Resume' : 'Pause'}
            </button>
          ) : null}
          {piece ? (
            <label className="calm__volume">
              <span>Music volume</span>
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
            Full screen
          </button>
          <button ref={endRef} type="button" className="button calm__button calm__button--end" onClick={end}>
            End session
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
  const left = Math.max(0, seconds - elapsed);
  const share = seconds > 0 ? Math.min(1, elapsed / seconds) : 0;
  return (
    <div className="session-timer">
      <p className="session-timer__time" data-testid="session-timer">
        <span className="visually-hidden">Time so far: </span>
        {formatClock(elapsed)}
        <span className="session-timer__of"> of {formatClock(seconds)}</span>
      </p>
      <div
        className="session-timer__bar"
        role="progressbar"
        aria-label="Session time"
        aria-valuemin={0}
        aria-valuemax={Math.round(seconds)}
        aria-valuenow={Math.round(Math.min(elapsed, seconds))}
        aria-valuetext={`${formatClock(left)} left`}
      >
        <span className="session-timer__fill" style={{ width: `${share * 100}%` }} />
      </div>
      <p className="session-timer__state">{paused ? 'Paused' : left > 0 ? `${formatClock(left)} left` : 'Time is up'}</p>
      <p className="visually-hidden" aria-live="polite">
        {left === 0 ? 'Your session time is up. Take your time coming back.' : ''}
      </p>
    </div>
  );
}
