/**
 * The composer: describe what you'd like to hear, choose how long (30 seconds to an hour) and,
 * if you like, a seed to remake a piece exactly. The words become a plan on the server.
 */
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { IDEA_KEYS } from '../../domain/music/index.ts';
import { useT } from '../i18n.tsx';
import { lengthText } from './length-text.ts';
import type { ComposeRequest } from './music-api.ts';
import { TraditionMusicIdeas } from '../supports/TraditionMusicIdeas.tsx';
import { RecordingPicker } from './RecordingPicker.tsx';
import type { Recording } from './RecordingPicker.tsx';

export const LENGTHS = [30, 60, 120, 300, 600, 900, 1200, 1800, 2700, 3600] as const;

/** Sample rates the engine renders; 44.1 kHz is CD quality, 32 kHz makes smaller files. */
const RATES = [
  { rate: 32000, label: 'daily:music.rateSmall' },
  { rate: 44100, label: 'daily:music.rateCd' },
  { rate: 48000, label: 'daily:music.rateHigh' },
] as const;
type Rate = (typeof RATES)[number]['rate'];

interface ComposerProps {
  busy: boolean;
  error: string | null;
  seconds: number;
  onSecondsChange(seconds: number): void;
  onCompose(req: ComposeRequest): void;
  /** Whose recordings can be continued; without it the recording option is hidden. */
  clientId?: string | null;
}

export function Composer({ busy, error, seconds, onSecondsChange, onCompose, clientId }: ComposerProps) {
  const id = useId();
  const [prompt, setPrompt] = useState('');
  const { t } = useT();
  const [seed, setSeed] = useState('');
  const [rate, setRate] = useState<Rate>(44100);
  const [recording, setRecording] = useState<Recording | null>(null);
  const chooseRecording = (r: Recording | null) => {
    setRecording(r);
    // The piece plays the recording first, so it must run at least 2 s longer than it.
    if (r && seconds < r.seconds + 2) onSecondsChange(LENGTHS.find((l) => l >= r.seconds + 2) ?? 3600);
  };
  const [missing, setMissing] = useState(false);
  const seedValue = seed.trim() === '' ? undefined : Number(seed);
  const seedBad = seedValue !== undefined && (!Number.isInteger(seedValue) || seedValue < 0 || seedValue > 2_147_483_647);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!prompt.trim()) return setMissing(true);
    if (seedBad) return;
    onCompose({ prompt: prompt.trim(), seconds, seed: seedValue, sampleRate: rate, ...(recording ? { sampleId: recording.id } : {}) });
  };

  return (
    <form className="form composer" onSubmit={submit} noValidate aria-busy={busy}>
      <h2>{t('music:composer.title')}</h2>
      <div className={`field${missing ? ' field--invalid' : ''}`}>
        <label htmlFor={`${id}-prompt`}>{t('music:composer.what')}</label>
        <p className="field__hint" id={`${id}-hint`}>
          {t('music:composer.hint')}
        </p>
        <textarea
          id={`${id}-prompt`}
          value={prompt}
          rows={3}
          maxLength={500}
          aria-describedby={`${id}-hint${missing ? ` ${id}-error` : ''}`}
          aria-invalid={missing || undefined}
          onChange={(e) => {
            setPrompt(e.target.value);
            setMissing(false);
          }}
        />
        {missing ? (
          <p className="field__error" id={`${id}-error`}>
            {t('music:composer.missing')}
          </p>
        ) : null}
      </div>
      <TraditionMusicIdeas clientId={clientId} onPick={(idea) => (setPrompt(idea), setMissing(false))} />
      <div className="composer__ideas" role="group" aria-label={t('music:composer.ideas')}>
        {/* In the user's language: the planner reads es/de as well, and each chip plans the same piece in every language. */}
        {IDEA_KEYS.map((k) => {
          const idea = t(`music:${k}`);
          return (
            <button key={k} type="button" className="chip" onClick={() => (setPrompt(idea), setMissing(false))}>
              {idea}
            </button>
          );
        })}
      </div>
      <div className="composer__row">
        <div className="field">
          <label htmlFor={`${id}-length`}>{t('music:composer.length')}</label>
          <select id={`${id}-length`} className="select" value={seconds} onChange={(e) => onSecondsChange(Number(e.target.value))}>
            {LENGTHS.map((s) => (
              <option key={s} value={s}>
                {lengthText(s, t)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-rate`}>{t('music:composer.quality')}</label>
          <select id={`${id}-rate`} className="select" value={rate} onChange={(e) => setRate(Number(e.target.value) as Rate)}>
            {RATES.map((r) => (
              <option key={r.rate} value={r.rate}>
                {t(r.label)}
              </option>
            ))}
          </select>
        </div>
        <div className={`field${seedBad ? ' field--invalid' : ''}`}>
          <label htmlFor={`${id}-seed`}>{t('daily:music.pieceNumberOptional')}</label>
          <input
            id={`${id}-seed`}
            inputMode="numeric"
            value={seed}
            onChange={(e) => setSeed(e.target.value)}
            aria-describedby={`${id}-seed-hint`}
            aria-invalid={seedBad || undefined}
          />
          <p className={seedBad ? 'field__error' : 'field__hint'} id={`${id}-seed-hint`}>
            {seedBad ? t('daily:music.pieceNumberBad') : t('daily:music.pieceNumberHint')}
          </p>
        </div>
      </div>
      {clientId ? <RecordingPicker clientId={clientId} selected={recording} onSelect={chooseRecording} /> : null}
      {error ? (
        <p className="music-error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="submit" className="button button--primary" disabled={busy}>
        {busy ? t('music:page.composing') : t('music:composer.compose')}
      </button>
    </form>
  );
}
