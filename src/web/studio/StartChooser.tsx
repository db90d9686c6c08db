/**
 * How to begin: a blank page, a photo of something made on paper, or words only. Three big,
 * plain choices; the photo choice is a real file input so it works with keyboard and camera.
 */
import type { ChangeEvent } from 'react';
import { useT } from '../i18n.tsx';

interface StartChooserProps {
  busy: boolean;
  onBlank: () => void;
  onPhoto: (file: File) => void;
  onWords: () => void;
}

export function StartChooser({ busy, onBlank, onPhoto, onWords }: StartChooserProps) {
  const { t } = useT();
  const picked = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (file) onPhoto(file);
  };
  return (
    <section className="start" aria-labelledby="start-heading">
      <h2 id="start-heading">{t('studio:startHeading')}</h2>
      <ul className="start__choices">
        <li>
          <button type="button" className="start-choice" onClick={onBlank} disabled={busy}>
            <span className="start-choice__art start-choice__art--blank" aria-hidden="true" />
            <span className="start-choice__title">{t('studio:startBlank')}</span>
            <span className="start-choice__text">{t('studio:startBlankText')}</span>
          </button>
        </li>
        <li>
          <label className={`start-choice${busy ? ' start-choice--busy' : ''}`}>
            <input className="visually-hidden" type="file" accept="image/png,image/jpeg,image/webp" onChange={picked} disabled={busy} />
            <span className="start-choice__art start-choice__art--photo" aria-hidden="true" />
            <span className="start-choice__title">{busy ? t('studio:addingPhoto') : t('studio:startPhoto')}</span>
            <span className="start-choice__text">{t('studio:startPhotoText')}</span>
          </label>
        </li>
        <li>
          <button type="button" className="start-choice" onClick={onWords} disabled={busy}>
            <span className="start-choice__art start-choice__art--words" aria-hidden="true" />
            <span className="start-choice__title">{t('studio:startWords')}</span>
            <span className="start-choice__text">{t('studio:startWordsText')}</span>
          </button>
        </li>
      </ul>
    </section>
  );
}
