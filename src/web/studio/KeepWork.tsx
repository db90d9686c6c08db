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
  const suggestion = selected?.title || titleFromWords(promptOf(selected) || words);
  const [title, setTitle] = useState(suggestion);
  const [hint, setHint] = useState<string | null>(null);
  const selectedId = selected?.id;
  useEffect(() => {
    setTitle(suggestion);
    setHint(null);
    // A new version chosen: offer its own title or one from its words.
  }, [selectedId, suggestion]);

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
        <input type="text" value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} aria-describedby={hint ? 'keep-hint' : undefined} />
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
