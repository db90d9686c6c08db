import { useState } from 'react';
import type { FormEvent } from 'react';
import { Field } from '../components/Field.tsx';
import { Notice } from '../components/Notice.tsx';
import { ObjectiveFields } from './ObjectiveFields.tsx';
import { useMeasureDefinitions } from './use-measures.ts';
import type { ObjectiveDraft } from './ObjectiveFields.tsx';
import { workspaceMessage } from './workspace-api.ts';
import type { PlanBody } from './workspace-api.ts';
import { useT } from '../i18n.tsx';

interface GoalDraft {
  id: string;
  text: string;
  objectives: ObjectiveDraft[];
}

interface PlanEditorProps {
  initial?: PlanBody;
  submitLabel: string;
  onSubmit(content: PlanBody, shared: boolean): Promise<void>;
  onCancel(): void;
  /** Offer the share choice (a new plan); an existing plan is shared from its own toggle. */
  askShare?: boolean;
}

let seq = 0;
const newId = (p: string) => `${p}${Date.now().toString(36)}${(seq++).toString(36)}`;
const lines = (s: string) =>
  s
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
const emptyObjective = (): ObjectiveDraft => ({ id: newId('o'), text: '', measure: '', score: '', by: '' });

/** Write or revise a treatment plan: problems, goals with measurable objectives, interventions. */
export function PlanEditor({ initial, submitLabel, onSubmit, onCancel, askShare }: PlanEditorProps) {
  const { t } = useT();
  const [problems, setProblems] = useState(initial?.problems.join('\n') ?? '');
  const [interventions, setInterventions] = useState(initial?.interventions.join('\n') ?? '');
  const [goals, setGoals] = useState<GoalDraft[]>(
    initial?.goals.map((g) => ({
      id: g.id,
      text: g.text,
      objectives: g.objectives.map((o) => ({
        id: o.id,
        text: o.text,
        measure: o.target?.measure ?? '',
        score: String(o.target?.below ?? o.target?.above ?? ''),
        by: o.target?.by ?? '',
      })),
    })) ?? [{ id: newId('g'), text: '', objectives: [emptyObjective()] }],
  );
  const [shared, setShared] = useState(false);
  const definitions = useMeasureDefinitions();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const setGoal = (id: string, change: (g: GoalDraft) => GoalDraft) => setGoals((old) => old.map((g) => (g.id === id ? change(g) : g)));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const filled = goals.filter((g) => g.text.trim());
    if (filled.length === 0) return setError(t('workspace:planEditor.goalMissing'));
    const bad = filled.flatMap((g) => g.objectives).find((o) => o.measure && (!o.score || !o.by || !o.text.trim()));
    if (bad) return setError(t('workspace:planEditor.objectiveIncomplete'));
    const target = (o: ObjectiveDraft) => {
      const higher = definitions.data?.find((d) => d.id === o.measure)?.better === 'higher';
      return o.measure ? { target: { measure: o.measure, ...(higher ? { above: Number(o.score) } : { below: Number(o.score) }), by: o.by } } : {};
    };
    const content: PlanBody = {
      problems: lines(problems),
      interventions: lines(interventions),
      goals: filled.map((g) => ({
        id: g.id,
        text: g.text.trim(),
        objectives: g.objectives.filter((o) => o.text.trim()).map((o) => ({ id: o.id, text: o.text.trim(), ...target(o) })),
      })),
    };
    setError(null);
    setBusy(true);
    try {
      await onSubmit(content, shared);
    } catch (err) {
      setError(workspaceMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form ws-subform" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="plan-form-heading">
      <h4 id="plan-form-heading">{initial ? t('workspace:planEditor.reviseHeading') : t('workspace:planEditor.writeHeading')}</h4>
      <Field
        label={t('workspace:planEditor.problems')}
        hint={t('workspace:planEditor.problemsHint')}
        multiline
        rows={3}
        value={problems}
        onChange={(e) => setProblems(e.target.value)}
      />
      {goals.map((g, gi) => (
        <fieldset key={g.id} className="ws-goal">
          <legend>{t('workspace:planEditor.goalN', { n: gi + 1 })}</legend>
          <Field
            label={t('workspace:planEditor.goal')}
            value={g.text}
            onChange={(e) => setGoal(g.id, (x) => ({ ...x, text: e.target.value }))}
            placeholder={t('workspace:planEditor.goalExample')}
          />
          {g.objectives.map((o, oi) => (
            <ObjectiveFields
              key={o.id}
              label={t('workspace:planEditor.objectiveN', { n: `${gi + 1}.${oi + 1}` })}
              value={o}
              onChange={(next) => setGoal(g.id, (x) => ({ ...x, objectives: x.objectives.map((y) => (y.id === o.id ? next : y)) }))}
            />
          ))}
          <button
            type="button"
            className="button button--quiet button--small"
            onClick={() => setGoal(g.id, (x) => ({ ...x, objectives: [...x.objectives, emptyObjective()] }))}
          >
            {t('workspace:planEditor.addObjective')}
            <span className="visually-hidden"> {t('workspace:planEditor.toGoal', { n: gi + 1 })}</span>
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        className="button button--quiet"
        onClick={() => setGoals((old) => [...old, { id: newId('g'), text: '', objectives: [emptyObjective()] }])}
      >
        {t('workspace:planEditor.addGoal')}
      </button>
      <Field
        label={t('workspace:plans.interventions')}
        hint={t('workspace:planEditor.interventionsHint')}
        multiline
        rows={3}
        value={interventions}
        onChange={(e) => setInterventions(e.target.value)}
      />
      {askShare ? (
        <label className="checkbox">
          <input type="checkbox" checked={shared} onChange={(e) => setShared(e.target.checked)} />
          {t('workspace:planEditor.share')}
        </label>
      ) : null}
      {error ? <Notice tone="error">{error}</Notice> : null}
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t('workspace:note.saving') : submitLabel}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {t('common:cancel')}
        </button>
      </div>
    </form>
  );
}
