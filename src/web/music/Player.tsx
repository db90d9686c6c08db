/**
 * Plays a piece: play/pause, a seek slider, loop, volume and "download WAV", over the waveform.
 * The <audio> element points straight at the streamed WAV, so playback starts while the server
 * is still rendering; the server answers Range requests, so seeking works.
 */
import { useEffect, useRef, useState } from 'react';
import { Waveform } from './Waveform.tsx';
import { formatClock, musicApi, musicMessage } from './music-api.ts';
import type { Piece, SteerCommand, SteeringStarted } from './music-api.ts';
import { SteerPanel } from './SteerPanel.tsx';
import type { SteerEvent } from './SteerPanel.tsx';
import { useT } from '../i18n.tsx';

interface PlayerProps {
  piece: Piece;
  /** Called with the seconds actually listened so far (seeks are not counted). */
  onListened?(seconds: number): void;
  /** Called when playback is asked to start (even if the device then cannot play). */
  onStarted?(): void;
  /** Offer live steering (calmer, slower…) while it plays. */
  steerable?: boolean;
  /** Called with the steered playback's id once the listener steers (to link the listening to it). */
  onSteering?(steeringId: string): void;
}

export function Player({ piece, onListened, onStarted, steerable = false, onSteering }: PlayerProps) {
  const { t } = useT();
  const audioRef = useRef<HTMLAudioElement>(null);
  const [steering, setSteering] = useState<SteeringStarted | null>(null);
  const [steerEvents, setSteerEvents] = useState<SteerEvent[]>([]);
  const [steerBusy, setSteerBusy] = useState(false);
  const [steerStatus, setSteerStatus] = useState('');
  /** Where to continue (and whether to play) once the steered stream's metadata has loaded. */
  const resume = useRef<{ at: number; play: boolean } | null>(null);
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
      if (steering && audio.currentTime > 0) {
        // The steered stream plays at real-time pace: reconnect so a command after a pause is heard within seconds.
        resume.current = { at: audio.currentTime, play: true };
        audio.load();
        return;
      }
      await audio.play();
    } catch {
      setProblem(t('music:player.noStart'));
    }
  };

  const steer = async (command: SteerCommand) => {
    const audio = audioRef.current;
    if (!audio) return;
    setSteerBusy(true);
    try {
      // While the element reloads (a switch or reconnect), it reports 0: the place it is going back to counts.
      const pending = resume.current;
      const position = pending?.at ?? audio.currentTime;
      const playing = pending?.play ?? !audio.paused;
      const s = steering ?? (await musicApi.startSteering(piece.id));
      const r = await musicApi.steer(piece.id, s.id, { command, position });
      if (!steering) {
        // Switch to the steered stream at the same place; it renders up to here (the command included), then at listening pace.
        resume.current = { at: position, play: playing };
        setSteering(s);
        onSteering?.(s.id);
      } else if (!r.live) {
        // No stream of ours was playing there (a seek or a pause): reconnect, so the command is heard.
        resume.current = { at: position, play: playing };
        audio.load();
      }
      setSteerEvents((old) => [...old, { atSeconds: r.atSeconds, command }]);
      setSteerStatus(t('music:steer.done', { command: t(`music:steer.cmd.${command}`), seconds: Math.ceil(s.leadSeconds + 2) }));
    } catch (e) {
      setSteerStatus(musicMessage(e));
    } finally {
      setSteerBusy(false);
    }
  };

  const onLoaded = () => {
    const audio = audioRef.current;
    const r = resume.current;
    if (!audio || !r) return;
    resume.current = null;
    audio.currentTime = r.at;
    // A play() cut short by the next load is not a problem to show.
    if (r.play) audio.play().catch((e: unknown) => (e instanceof DOMException && e.name === 'AbortError' ? undefined : setProblem(t('music:player.noStart'))));
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

  const file = `hearth-${
    piece.prompt
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40) || 'music'
  }.wav`;

  return (
    <div className="player">
      <audio
        ref={audioRef}
        src={steering?.audioUrl ?? piece.audioUrl}
        preload="metadata"
        onLoadedMetadata={onLoaded}
        loop={loop}
        onPlay={() => {
          setPlaying(true);
          onStarted?.();
        }}
        onPause={() => setPlaying(false)}
        onEnded={() => setPlaying(false)}
        onTimeUpdate={onTime}
        onError={() => setProblem(t('music:player.noLoad'))}
      />
      <Waveform url={piece.audioUrl} seconds={piece.seconds} sampleRate={piece.sampleRate} position={position} onSeek={seek} />
      <div className="player__controls">
        <button type="button" className="button button--primary player__play" onClick={() => void toggle()}>
          <span aria-hidden="true" className="player__icon">
            {playing ? '❚❚' : '▶'}
          </span>
          {playing ? t('music:player.pause') : t('music:player.play')}
        </button>
        <label className="player__seek">
          <span className="visually-hidden">{t('music:player.position')}</span>
          <input
            type="range"
            min={0}
            max={duration}
            step={1}
            value={Math.min(duration, Math.round(position))}
            onChange={(e) => seek(Number(e.target.value))}
            aria-valuetext={t('music:player.positionOf', { position: formatClock(position), duration: formatClock(duration) })}
          />
        </label>
        <span className="player__time" aria-hidden="true">
          {formatClock(position)} / {formatClock(duration)}
        </span>
      </div>
      <div className="player__extras">
        <label className="checkbox">
          <input type="checkbox" checked={loop} onChange={(e) => setLoop(e.target.checked)} />
          {t('music:player.loop')}
        </label>
        <label className="player__volume">
          <span>{t('music:player.volume')}</span>
          <input type="range" min={0} max={100} step={5} value={volume} onChange={(e) => setVolume(Number(e.target.value))} aria-valuetext={`${volume} %`} />
        </label>
        <a className="button button--secondary button--small" href={piece.audioUrl} download={file}>
          {t('music:player.download')}
        </a>
      </div>
      {steerable ? <SteerPanel events={steerEvents} busy={steerBusy} status={steerStatus} onSteer={(c) => void steer(c)} /> : null}
      {problem ? (
        <p className="music-error" role="alert">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
