/**
 * A mood check-in: a 5 × 5 grid of how pleasant (left → right) and how much energy (top →
 * bottom) the client feels, and a 0–10 distress rating. Both are native radio groups, so they
 * work with a keyboard (arrow keys) and screen readers; every cell is a 48 px touch target.
 */
import { useId } from 'react';
import type { Mood } from './music-api.ts';
import { useT } from '../i18n.tsx';

/** A check-in being filled in: each part is null until chosen. */
export interface MoodDraft {
  valence: number | null;
  arousal: number | null;
  distress: number | null;
}

export const EMPTY_MOOD: MoodDraft = { valence: null, arousal: null, distress: null };

/** The finished reading, or null while a part is missing. */
export function completeMood(d: MoodDraft): Mood | null {
  if (d.valence === null || d.arousal === null || d.distress === null) return null;
  return { valence: d.valence, arousal: d.arousal, distress: d.distress };
}

const STEPS = [-1, -0.5, 0, 0.5, 1] as const;
const VALENCE_WORDS: Record<string, string> = { '-1': 'very unpleasant', '-0.5': 'unpleasant', '0': 'neutral', '0.5': 'pleasant', '1': 'very pleasant' };
const AROUSAL_WORDS: Record<string, string> = {
  '1': 'very high energy',
  '0.5': 'high energy',
  '0': 'medium energy',
  '-0.5': 'low energy',
  '-1': 'very low energy',
};

/** "pleasant, low energy" (in the listener's language when `t` is given). */
export function moodWords(valence: number, arousal: number, t?: ReturnType<typeof useT>['t']): string {
  const step = (v: number) => STEPS.reduce((best, s) => (Math.abs(s - v) < Math.abs(best - v) ? s : best), 0);
  const v = step(valence);
  const a = step(arousal);
  if (t) return t('music:mood.words', { v: String(STEPS.indexOf(v)), a: String(STEPS.indexOf(a)) });
  return `${VALENCE_WORDS[String(v)]}, ${AROUSAL_WORDS[String(a)]}`;
}

interface MoodCheckProps {
  /** The question, e.g. "Before you listen". */
  legend: string;
  value: MoodDraft;
  onChange(next: MoodDraft): void;
  disabled?: boolean;
}

export function MoodCheck({ legend, value, onChange, disabled }: MoodCheckProps) {
  const id = useId();
  const { t } = useT();
  const rows = [...STEPS].reverse(); // high energy at the top
  return (
    <fieldset className="mood-check" disabled={disabled}>
      <legend className="mood-check__legend">{legend}</legend>
      <div className="mood-check__parts">
        <fieldset className="mood-grid">
          <legend className="mood-check__question">{t('music:mood.question')}</legend>
          <p className="mood-grid__axis mood-grid__axis--top" aria-hidden="true">
            {t('music:mood.more')}
          </p>
          <div className="mood-grid__body">
            <span className="mood-grid__side" aria-hidden="true">
              {t('music:mood.unpleasant')}
            </span>
            <div className="mood-grid__cells">
              {rows.map((arousal) =>
                STEPS.map((valence) => {
                  const checked = value.valence === valence && value.arousal === arousal;
                  return (
                    <label key={`${valence}:${arousal}`} className="mood-grid__cell" data-v={valence} data-a={arousal}>
                      <input
                        type="radio"
                        className="overlay-input"
                        name={`${id}-feel`}
                        checked={checked}
                        onChange={() => onChange({ ...value, valence, arousal })}
                        aria-label={moodWords(valence, arousal, t)}
                      />
                      <span className="mood-grid__dot" aria-hidden="true" />
                    </label>
                  );
                }),
              )}
            </div>
            <span className="mood-grid__side" aria-hidden="true">
              {t('music:mood.pleasant')}
            </span>
          </div>
          <p className="mood-grid__axis" aria-hidden="true">
            {t('music:mood.less')}
          </p>
          <p className="mood-grid__chosen muted">
            {value.valence !== null && value.arousal !== null
              ? t('music:mood.chose', { words: moodWords(value.valence, value.arousal, t) })
              : t('music:mood.choose')}
          </p>
        </fieldset>
        <fieldset className="distress">
          <legend className="mood-check__question">{t('music:mood.distressQuestion')}</legend>
          <p className="muted distress__hint" id={`${id}-hint`}>
            {t('music:mood.distressHint')}
          </p>
          <div className="distress__scale">
            {Array.from({ length: 11 }, (_, n) => (
              <label key={n} className="distress__option">
                <input
                  type="radio"
                  className="overlay-input"
                  name={`${id}-distress`}
                  checked={value.distress === n}
                  onChange={() => onChange({ ...value, distress: n })}
                  aria-describedby={`${id}-hint`}
                  aria-label={t('music:mood.distress', { n })}
                />
                <span className="distress__chip" aria-hidden="true">
                  {n}
                </span>
              </label>
            ))}
          </div>
        </fieldset>
      </div>
    </fieldset>
  );
}
