import { useState } from 'react';
import type { Client } from '../api/client.ts';
import { Field } from '../components/Field.tsx';
import { LiveStatus, Loading, Notice } from '../components/Notice.tsx';
import { formatWhen, toLocalInput } from '../format.ts';
import { useLoad } from '../use-load.ts';
import { GOAL_TAGS } from '../../domain/directives/directive.ts';
import { DirectiveEditor, tagLabel } from './DirectiveEditor.tsx';
import { DIRECTIVE_MODES, modeLabel, workspaceApi, workspaceMessage } from './workspace-api.ts';
import type { DirectiveItem } from './workspace-api.ts';
import { useT } from '../i18n.tsx';

type Source = '' | 'built-in' | 'mine';
type Editing = { kind: 'new' } | { kind: 'edit'; directive: DirectiveItem } | null;

/**
 * Plan a session: browse and search the catalogue together with the therapist's own directives
 * (filter by mode, goal tag and source), open one, then assign it as homework or add it to an
 * upcoming session. Built-ins are read-only; "Duplicate to edit" makes an own copy.
 */
export function PlanSession({ client }: { client: Client }) {
  const { t } = useT();
  const [text, setText] = useState('');
  const [mode, setMode] = useState('');
  const [goal, setGoal] = useState('');
  const [source, setSource] = useState<Source>('');
  const [version, setVersion] = useState(0);
  const list = useLoad(() => workspaceApi.directives({ text, mode, goal, source }), [text, mode, goal, source, version]);
  const [open, setOpen] = useState<DirectiveItem | null>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const saved = (d: DirectiveItem) => {
    setStatus(editing?.kind === 'edit' ? t('workspace:planSession.saved', { title: d.title }) : t('workspace:planSession.addedMine', { title: d.title }));
    setEditing(null);
    setOpen(d);
    setVersion((v) => v + 1);
  };
  const duplicate = async (d: DirectiveItem) => {
    setError(null);
    try {
      const copy = await workspaceApi.duplicateDirective(d.id);
      setVersion((v) => v + 1);
      setOpen(copy);
      setEditing({ kind: 'edit', directive: copy });
      setStatus(t('workspace:planSession.copied', { title: d.title }));
    } catch (e) {
      setError(workspaceMessage(e));
    }
  };

  const found = list.data ?? [];
  return (
    <div className="stack">
      <div className="section-head">
        <h3>{t('workspace:planSession.heading')}</h3>
        {!editing ? (
          <button type="button" className="button button--secondary" onClick={() => setEditing({ kind: 'new' })}>
            {t('workspace:directive.new')}
          </button>
        ) : null}
      </div>
      <LiveStatus message={status} />
      {error ? <Notice tone="error">{error}</Notice> : null}
      {editing ? (
        <DirectiveEditor
          key={editing.kind === 'edit' ? editing.directive.id : 'new'}
          editing={editing.kind === 'edit' ? editing.directive : undefined}
          onSaved={saved}
          onCancel={() => setEditing(null)}
        />
      ) : null}
      <div className="ws-filters ws-filters--plan" role="search" aria-label={t('workspace:planSession.find')}>
        <Field
          label={t('workspace:assign.search')}
          type="search"
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={t('workspace:assign.searchExample')}
          autoComplete="off"
        />
        <Select
          id="plan-mode"
          label={t('workspace:assign.mode')}
          value={mode}
          onChange={setMode}
          options={[['', t('workspace:assign.allModes')], ...DIRECTIVE_MODES.map((m) => [m.id, m.label] as [string, string])]}
        />
        <Select
          id="plan-goal"
          label={t('workspace:directive.goal')}
          value={goal}
          onChange={setGoal}
          options={[['', t('workspace:planSession.allGoals')], ...GOAL_TAGS.map((t) => [t, tagLabel(t)] as [string, string])]}
        />
        <Select
          id="plan-source"
          label={t('daily:agenda.viewLabel')}
          value={source}
          onChange={(v) => setSource(v as Source)}
          options={[
            ['', t('workspace:planSession.both')],
            ['built-in', t('workspace:planSession.catalogue')],
            ['mine', t('workspace:planSession.mine')],
          ]}
        />
      </div>
      <p className="visually-hidden" aria-live="polite">
        {list.data ? t('workspace:assign.found', { count: found.length }) : ''}
      </p>
      <div className="ws-plan">
        <div className="ws-plan__list">
          {list.loading && !list.data ? <Loading label={t('workspace:planSession.searching')} /> : null}
          {list.error ? <Notice tone="error">{list.error}</Notice> : null}
          {list.data && found.length === 0 ? <p className="muted">{t('workspace:planSession.nothing')}</p> : null}
          <ul className="ws-directive-list" aria-label={t('workspace:planSession.list')}>
            {found.map((d) => (
              <li key={d.id}>
                <button
                  type="button"
                  className={`ws-directive ws-directive--button${open?.id === d.id ? ' ws-directive--chosen' : ''}`}
                  aria-pressed={open?.id === d.id}
                  onClick={() => setOpen(d)}
                >
                  <span className="ws-directive__body">
                    <span className="ws-directive__title">
                      {d.title} {d.source === 'therapist' ? <span className="tag ws-inline-tag">{t('workspace:planSession.mineTag')}</span> : null}
                    </span>
                    <span className="muted">
                      {modeLabel(d.mode)} · {t('workspace:assign.minutes', { min: d.durationMinutes.min, max: d.durationMinutes.max })}
                    </span>
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </div>
        {open ? (
          <DirectiveDetail
            key={open.id}
            directive={open}
            client={client}
            onEdit={() => setEditing({ kind: 'edit', directive: open })}
            onDuplicate={() => void duplicate(open)}
            onDone={setStatus}
          />
        ) : (
          <p className="muted ws-plan__hint">{t('workspace:planSession.hint')}</p>
        )}
      </div>
    </div>
  );
}

function Select({ id, label, value, onChange, options }: { id: string; label: string; value: string; onChange(v: string): void; options: [string, string][] }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} className="ws-select" value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );
}

interface DetailProps {
  directive: DirectiveItem;
  client: Client;
  onEdit(): void;
  onDuplicate(): void;
  onDone(message: string): void;
}

function DirectiveDetail({ directive: d, client, onEdit, onDuplicate, onDone }: DetailProps) {
  const { t } = useT();
  const sessions = useLoad(
    async () => (await workspaceApi.sessions(client.id)).filter((s) => s.status === 'scheduled' || s.status === 'in_progress'),
    [client.id],
  );
  const [sessionId, setSessionId] = useState('');
  const [due, setDue] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const act = async (what: string, run: () => Promise<string>) => {
    setError(null);
    setBusy(what);
    try {
      onDone(await run());
    } catch (e) {
      setError(workspaceMessage(e));
    } finally {
      setBusy(null);
    }
  };
  const assign = () =>
    act('assign', async () => {
      const dueAt = due ? new Date(`${due}T23:59:00`).toISOString() : undefined;
      await workspaceApi.assignHomework(client.id, { directiveId: d.id, ...(dueAt ? { dueAt } : {}), ...(note.trim() ? { note: note.trim() } : {}) });
      setNote('');
      return t('workspace:planSession.assigned', { title: d.title, name: client.displayName });
    });
  const attach = () =>
    act('attach', async () => {
      const target = (sessions.data ?? []).find((s) => s.id === (sessionId || sessions.data?.[0]?.id));
      if (!target) throw new Error(t('workspace:planSession.chooseSession'));
      await workspaceApi.planDirective(target.id, d.id);
      return t('workspace:planSession.attached', { title: d.title, when: formatWhen(target.scheduledAt) });
    });

  const upcoming = sessions.data ?? [];
  return (
    <article className="ws-plan__detail ws-directive-detail" aria-labelledby={`open-${d.id}`}>
      <h4 id={`open-${d.id}`}>{d.title}</h4>
      <p className="muted">
        {modeLabel(d.mode)} · {t('workspace:assign.minutes', { min: d.durationMinutes.min, max: d.durationMinutes.max })} ·{' '}
        {d.goalTags.map(tagLabel).join(', ')}
        {' · '}
        {d.source === 'therapist' ? t('workspace:planSession.yours') : t('workspace:planSession.fromCatalogue')}
      </p>
      <p>{d.goal}</p>
      <h5>{t('workspace:planSession.clientReads')}</h5>
      <ol>
        {d.instructions.map((s, i) => (
          <li key={i}>{s}</li>
        ))}
      </ol>
      <h5>{t('workspace:directive.questions')}</h5>
      <ul>
        {d.reflectionQuestions.map((s, i) => (
          <li key={i}>{s}</li>
        ))}
      </ul>
      <p>
        <strong>{t('workspace:planSession.suits')}</strong> {d.suitableFor.join('; ')}
      </p>
      <p>
        <strong>{t('workspace:planSession.takeCare')}</strong> {d.unsuitableFor.join('; ')}
      </p>
      {d.therapistNotes ? <p className="muted">{d.therapistNotes}</p> : null}
      <div className="actions">
        {d.editable ? (
          <button type="button" className="button button--quiet" onClick={onEdit}>
            {t('workspace:notes.edit')}
            <span className="visually-hidden"> {t('workspace:hw.which', { title: d.title })}</span>
          </button>
        ) : (
          <button type="button" className="button button--quiet" onClick={onDuplicate}>
            {t('workspace:planSession.duplicate')}
            <span className="visually-hidden"> {t('workspace:hw.which', { title: d.title })}</span>
          </button>
        )}
      </div>
      {error ? <Notice tone="error">{error}</Notice> : null}
      {client.status === 'active' ? (
        <>
          <form
            className="form ws-plan__action"
            aria-label={t('workspace:planSession.assignLabel', { title: d.title })}
            onSubmit={(e) => {
              e.preventDefault();
              void assign();
            }}
          >
            <h5>{t('workspace:planSession.assignHeading')}</h5>
            <div className="ws-filters">
              <Field
                label={t('workspace:assign.due')}
                type="date"
                value={due}
                min={toLocalInput(new Date()).slice(0, 10)}
                onChange={(e) => setDue(e.target.value)}
              />
              <Field
                label={t('workspace:assign.note')}
                multiline
                rows={2}
                value={note}
                onChange={(e) => setNote(e.target.value)}
                maxLength={2000}
                hint={t('workspace:assign.noteHint')}
              />
            </div>
            <button type="submit" className="button button--primary" disabled={busy !== null}>
              {busy === 'assign' ? t('workspace:assign.assigning') : t('workspace:planSession.assignTo', { name: client.displayName })}
            </button>
          </form>
          <form
            className="form ws-plan__action"
            aria-label={t('workspace:planSession.useLabel', { title: d.title })}
            onSubmit={(e) => {
              e.preventDefault();
              void attach();
            }}
          >
            <h5>{t('workspace:planSession.useHeading')}</h5>
            {sessions.error ? <Notice tone="error">{sessions.error}</Notice> : null}
            {sessions.data && upcoming.length === 0 ? <p className="muted">{t('workspace:planSession.noUpcoming')}</p> : null}
            {upcoming.length > 0 ? (
              <>
                <Select
                  id={`plan-session-${d.id}`}
                  label={t('workspace:notes.session')}
                  value={sessionId || upcoming[0]!.id}
                  onChange={setSessionId}
                  options={upcoming.map((s) => [s.id, `${formatWhen(s.scheduledAt)}${s.title ? ` · ${s.title}` : ''}`])}
                />
                <button type="submit" className="button button--secondary" disabled={busy !== null}>
                  {busy === 'attach' ? t('workspace:addenda.adding') : t('workspace:planSession.addToSession')}
                </button>
              </>
            ) : null}
          </form>
        </>
      ) : null}
    </article>
  );
}
