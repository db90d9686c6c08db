/**
 * Plays a piece: play/pause, a seek slider, loop, volume and "download WAV", over the waveform.
 * The <audio> element points straight at the streamed WAV, so playback starts while the server
 * is still rendering; the server answers Range requests, so seeking works.
 */
import { useEffect, useRef, useState } from 'react';
import { Waveform } from './Waveform.tsx';
import { formatClock } from './music-api.ts';
import type { Piece } from './music-api.ts';

interface PlayerProps {
  piece: Piece;
  /** Called with the seconds actually listened so far (seeks are not counted). */
  onListened?(seconds: number): void;
  /** Called when playback is asked to start (even if the device then cannot play). */
  onStarted?(): void;
}

export function Player({ piece, onListened, onStarted }: PlayerProps) {
  const audioRef = useRef<HTMLAudioElement>(null);
  const listened = useRef(0);
  const lastTime = useRef(0);
  const [playing, setPlaying] = useState(false);
  const [position, setPosition] = useState(0);
  const [loop, setLoop] = useState(false);
  const [volume, setVolume] = useState(80);
  const [problem, setProblem] = useState<string | null>(null);
  const duration = piece.seconds;

  useEffect(() => {
    if (audioRef.current) audioRef.current.volume = volume / 100;
  }, [volume]);

  const toggle = async () => {
    const audio = audioRef.current;
    if (!audio) return;
    if (!audio.paused) return audio.pause();
    try {
      setProblem(null);
      await audio.play();
    } catch {
      setProblem('The browser did not start playback. Press play again, or check the sound output.');
    }
  };

  const seek = (s: number) => {
    const audio = audioRef.current;
    if (!audio) return;
    audio.currentTime = Math.min(duration, Math.max(0, s));
    lastTime.current = audio.currentTime;
    setPosition(audio.currentTime);
  };

  const onTime = () => {
    const t = audioRef.current?.currentTime ?? 0;
    const step = t - lastTime.current;
    lastTime.current = t;
    if (step > 0 && step < 1.5) {
      listened.current += step;
      onListened?.(listened.current);
    }
    setPosition(t);
  };

  const file = `hearth-${piece.prompt.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'music'}.wav`;

  return (
    <div className="player">
      <audio
        ref={audioRef}
        src={piece.audioUrl}
        preload="metadata"
        loop={loop}
        onPlay={() => {
          setPlaying(true);
          onStarted?.();
        }}
        onPause={() => setPlaying(false)}
        onEnded={() => setPlaying(false)}
        onTimeUpdate={onTime}
        onError={() => setProblem('The music could not be loaded. Please try again in a moment.')}
      />
      <Waveform url={piece.audioUrl} seconds={piece.seconds} sampleRate={piece.sampleRate} position={position} onSeek={seek} />
      <div className="player__controls">
        <button type="button" className="button button--primary player__play" onClick={() => void toggle()}>
          <span aria-hidden="true" className="player__icon">
            {playing ? '❚❚' : '▶'}
          </span>
          {playing ? 'Pause' : 'Play'}
        </button>
        <label className="player__seek">
          <span className="visually-hidden">Position</span>
          <input
            type="range"
            min={0}
            max={duration}
            step={1}
            value={Math.min(duration, Math.round(position))}
            onChange={(e) => seek(Number(e.target.value))}
            aria-valuetext={`${formatClock(position)} of ${formatClock(duration)}`}
          />
        </label>
        <span className="player__time" aria-hidden="true">
          {formatClock(position)} / {formatClock(duration)}
        </span>
      </div>
      <div className="player__extras">
        <label className="checkbox">
          <input type="checkbox" checked={loop} onChange={(e) => setLoop(e.target.checked)} />
          Loop
        </label>
        <label className="player__volume">
          <span>Volume</span>
          <input type="range" min={0} max={100} step={5} value={volume} onChange={(e) => setVolume(Number(e.target.value))} aria-valuetext={`${volume} %`} />
        </label>
        <a className="button button--secondary button--small" href={piece.audioUrl} download={file}>
          Download WAV
        </a>
      </div>
      {problem ? (
        <p className="music-error" role="alert">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
