import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { Field } from '../components/Field.tsx';
import { Notice } from '../components/Notice.tsx';
import { formatDateTime } from '../format.ts';
import { useT } from '../i18n.tsx';
import { NoteSeriesLinks } from '../stories/NoteSeriesLinks.tsx';
import { NoteAddenda } from './NoteAddenda.tsx';
import { workspaceApi, workspaceMessage } from './workspace-api.ts';
import type { NoteItem, NoteSectionItem } from './workspace-api.ts';

const TO_COMPLETE = '[For the therapist to complete.]';

/** A draft section without the drafter's "[For the therapist to complete.]" marker: the field says so in its hint instead. */
const withoutMarker = (text: string): string => text.replace(TO_COMPLETE, '').trim();

interface NoteEditorProps {
  note: NoteItem;
  sessionName: string;
  onChanged(n: NoteItem): void;
  onClose(): void;
}

/**
 * One session note. A draft's sections are edited and saved; signing (after a confirmation)
 * records a content hash and locks it. A signed note is read-only, shows whether its content
 * still matches the hash, and takes dated addenda.
 */
export function NoteEditor({ note, sessionName, onChanged, onClose }: NoteEditorProps) {
  const { t } = useT();
  const label = (s: NoteSectionItem) => sectionLabel(t, s);
  // Sections the drafter left to the therapist's judgement: shown empty (or with only the facts
  // it added), with a hint; they count as done once the therapist has written in them.
  const [yours] = useState(() => new Map(note.sections.filter((s) => s.text.includes(TO_COMPLETE)).map((s) => [s.key, withoutMarker(s.text)])));
  const [sections, setSections] = useState<NoteSectionItem[]>(() => note.sections.map((s) => ({ ...s, text: withoutMarker(s.text) })));
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const signed = note.status === 'signed';
  useEffect(() => heading.current?.focus(), [signed]);

  const edit = (key: string, text: string) => {
    setSections((old) => old.map((s) => (s.key === key ? { ...s, text } : s)));
    setTouched((old) => new Set(old).add(key));
    setSaved(null);
  };
  const missing = (s: NoteSectionItem) => !s.text.trim() || s.text.includes(TO_COMPLETE) || (yours.has(s.key) && s.text.trim() === yours.get(s.key));
  const incomplete = sections.filter(missing).map(label);

  const run = async (work: () => Promise<NoteItem>, done: string | null) => {
    setError(null);
    setBusy(true);
    try {
      const n = await work();
      onChanged(n);
      setSaved(done);
      return true;
    } catch (e) {
      setError(workspaceMessage(e));
      return false;
    } finally {
      setBusy(false);
    }
  };
  const save = (e: FormEvent) => {
    e.preventDefault();
    void run(() => workspaceApi.saveNote(note.id, sections), t('workspace:note.saved'));
  };
  const sign = async () => {
    const ok = await run(async () => {
      await workspaceApi.saveNote(note.id, sections);
      return workspaceApi.signNote(note.id);
    }, null);
    if (!ok) setConfirming(false);
  };

  return (
    <article className={`ws-note-editor${signed ? ' ws-note-editor--signed' : ''}`} aria-labelledby="note-heading">
      <div className="section-head">
        <h4 id="note-heading" ref={heading} tabIndex={-1}>
          {t('workspace:note.heading', { format: note.format, session: sessionName })}
        </h4>
        <button type="button" className="button button--quiet button--small" onClick={onClose}>
          {t('workspace:note.close')}
        </button>
      </div>
      {signed ? (
        <IntegrityBadge note={note} />
      ) : (
        <p className="muted">{t('workspace:note.draftedBy', { by: note.draftedBy === 'builtin' ? t('workspace:note.template') : note.draftedBy })}</p>
      )}
      {saved ? <Notice tone="success">{saved}</Notice> : null}
      {signed ? (
        <dl className="ws-note-sections">
          {note.sections.map((s) => (
            <div key={s.key}>
              <dt>{label(s)}</dt>
              <dd className="prewrap">{s.text}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <form className="form" onSubmit={save} noValidate aria-label={t('workspace:note.editLabel', { format: note.format })}>
          {sections.map((s) => (
            <Field
              key={s.key}
              label={label(s)}
              multiline
              rows={5}
              value={s.text}
              onChange={(e) => edit(s.key, e.target.value)}
              hint={yours.has(s.key) ? t('daily:note.yoursHint') : undefined}
              placeholder={yours.has(s.key) ? t('daily:note.yoursPlaceholder', { section: label(s) }) : undefined}
              error={touched.has(s.key) && missing(s) ? t('daily:note.emptyError') : null}
            />
          ))}
          {error ? <Notice tone="error">{error}</Notice> : null}
          {confirming ? (
            <div className="confirm" role="group" aria-labelledby="sign-confirm">
              <p id="sign-confirm">
                <strong>{t('workspace:note.confirmTitle')}</strong> {t('workspace:note.confirmText')}
              </p>
              <div className="actions">
                <button type="button" className="button button--primary" disabled={busy} onClick={() => void sign()}>
                  {busy ? t('workspace:note.signing') : t('workspace:note.signAndLock')}
                </button>
                <button type="button" className="button button--quiet" onClick={() => setConfirming(false)}>
                  {t('workspace:note.keepEditing')}
                </button>
              </div>
            </div>
          ) : (
            <div className="actions">
              <button type="submit" className="button button--secondary" disabled={busy}>
                {busy ? t('workspace:note.saving') : t('workspace:note.saveDraft')}
              </button>
              <button
                type="button"
                className="button button--primary"
                disabled={busy || incomplete.length > 0}
                onClick={() => setConfirming(true)}
                aria-describedby={incomplete.length > 0 ? 'sign-hint' : undefined}
              >
                {t('workspace:note.sign')}
              </button>
              {incomplete.length > 0 ? (
                <span id="sign-hint" className="muted">
                  {t('daily:note.toSign', { sections: incomplete.join(', ') })}
                </span>
              ) : null}
            </div>
          )}
        </form>
      )}
      <NoteSeriesLinks noteId={note.id} clientId={note.clientId} />
      {signed ? <NoteAddenda note={note} onChanged={onChanged} /> : null}
    </article>
  );
}

/** A section's heading in the reader's language (the drafter names them in English; a custom key keeps its own label). */
function sectionLabel(t: ReturnType<typeof useT>['t'], s: NoteSectionItem): string {
  const labels: Record<string, string> = {
    subjective: t('workspace:note.section.subjective'),
    objective: t('workspace:note.section.objective'),
    assessment: t('workspace:note.section.assessment'),
    plan: t('workspace:note.section.plan'),
    data: t('workspace:note.section.data'),
    behavior: t('workspace:note.section.behavior'),
    intervention: t('workspace:note.section.intervention'),
    response: t('workspace:note.section.response'),
  };
  return labels[s.key] ?? s.label;
}

function IntegrityBadge({ note }: { note: NoteItem }) {
  const { t } = useT();
  const intact = note.integrity === 'intact';
  return (
    <p className={`ws-integrity ${intact ? 'ws-integrity--intact' : 'ws-integrity--altered'}`}>
      <svg
        width="18"
        height="18"
        viewBox="0 0 24 24"
        aria-hidden="true"
        fill="none"
        stroke="currentColor"
        strokeWidth="2.2"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        {intact ? (
          <>
            <rect x="4" y="11" width="16" height="10" rx="2" />
            <path d="M8 11V7a4 4 0 0 1 8 0v4" />
          </>
        ) : (
          <>
            <path d="M12 3 2 21h20L12 3z" />
            <path d="M12 10v5M12 18v.5" />
          </>
        )}
      </svg>
      <span>
        <strong>{intact ? t('workspace:note.intact') : t('workspace:note.altered')}</strong>
        {' · '}
        {note.signedAt ? formatDateTime(note.signedAt) : ''}
        {' · '}
        {intact ? t('workspace:note.verified') : t('workspace:note.report')}
        {note.contentHash ? (
          <span className="ws-integrity__hash" title={note.contentHash}>
            {' · '}
            {t('workspace:note.fingerprint', { hash: note.contentHash.slice(0, 12) })}
          </span>
        ) : null}
      </span>
    </p>
  );
}
