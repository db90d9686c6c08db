import { useId } from 'react';
import { useT } from '../i18n.tsx';

export interface MoodValue {
  valence: number;
  arousal: number;
}

/** A 3 × 3 valence/arousal grid in everyday words: top row activated, left column unpleasant. */
const CELLS: { id: 'tense' | 'alert' | 'excited' | 'upset' | 'okay' | 'content' | 'low' | 'quiet' | 'calm'; valence: number; arousal: number }[] = [
  { id: 'tense', valence: -0.7, arousal: 0.7 },
  { id: 'alert', valence: 0, arousal: 0.7 },
  { id: 'excited', valence: 0.7, arousal: 0.7 },
  { id: 'upset', valence: -0.7, arousal: 0 },
  { id: 'okay', valence: 0, arousal: 0 },
  { id: 'content', valence: 0.7, arousal: 0 },
  { id: 'low', valence: -0.7, arousal: -0.7 },
  { id: 'quiet', valence: 0, arousal: -0.7 },
  { id: 'calm', valence: 0.7, arousal: -0.7 },
];

/** Pick the word closest to how you feel; arrow keys move between choices like any radio group. */
export function MoodGrid({ value, onChange, legend }: { value: MoodValue | null; onChange(v: MoodValue): void; legend: string }) {
  const name = useId();
  const { t } = useT();
  const words: Record<(typeof CELLS)[number]['id'], string> = {
    tense: t('workspace:mood.tense'),
    alert: t('workspace:mood.alert'),
    excited: t('workspace:mood.excited'),
    upset: t('workspace:mood.upset'),
    okay: t('workspace:mood.okay'),
    content: t('workspace:mood.content'),
    low: t('workspace:mood.low'),
    quiet: t('workspace:mood.quiet'),
    calm: t('workspace:mood.calm'),
  };
  return (
    <fieldset className="ws-mood">
      <legend>{legend}</legend>
      <p className="field__hint">{t('workspace:mood.hint')}</p>
      <div className="ws-mood__grid">
        {CELLS.map((c) => (
          <label key={c.id} className="ws-mood__cell">
            <input
              type="radio"
              name={name}
              checked={value?.valence === c.valence && value.arousal === c.arousal}
              onChange={() => onChange({ valence: c.valence, arousal: c.arousal })}
            />
            <span>{words[c.id]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
