/** Save: give the chosen version a title so it sits in the gallery under that name. */
import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import type { Artwork } from './studio-api.ts';
import { KIND_LABEL } from './VersionTree.tsx';

interface SaveWorkProps {
  selected: Artwork | null;
  canSaveDrawing: boolean;
  busy: boolean;
  onSave: (title: string) => void;
}

export function SaveWork({ selected, canSaveDrawing, busy, onSave }: SaveWorkProps) {
  const [title, setTitle] = useState(selected?.title ?? '');
  const [hint, setHint] = useState<string | null>(null);
  const selectedId = selected?.id;
  const selectedTitle = selected?.title;
  useEffect(() => {
    if (selectedTitle) setTitle(selectedTitle);
  }, [selectedId, selectedTitle]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!title.trim()) return setHint('Give it a title — a word or two is enough.');
    setHint(null);
    onSave(title.trim());
  };
  const what = selected ? `this ${KIND_LABEL[selected.kind].toLowerCase()}` : 'your drawing';
  const disabled = busy || (!selected && !canSaveDrawing);

  return (
    <form className="stack" onSubmit={submit} aria-labelledby="save-heading">
      <h2 id="save-heading">Save</h2>
      <p className="muted">Give {what} a title. It will be in your gallery, and your therapist can see it there too.</p>
      <label className="studio-field">
        <span className="studio-field__label">Title</span>
        <input type="text" value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} aria-describedby={hint ? 'save-hint' : undefined} />
      </label>
      {hint ? (
        <p id="save-hint" className="studio-hint" role="alert">
          {hint}
        </p>
      ) : null}
      <button type="submit" className="button button--primary" disabled={disabled}>
        {busy ? 'Saving…' : 'Save to my gallery'}
      </button>
    </form>
  );
}
