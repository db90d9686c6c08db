/**
 * Keep: the pictures made in the studio stay here as drafts until the client keeps one. Keeping
 * asks for a title (offering one from their words) and puts that one version in the gallery,
 * where the therapist can see it too. A kept version can be given another title here.
 */
import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { useT } from '../i18n.tsx';
import { titleFromWords } from './keep-title.ts';
import type { Artwork } from './studio-api.ts';

interface KeepWorkProps {
  selected: Artwork | null;
  /** The words the pictures are being made from (for a suggested title). */
  words: string;
  canKeepDrawing: boolean;
  busy: boolean;
  onKeep: (title: string) => void;
}

const promptOf = (a: Artwork | null): string => (a && typeof a.params['prompt'] === 'string' ? a.params['prompt'] : '');

export function KeepWork({ selected, words, canKeepDrawing, busy, onKeep }: KeepWorkProps) {
  const { t } = useT();
  const kept = selected?.state === 'gallery';
  // The picture's own title, else a few of the words it was made from (those in the form first:
  // a refinement's own words only say what changed).
  const suggestion = selected?.title || titleFromWords(words || promptOf(selected));
  const [title, setTitle] = useState(suggestion);
  const [edited, setEdited] = useState(false);
  const [hint, setHint] = useState<string | null>(null);
  const selectedId = selected?.id;
  // Another version chosen: offer its title afresh.
  useEffect(() => {
    setEdited(false);
    setHint(null);
  }, [selectedId]);
  // Until the client types their own, the offer follows the words.
  useEffect(() => {
    if (!edited) setTitle(suggestion);
  }, [suggestion, edited]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!title.trim()) return setHint(t('studio:titleNeeded'));
    setHint(null);
    onKeep(title.trim());
  };
  const disabled = busy || (!selected && !canKeepDrawing);
  const what = !selected ? t('studio:keepWhatDrawing') : selected.kind === 'sketch' ? t('studio:keepWhatDrawing') : t('studio:keepWhatPicture');

  return (
    <form className="stack" onSubmit={submit} aria-labelledby="keep-heading">
      <h2 id="keep-heading">{kept ? t('studio:keptHeading') : t('studio:keepHeading')}</h2>
      <p className="muted">{kept ? t('studio:keptText') : t('studio:keepText', { what })}</p>
      <label className="studio-field">
        <span className="studio-field__label">{t('studio:title')}</span>
        <input
          type="text"
          value={title}
          maxLength={200}
          onChange={(e) => {
            setTitle(e.target.value);
            setEdited(true);
          }}
          aria-describedby={hint ? 'keep-hint' : undefined}
        />
      </label>
      {hint ? (
        <p id="keep-hint" className="studio-hint" role="alert">
          {hint}
        </p>
      ) : null}
      <button type="submit" className="button button--primary" disabled={disabled}>
        {busy ? t('studio:keeping') : kept ? t('studio:saveTitle') : t('studio:keepButton')}
      </button>
    </form>
  );
}
