/**
 * How to begin: a blank page, a photo of something made on paper, or words only. Three big,
 * plain choices; the photo choice is a real file input so it works with keyboard and camera.
 */
import type { ChangeEvent } from 'react';

interface StartChooserProps {
  busy: boolean;
  onBlank: () => void;
  onPhoto: (file: File) => void;
  onWords: () => void;
}

export function StartChooser({ busy, onBlank, onPhoto, onWords }: StartChooserProps) {
  const picked = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (file) onPhoto(file);
  };
  return (
    <section className="start" aria-labelledby="start-heading">
      <h2 id="start-heading">How would you like to begin?</h2>
      <ul className="start__choices">
        <li>
          <button type="button" className="start-choice" onClick={onBlank} disabled={busy}>
            <span className="start-choice__art start-choice__art--blank" aria-hidden="true" />
            <span className="start-choice__title">Draw on a blank page</span>
            <span className="start-choice__text">Pen, marker, soft brush — with a mouse, finger or stylus.</span>
          </button>
        </li>
        <li>
          <label className={`start-choice${busy ? ' start-choice--busy' : ''}`}>
            <input className="visually-hidden" type="file" accept="image/png,image/jpeg,image/webp" onChange={picked} disabled={busy} />
            <span className="start-choice__art start-choice__art--photo" aria-hidden="true" />
            <span className="start-choice__title">{busy ? 'Adding your photo…' : 'Use a photo of paper art'}</span>
            <span className="start-choice__text">Hearth finds your lines, even in uneven light.</span>
          </label>
        </li>
        <li>
          <button type="button" className="start-choice" onClick={onWords} disabled={busy}>
            <span className="start-choice__art start-choice__art--words" aria-hidden="true" />
            <span className="start-choice__title">Start with words only</span>
            <span className="start-choice__text">Describe a feeling, a place or a memory.</span>
          </button>
        </li>
      </ul>
    </section>
  );
}
