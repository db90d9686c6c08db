/**
 * The left side of the studio when the client is not drawing: their photo of paper art (whose
 * lines the pictures follow), or a note that words alone are enough, with a way to draw instead.
 */
import { useT } from '../i18n.tsx';
import type { Artwork } from './studio-api.ts';

interface StudioSourceProps {
  photo: Artwork | null;
  onDraw: () => void;
}

export function StudioSource({ photo, onDraw }: StudioSourceProps) {
  const { t } = useT();
  if (photo) {
    return (
      <>
        <h2 id="work-heading">{t('studio:yourPhoto')}</h2>
        <figure className="studio-single">
          <img src={photo.imageUrl} alt={photo.title || t('studio:photoAlt')} width={photo.width} height={photo.height} />
          <figcaption>{t('studio:photoCaption')}</figcaption>
        </figure>
      </>
    );
  }
  return (
    <>
      <h2 id="work-heading">{t('studio:wordsOnly')}</h2>
      <div className="words-only">
        <p>{t('studio:wordsOnlyText')}</p>
        <p className="muted">{t('studio:wordsOnlyTry')}</p>
        <button type="button" className="button button--secondary" onClick={onDraw}>
          {t('studio:drawAfterAll')}
        </button>
      </div>
    </>
  );
}
