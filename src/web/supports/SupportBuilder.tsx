import { useState } from 'react';
import type { FormEvent } from 'react';
import { checkStorySentence } from '../../domain/supports/sentence-check.ts';
import { messageOf } from '../api/client.ts';
import { Field } from '../components/Field.tsx';
import { Notice } from '../components/Notice.tsx';
import { useT } from '../i18n.tsx';
import type { ItemInput, Support, SupportInput } from './supports-api.ts';
import { supportsApi, symbolUrl } from './supports-api.ts';

type Kind = SupportInput['kind'];
interface Draft {
  word: string;
  artworkId: string;
  text: string;
  helps: string;
}
const blank = (): Draft => ({ word: '', artworkId: '', text: '', helps: '' });

const fromSupport = (s: Support): Draft[] =>
  s.items.map((it) => ({
    word: it.picture && 'symbol' in it.picture ? it.picture.symbol : '',
    artworkId: it.picture && 'artworkId' in it.picture ? it.picture.artworkId : '',
    text: it.text,
    helps: it.helps,
  }));

/**
 * The therapist's builder: what kind (story, schedule, emotion cards), a title, the options, and
 * the items — each with a picture (a word drawn from the shape library, or one of the client's
 * works) and words. Story sentences are checked as they are typed; the check only advises.
 */
