import { useId } from 'react';
import { useMeasureDefinitions } from './use-measures.ts';
import type { MeasureKind } from './workspace-api.ts';
import { useT } from '../i18n.tsx';

export interface ObjectiveDraft {
  id: string;
  text: string;
  measure: MeasureKind | '';
  /** The target score: to get below it (symptom measures) or above it (wellbeing measures such as WHO-5). */
  score: string;
  by: string;
}

/** One objective: its wording and an optional questionnaire target ("GAD-7 below 10 by a date", "WHO-5 above 50"). */
export function ObjectiveFields({ label, value, onChange }: { label: string; value: ObjectiveDraft; onChange(v: ObjectiveDraft): void }) {
  const { t } = useT();
  const id = useId();
  const defs = useMeasureDefinitions().data ?? [];
  const set = (patch: Partial<ObjectiveDraft>) => onChange({ ...value, ...patch });
  const def = defs.find((d) => d.id === value.measure);
  const direction = def?.better === 'higher' ? t('workspace:objective.above') : t('workspace:objective.below');
  return (
    <div className="ws-objective" role="group" aria-labelledby={`${id}-label`}>
      <label id={`${id}-label`} htmlFor={`${id}-text`} className="ws-objective__label">
        {label}
      </label>
      <input
        id={`${id}-text`}
        className="ws-input"
        value={value.text}
        onChange={(e) => set({ text: e.target.value })}
        placeholder={t('workspace:objective.example')}
      />
      <div className="ws-objective__target">
        <div className="field">
          <label htmlFor={`${id}-measure`}>{t('workspace:objective.measuredBy')}</label>
          <select
            id={`${id}-measure`}
            className="ws-select"
            value={value.measure}
            onChange={(e) => set({ measure: e.target.value as ObjectiveDraft['measure'] })}
          >
            <option value="">{t('workspace:objective.none')}</option>
            {defs.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </div>
        {value.measure ? (
          <>
            <div className="field">
              <label htmlFor={`${id}-score`}>{direction}</label>
              <input
                id={`${id}-score`}
                className="ws-input ws-input--short"
                type="number"
                inputMode="numeric"
                min={def?.better === 'higher' ? 0 : 1}
                max={def?.maxTotal}
                value={value.score}
                onChange={(e) => set({ score: e.target.value })}
              />
            </div>
            <div className="field">
              <label htmlFor={`${id}-by`}>{t('workspace:objective.by')}</label>
              <input id={`${id}-by`} className="ws-input" type="date" value={value.by} onChange={(e) => set({ by: e.target.value })} />
            </div>
          </>
        ) : null}
      </div>
    </div>
  );
}
