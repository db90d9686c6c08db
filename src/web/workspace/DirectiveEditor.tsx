import { useState } from 'react';
import type { FormEvent } from 'react';
import { Field } from '../components/Field.tsx';
import { Notice } from '../components/Notice.tsx';
import { GOAL_TAGS } from '../../domain/directives/directive.ts';
import { DIRECTIVE_MODES, workspaceApi, workspaceMessage } from './workspace-api.ts';
import type { DirectiveDraft, DirectiveItem } from './workspace-api.ts';
import { useT } from '../i18n.tsx';

interface DirectiveEditorProps {
  /** The therapist's own directive to edit; without it a new one is written. */
  editing?: DirectiveItem;
  onSaved(d: DirectiveItem): void;
  onCancel(): void;
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);
export const tagLabel = (t: string) => t.replace(/-/g, ' ');

/**
 * Write or edit one of the therapist's own directives, with the same fields as the catalogue.
 * Lists are one item per line. The server checks the rules and answers in words.
 */
export function DirectiveEditor({ editing, onSaved, onCancel }: DirectiveEditorProps) {
  const { t } = useT();
  const [title, setTitle] = useState(editing?.title ?? '');
  const [goal, setGoal] = useState(editing?.goal ?? '');
  const [mode, setMode] = useState(editing?.mode ?? 'studio-draw');
  const [tags, setTags] = useState<string[]>(editing?.goalTags ?? []);
  const [min, setMin] = useState(String(editing?.durationMinutes.min ?? 15));
  const [max, setMax] = useState(String(editing?.durationMinutes.max ?? 30));
  const [instructions, setInstructions] = useState((editing?.instructions ?? []).join('\n'));
  const [questions, setQuestions] = useState((editing?.reflectionQuestions ?? []).join('\n'));
  const [suitable, setSuitable] = useState((editing?.suitableFor ?? []).join('\n'));
  const [unsuitable, setUnsuitable] = useState((editing?.unsuitableFor ?? []).join('\n'));
  const [notes, setNotes] = useState(editing?.therapistNotes ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!title.trim()) return setError(t('workspace:directive.titleMissing'));
    if (tags.length === 0) return setError(t('workspace:directive.tagMissing'));
    const draft: DirectiveDraft = {
      title: title.trim(),
      goal: goal.trim(),
      mode,
      goalTags: tags,
      durationMinutes: { min: Number(min), max: Number(max) },
      instructions: lines(instructions),
      reflectionQuestions: lines(questions),
      suitableFor: lines(suitable),
      unsuitableFor: lines(unsuitable),
      therapistNotes: notes.trim(),
    };
    setError(null);
    setBusy(true);
    try {
      onSaved(editing ? await workspaceApi.updateDirective(editing.id, draft) : await workspaceApi.createDirective(draft));
    } catch (err) {
      setError(workspaceMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form ws-subform" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="directive-editor-heading">
      <h4 id="directive-editor-heading">{editing ? t('workspace:directive.edit', { title: editing.title }) : t('workspace:directive.new')}</h4>
      <p className="muted">{t('workspace:directive.lead')}</p>
      <Field label={t('pages:artwork.title')} value={title} onChange={(e) => setTitle(e.target.value)} maxLength={80} required />
      <Field
        label={t('workspace:directive.goal')}
        multiline
        rows={2}
        value={goal}
        onChange={(e) => setGoal(e.target.value)}
        maxLength={400}
        hint={t('workspace:directive.goalHint')}
      />
      <div className="ws-filters">
        <div className="field">
          <label htmlFor="editor-mode">{t('workspace:directive.opens')}</label>
          <select id="editor-mode" className="ws-select" value={mode} onChange={(e) => setMode(e.target.value)}>
            {DIRECTIVE_MODES.map((m) => (
              <option key={m.id} value={m.id}>
                {m.label}
              </option>
            ))}
          </select>
        </div>
        <Field
          label={t('workspace:directive.shortest')}
          type="number"
          inputMode="numeric"
          min={1}
          max={240}
          value={min}
          onChange={(e) => setMin(e.target.value)}
        />
        <Field
          label={t('workspace:directive.longest')}
          type="number"
          inputMode="numeric"
          min={1}
          max={240}
          value={max}
          onChange={(e) => setMax(e.target.value)}
        />
      </div>
      <fieldset className="ws-choice ws-tags">
        <legend>{t('workspace:directive.tags')}</legend>
        {GOAL_TAGS.map((tag) => (
          <label key={tag} className="ws-pill">
            <input
              type="checkbox"
              checked={tags.includes(tag)}
              onChange={(e) => setTags((old) => (e.target.checked ? [...old, tag] : old.filter((x) => x !== tag)))}
            />
            {tagLabel(tag)}
          </label>
        ))}
      </fieldset>
      <Field
        label={t('workspace:directive.instructions')}
        multiline
        rows={4}
        value={instructions}
        onChange={(e) => setInstructions(e.target.value)}
        hint={t('workspace:directive.instructionsHint')}
      />
      <Field
        label={t('workspace:directive.questions')}
        multiline
        rows={3}
        value={questions}
        onChange={(e) => setQuestions(e.target.value)}
        hint={t('workspace:directive.questionsHint')}
      />
      <Field
        label={t('workspace:directive.suitable')}
        multiline
        rows={2}
        value={suitable}
        onChange={(e) => setSuitable(e.target.value)}
        hint={t('workspace:directive.onePerLine')}
      />
      <Field
        label={t('workspace:directive.unsuitable')}
        multiline
        rows={2}
        value={unsuitable}
        onChange={(e) => setUnsuitable(e.target.value)}
        hint={t('workspace:directive.unsuitableHint')}
      />
      <Field label={t('workspace:directive.notes')} multiline rows={2} value={notes} onChange={(e) => setNotes(e.target.value)} maxLength={2000} />
      {error ? <Notice tone="error">{error}</Notice> : null}
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t('workspace:note.saving') : editing ? t('workspace:plans.saveChanges') : t('workspace:directive.save')}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {t('common:cancel')}
        </button>
      </div>
    </form>
  );
}
