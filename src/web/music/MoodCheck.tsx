/**
 * A mood check-in: a 5 × 5 grid of how pleasant (left → right) and how much energy (top →
 * bottom) the client feels, and a 0–10 distress rating. Both are native radio groups, so they
 * work with a keyboard (arrow keys) and screen readers; every cell is a 48 px touch target.
 */
import { useId } from 'react';
import type { Mood } from './music-api.ts';

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

/** "pleasant, low energy" */
export function moodWords(valence: number, arousal: number): string {
  const near = (v: number) => String(STEPS.reduce((best, s) => (Math.abs(s - v) < Math.abs(best - v) ? s : best), 0));
  return `${VALENCE_WORDS[near(valence)]}, ${AROUSAL_WORDS[near(arousal)]}`;
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
  const rows = [...STEPS].reverse(); // high energy at the top
  return (
    <fieldset className="mood-check" disabled={disabled}>
      <legend className="mood-check__legend">{legend}</legend>
      <div className="mood-check__parts">
        <fieldset className="mood-grid">
          <legend className="mood-check__question">How do you feel?</legend>
          <p className="mood-grid__axis mood-grid__axis--top" aria-hidden="true">
            More energy
          </p>
          <div className="mood-grid__body">
            <span className="mood-grid__side" aria-hidden="true">
              Unpleasant
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
                        aria-label={moodWords(valence, arousal)}
                      />
                      <span className="mood-grid__dot" aria-hidden="true" />
                    </label>
                  );
                }),
              )}
            </div>
            <span className="mood-grid__side" aria-hidden="true">
              Pleasant
            </span>
          </div>
          <p className="mood-grid__axis" aria-hidden="true">
            Less energy
          </p>
          <p className="mood-grid__chosen muted">
            {value.valence !== null && value.arousal !== null
              ? `You chose: ${moodWords(value.valence, value.arousal)}`
              : 'Choose the dot closest to how you feel.'}
          </p>
        </fieldset>
        <fieldset className="distress">
          <legend className="mood-check__question">How distressed do you feel right now?</legend>
          <p className="muted distress__hint" id={`${id}-hint`}>
            0 is not at all, 10 is the most you can imagine.
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
                  aria-label={`Distress ${n}`}
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
