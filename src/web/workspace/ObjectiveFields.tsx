import { useId } from 'react';
import type { MeasureKind } from './workspace-api.ts';

export interface ObjectiveDraft {
  id: string;
  text: string;
  measure: MeasureKind | '';
  below: string;
  by: string;
}

/** One objective: its wording and an optional questionnaire target ("GAD-7 below 10 by a date"). */
export function ObjectiveFields({ label, value, onChange }: { label: string; value: ObjectiveDraft; onChange(v: ObjectiveDraft): void }) {
  const id = useId();
  const set = (patch: Partial<ObjectiveDraft>) => onChange({ ...value, ...patch });
  const max = value.measure === 'gad7' ? 21 : 27;
  return (
    <div className="ws-objective" role="group" aria-labelledby={`${id}-label`}>
      <label id={`${id}-label`} htmlFor={`${id}-text`} className="ws-objective__label">
        {label}
      </label>
      <input id={`${id}-text`} className="ws-input" value={value.text} onChange={(e) => set({ text: e.target.value })} placeholder="e.g. GAD-7 below 10 by June" />
      <div className="ws-objective__target">
        <div className="field">
          <label htmlFor={`${id}-measure`}>Measured by</label>
          <select id={`${id}-measure`} className="ws-select" value={value.measure} onChange={(e) => set({ measure: e.target.value as ObjectiveDraft['measure'] })}>
            <option value="">No questionnaire</option>
            <option value="phq9">PHQ-9</option>
            <option value="gad7">GAD-7</option>
          </select>
        </div>
        {value.measure ? (
          <>
            <div className="field">
              <label htmlFor={`${id}-below`}>Below</label>
              <input id={`${id}-below`} className="ws-input ws-input--short" type="number" inputMode="numeric" min={1} max={max} value={value.below} onChange={(e) => set({ below: e.target.value })} />
            </div>
            <div className="field">
              <label htmlFor={`${id}-by`}>By</label>
              <input id={`${id}-by`} className="ws-input" type="date" value={value.by} onChange={(e) => set({ by: e.target.value })} />
            </div>
          </>
        ) : null}
      </div>
    </div>
  );
}
