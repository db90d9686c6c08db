import { useState } from 'react';
import type { FormEvent } from 'react';
import { Field } from '../components/Field.tsx';
import { Notice } from '../components/Notice.tsx';
import { GOAL_TAGS } from '../../domain/directives/directive.ts';
import { DIRECTIVE_MODES, workspaceApi, workspaceMessage } from './workspace-api.ts';
import type { DirectiveDraft, DirectiveItem } from './workspace-api.ts';

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
    if (!title.trim()) return setError('Give the directive a title.');
    if (tags.length === 0) return setError('Choose at least one goal tag, so the directive can be found by goal.');
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
      <h4 id="directive-editor-heading">{editing ? `Edit “${editing.title}”` : 'Write a new directive'}</h4>
      <p className="muted">Only you can see your own directives. Instructions and questions are what the client reads.</p>
      <Field label="Title" value={title} onChange={(e) => setTitle(e.target.value)} maxLength={80} required />
      <Field
        label="Goal"
        multiline
        rows={2}
        value={goal}
        onChange={(e) => setGoal(e.target.value)}
        maxLength={400}
        hint="Why you would offer it, in a sentence or two."
      />
      <div className="ws-filters">
        <div className="field">
          <label htmlFor="editor-mode">Opens</label>
          <select id="editor-mode" className="ws-select" value={mode} onChange={(e) => setMode(e.target.value)}>
            {DIRECTIVE_MODES.map((m) => (
              <option key={m.id} value={m.id}>
                {m.label}
              </option>
            ))}
          </select>
        </div>
        <Field label="Shortest time (minutes)" type="number" inputMode="numeric" min={1} max={240} value={min} onChange={(e) => setMin(e.target.value)} />
        <Field label="Longest time (minutes)" type="number" inputMode="numeric" min={1} max={240} value={max} onChange={(e) => setMax(e.target.value)} />
      </div>
      <fieldset className="ws-choice ws-tags">
        <legend>Goal tags</legend>
        {GOAL_TAGS.map((t) => (
          <label key={t} className="ws-pill">
            <input
              type="checkbox"
              checked={tags.includes(t)}
              onChange={(e) => setTags((old) => (e.target.checked ? [...old, t] : old.filter((x) => x !== t)))}
            />
            {tagLabel(t)}
          </label>
        ))}
      </fieldset>
      <Field
        label="Client instructions"
        multiline
        rows={4}
        value={instructions}
        onChange={(e) => setInstructions(e.target.value)}
        hint="One step per line, in order."
      />
      <Field
        label="Reflection questions"
        multiline
        rows={3}
        value={questions}
        onChange={(e) => setQuestions(e.target.value)}
        hint="One question per line; the client answers them after making."
      />
      <Field label="Suitable situations" multiline rows={2} value={suitable} onChange={(e) => setSuitable(e.target.value)} hint="One per line." />
      <Field
        label="Unsuitable situations"
        multiline
        rows={2}
        value={unsuitable}
        onChange={(e) => setUnsuitable(e.target.value)}
        hint="One per line: when not to offer it, or only with care."
      />
      <Field label="Notes for yourself (optional)" multiline rows={2} value={notes} onChange={(e) => setNotes(e.target.value)} maxLength={2000} />
      {error ? <Notice tone="error">{error}</Notice> : null}
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Saving…' : editing ? 'Save changes' : 'Save directive'}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