export function SupportBuilder({
  clientId,
  works,
  editing,
  onSaved,
  onCancel,
}: {
  clientId: string;
  works: readonly { id: string; title: string }[];
  editing: Support | null;
  onSaved: (s: Support) => void;
  onCancel?: () => void;
}) {
  const { t } = useT();
  const [kind, setKind] = useState<Kind>(editing?.kind ?? 'story');
  const [title, setTitle] = useState(editing?.title ?? '');
  const [mode, setMode] = useState<'first_then' | 'routine'>(editing?.scheduleMode ?? 'routine');
  const [options, setOptions] = useState(editing?.options ?? { largePrint: false, highContrast: false, symbolOnly: false });
  const [items, setItems] = useState<Draft[]>(editing ? fromSupport(editing) : [blank()]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const setItem = (i: number, patch: Partial<Draft>) => setItems((xs) => xs.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  const move = (i: number, by: number) =>
    setItems((xs) => {
      const j = i + by;
      if (j < 0 || j >= xs.length) return xs;
      const out = [...xs];
      [out[i], out[j]] = [out[j]!, out[i]!];
      return out;
    });
  const chooseKind = (k: Kind) => {
    setKind(k);
    if (k === 'schedule' && mode === 'first_then') setItems((xs) => [...xs, blank(), blank()].slice(0, 2));
  };
  const chooseMode = (m: 'first_then' | 'routine') => {
    setMode(m);
    if (m === 'first_then') setItems((xs) => [...xs, blank(), blank()].slice(0, 2));
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const body: SupportInput = {
      kind,
      title,
      scheduleMode: kind === 'schedule' ? mode : undefined,
      options,
      items: items.map((d): ItemInput => ({
        picture: d.artworkId ? { artworkId: d.artworkId } : d.word.trim() ? { symbol: d.word.trim() } : null,
        text: d.text,
        helps: kind === 'cards' ? d.helps : undefined,
      })),
    };
    try {
      const saved = editing ? await supportsApi.update(clientId, editing.id, body) : await supportsApi.create(clientId, body);
      onSaved(saved);
      if (!editing) {
        setTitle('');
        setItems([blank()]);
      }
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  const firstThen = kind === 'schedule' && mode === 'first_then';
  const textLabel = kind === 'story' ? t('supports:builder.sentence') : kind === 'cards' ? t('supports:builder.feeling') : t('supports:builder.step');
  const itemName = (i: number) =>
    kind === 'story'
      ? t('supports:builder.panelN', { n: i + 1 })
      : kind === 'cards'
        ? t('supports:builder.cardN', { n: i + 1 })
        : firstThen
          ? i === 0
            ? t('supports:view.first')
            : t('supports:view.then')
          : t('supports:view.stepN', { n: i + 1 });

  return (
    <form
      className="stack support-builder"
      onSubmit={(e) => void submit(e)}
      aria-label={editing ? t('supports:builder.editHeading') : t('supports:builder.heading')}
    >
      <fieldset className="support-builder__kinds">
        <legend>{t('supports:builder.kind')}</legend>
        {(['story', 'schedule', 'cards'] as const).map((k) => (
          <label key={k} className="support-choice">
            <input type="radio" name="support-kind" value={k} checked={kind === k} onChange={() => chooseKind(k)} /> {t(`supports:kind.${k}`)}
          </label>
        ))}
      </fieldset>
      <Field
        label={t('supports:builder.title')}
        hint={t(`supports:builder.titleHint.${kind}`)}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        maxLength={120}
        required
      />
      {kind === 'schedule' ? (
        <fieldset>
          <legend>{t('supports:builder.mode')}</legend>
          {(['routine', 'first_then'] as const).map((m) => (
            <label key={m} className="support-choice">
              <input type="radio" name="support-mode" value={m} checked={mode === m} onChange={() => chooseMode(m)} /> {t(`supports:mode.${m}`)}
            </label>
          ))}
        </fieldset>
      ) : null}
      <fieldset>
        <legend>{t('supports:builder.options')}</legend>
        {(['largePrint', 'highContrast', 'symbolOnly'] as const).map((o) => (
          <label key={o} className="support-choice">
            <input type="checkbox" checked={options[o]} onChange={(e) => setOptions({ ...options, [o]: e.target.checked })} /> {t(`supports:option.${o}`)}
          </label>
        ))}
      </fieldset>
      <ol className="support-builder__items">
        {items.map((d, i) => {
          const warnings = kind === 'story' ? checkStorySentence(d.text) : [];
          const name = itemName(i);
          return (
            <li key={i} className="support-builder__item" aria-label={name}>
              <div className="support-builder__preview">
                {d.artworkId ? (
                  <img src={`/api/artworks/${d.artworkId}/thumb`} alt="" />
                ) : d.word.trim() ? (
                  <img src={symbolUrl(d.word)} alt="" onError={(e) => ((e.target as HTMLImageElement).style.visibility = 'hidden')} />
                ) : null}
              </div>
              <div className="stack">
                <strong>{name}</strong>
                <Field
                  label={t('supports:builder.pictureWord')}
                  hint={t('supports:builder.pictureWordHint')}
                  value={d.word}
                  onChange={(e) => setItem(i, { word: e.target.value, artworkId: '' })}
                  maxLength={60}
                />
                {works.length > 0 ? (
                  <div className="field">
                    <label htmlFor={`support-work-${i}`}>{t('supports:builder.orWork')}</label>
                    <select id={`support-work-${i}`} value={d.artworkId} onChange={(e) => setItem(i, { artworkId: e.target.value })}>
                      <option value="">{t('supports:builder.noWork')}</option>
                      {works.map((w) => (
                        <option key={w.id} value={w.id}>
                          {w.title || t('supports:builder.untitled')}
                        </option>
                      ))}
                    </select>
                  </div>
                ) : null}
                <Field label={textLabel} value={d.text} onChange={(e) => setItem(i, { text: e.target.value })} maxLength={200} />
                {warnings.length > 0 ? (
                  <ul className="support-builder__warnings" aria-live="polite">
                    {warnings.map((w) => (
                      <li key={w}>{t(`supports:warning.${w}`)}</li>
                    ))}
                  </ul>
                ) : null}
                {kind === 'cards' ? (
                  <Field label={t('supports:builder.helps')} value={d.helps} onChange={(e) => setItem(i, { helps: e.target.value })} maxLength={200} />
                ) : null}
                {!firstThen ? (
                  <div className="support-row">
                    <button type="button" className="button button--quiet" onClick={() => move(i, -1)} disabled={i === 0}>
                      {t('supports:builder.up')}
                      <span className="visually-hidden"> ({name})</span>
                    </button>
                    <button type="button" className="button button--quiet" onClick={() => move(i, 1)} disabled={i === items.length - 1}>
                      {t('supports:builder.down')}
                      <span className="visually-hidden"> ({name})</span>
                    </button>
                    <button
                      type="button"
                      className="button button--quiet"
                      onClick={() => setItems((xs) => xs.filter((_, j) => j !== i))}
                      disabled={items.length === 1}
                    >
                      {t('supports:builder.remove')}
                      <span className="visually-hidden"> ({name})</span>
                    </button>
                  </div>
                ) : null}
              </div>
            </li>
          );
        })}
      </ol>
      {!firstThen && items.length < 24 ? (
        <button type="button" className="button" onClick={() => setItems((xs) => [...xs, blank()])}>
          {kind === 'story' ? t('supports:builder.addPanel') : kind === 'cards' ? t('supports:builder.addCard') : t('supports:builder.addStep')}
        </button>
      ) : null}
      {error ? <Notice tone="error">{error}</Notice> : null}
      <div className="support-row">
        <button type="submit" className="button button--primary" disabled={busy || !title.trim()}>
          {busy ? t('supports:builder.saving') : editing ? t('supports:builder.saveChanges') : t('supports:builder.save')}
        </button>
        {onCancel ? (
          <button type="button" className="button button--quiet" onClick={onCancel}>
            {t('supports:builder.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
