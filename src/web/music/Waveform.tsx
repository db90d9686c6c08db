/**
 * The shape of a piece on a <canvas>: soft mirrored bars that fill in while the audio streams,
 * the part already played in the accent colour. Clicking or tapping seeks; keyboard and screen
 * reader users seek with the player's slider, so the canvas itself is decorative.
 */
import { useEffect, useRef, useState } from 'react';
import type { PointerEvent } from 'react';
import { useWaveform } from './use-waveform.ts';
import { useT } from '../i18n.tsx';

interface WaveformProps {
  url: string;
  seconds: number;
  sampleRate: number;
  /** Playback position, seconds. */
  position: number;
  onSeek(seconds: number): void;
}

const HEIGHT = 96;
const PLAYED = '#9a4526';
const AHEAD = '#b9a48f';
const PENDING = '#d9cbbb';

export function Waveform({ url, seconds, sampleRate, position, onSeek }: WaveformProps) {
  const { t } = useT();
  const wave = useWaveform(url, seconds * sampleRate);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [width, setWidth] = useState(600);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const observer = new ResizeObserver((entries) => {
      const w = Math.round(entries[0]?.contentRect.width ?? 0);
      if (w > 0) setWidth(w);
    });
    observer.observe(canvas);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const dpr = window.devicePixelRatio || 1;
    canvas.width = Math.round(width * dpr);
    canvas.height = Math.round(HEIGHT * dpr);
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, width, HEIGHT);
    const n = wave.peaks.length;
    const step = width / n;
    const bar = Math.max(1, step * 0.6);
    const mid = HEIGHT / 2;
    const playedX = seconds > 0 ? (position / seconds) * width : 0;
    let loudest = 0;
    for (let i = 0; i < wave.filled; i++) loudest = Math.max(loudest, wave.peaks[i]!);
    const gain = loudest > 0 ? 0.92 / loudest : 1;
    for (let i = 0; i < n; i++) {
      const x = i * step;
      const ready = i < wave.filled;
      const h = ready ? Math.max(2, wave.peaks[i]! * gain * (HEIGHT - 8)) : 2;
      ctx.fillStyle = !ready ? PENDING : x < playedX ? PLAYED : AHEAD;
      ctx.fillRect(x, mid - h / 2, bar, h);
    }
    canvas.dataset.filled = String(wave.filled);
    canvas.dataset.status = String(wave.status);
    canvas.dataset.contentType = wave.contentType;
  }, [wave, width, position, seconds]);

  const seek = (e: PointerEvent<HTMLCanvasElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    const at = Math.min(1, Math.max(0, (e.clientX - rect.left) / rect.width));
    onSeek(at * seconds);
  };

  return (
    <div className="waveform">
      <canvas ref={canvasRef} className="waveform__canvas" style={{ height: HEIGHT }} aria-hidden="true" data-testid="waveform" onPointerDown={seek} />
      <p className="waveform__note muted" aria-live="polite">
        {wave.failed ? t('music:wave.failed') : wave.done ? '' : t('music:wave.drawing')}
      </p>
    </div>
  );
}
