import { useId } from 'react';

export interface MoodValue {
  valence: number;
  arousal: number;
}

/** A 3 × 3 valence/arousal grid in everyday words: top row activated, left column unpleasant. */
const CELLS: { label: string; valence: number; arousal: number }[] = [
  { label: 'Tense', valence: -0.7, arousal: 0.7 },
  { label: 'Alert', valence: 0, arousal: 0.7 },
  { label: 'Excited', valence: 0.7, arousal: 0.7 },
  { label: 'Upset', valence: -0.7, arousal: 0 },
  { label: 'Okay', valence: 0, arousal: 0 },
  { label: 'Content', valence: 0.7, arousal: 0 },
  { label: 'Low', valence: -0.7, arousal: -0.7 },
  { label: 'Quiet', valence: 0, arousal: -0.7 },
  { label: 'Calm', valence: 0.7, arousal: -0.7 },
];

/** Pick the word closest to how you feel; arrow keys move between choices like any radio group. */
export function MoodGrid({ value, onChange, legend }: { value: MoodValue | null; onChange(v: MoodValue): void; legend: string }) {
  const name = useId();
  return (
    <fieldset className="ws-mood">
      <legend>{legend}</legend>
      <p className="field__hint">Top row: more energy · bottom row: less. Left: unpleasant · right: pleasant.</p>
      <div className="ws-mood__grid">
        {CELLS.map((c) => (
          <label key={c.label} className="ws-mood__cell">
            <input
              type="radio"
              name={name}
              checked={value?.valence === c.valence && value.arousal === c.arousal}
              onChange={() => onChange({ valence: c.valence, arousal: c.arousal })}
            />
            <span>{c.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
