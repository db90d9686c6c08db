import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { Notice } from '../components/Notice.tsx';
import { useT } from '../i18n.tsx';
import { workspaceApi, workspaceMessage } from './workspace-api.ts';
import type { Crisis, MeasureDefinition, MeasureKind, MeasureResponse } from './workspace-api.ts';

interface MeasureFormProps {
  clientId: string;
  definitions: MeasureDefinition[];
  onSaved(r: MeasureResponse, crisis: Crisis | null): void;
  onCancel?(): void;
  /** The form's heading; the therapist enters one in session, the client answers their own. */
  heading?: string;
}

/** A measure (any in the registry) with its exact items and answer options: entered in session, or answered by the client. */
export function MeasureForm({ clientId, definitions, onSaved, onCancel, heading }: MeasureFormProps) {
  const { t } = useT();
  const [kind, setKind] = useState<MeasureKind | undefined>(definitions[0]?.id);
  const [answers, setAnswers] = useState<(number | null)[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const def = definitions.find((d) => d.id === kind);
  if (!def) return null;

  const choose = (k: MeasureKind) => {
    setKind(k);
    setAnswers([]);
    setError(null);
  };
  const answer = (i: number, v: number) => {
    setAnswers((old) => def.items.map((_, j) => (j === i ? v : (old[j] ?? null))));
    setError(null);
  };
  const missing = def.items.map((_, i) => i).filter((i) => answers[i] === undefined || answers[i] === null);
  const total = answers.reduce<number>((sum, a) => sum + (a ?? 0), 0) * def.multiplier;
  const max = def.maxTotal;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (missing.length > 0) {
      setError(t('workspace:measureForm.missing', { open: missing.length, first: missing[0]! + 1 }));
      requestAnimationFrame(() => form.current?.querySelector<HTMLInputElement>(`input[name="item-${missing[0]}"]`)?.focus());
      return;
    }
    setError(null);
    setBusy(true);
    try {
      const res = await workspaceApi.addMeasure(clientId, def.id, answers as number[]);
      onSaved(res.response, res.crisis);
    } catch (err) {
      setError(workspaceMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form ref={form} className="form ws-measure-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="measure-form-heading">
      <h4 id="measure-form-heading">{heading ?? t('workspace:measures.enter')}</h4>
      <fieldset className="ws-choice">
        <legend>{t('workspace:measureForm.questionnaire')}</legend>
        {definitions.map((d) => (
          <label key={d.id} className="ws-pill">
            <input type="radio" name="measure" value={d.id} checked={kind === d.id} onChange={() => choose(d.id)} />
            {d.name}
          </label>
        ))}
      </fieldset>
      <p className="muted">{def.instructions}</p>
      <ol className="ws-items">
        {def.items.map((item, i) => (
          <li key={`${kind}-${i}`}>
            <fieldset className="ws-choice">
              <legend>
                <span className="ws-items__n">{i + 1}.</span> {item}
              </legend>
              {def.options.map((o) => (
                <label key={o.value} className="ws-pill">
                  <input type="radio" name={`item-${i}`} value={o.value} checked={answers[i] === o.value} onChange={() => answer(i, o.value)} />
                  {o.label}
                </label>
              ))}
            </fieldset>
          </li>
        ))}
      </ol>
      <p className="ws-items__total" aria-live="polite">
        {t('workspace:measureForm.totalSoFar', { total, max })}
        {' · '}
        {missing.length > 0 ? t('workspace:measureForm.toGo', { count: missing.length }) : t('workspace:measureForm.allAnswered')}
      </p>
      {error ? <Notice tone="error">{error}</Notice> : null}
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t('workspace:note.saving') : t('workspace:measureForm.save', { name: def.name })}
        </button>
        {onCancel ? (
          <button type="button" className="button button--quiet" onClick={onCancel}>
            {t('common:cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
