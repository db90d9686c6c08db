/**
 * The left side of the studio when the client is not drawing: their photo of paper art (whose
 * lines the pictures follow) — cropped to the sheet and straightened, as the server will do, with
 * a one-click way to use the whole photo instead — or a note that words alone are enough, with a
 * way to draw instead.
 */
import { useEffect, useState } from 'react';
// From paper.ts itself, not the engine's index: the index would pull the shape library into the app's chunk.
import { straightenPaper } from '../../engines/art/paper.ts';
import { useT } from '../i18n.tsx';
import type { Artwork } from './studio-api.ts';

interface StudioSourceProps {
  photo: Artwork | null;
  /** The client chose to use the whole photo (not only the sheet of paper in it). */
  wholePhoto: boolean;
  onWholePhoto: (whole: boolean) => void;
  onDraw: () => void;
}

/** The photo's sheet of paper, straightened (a PNG data URL and its size), or null when none was found. */
type Sheet = { url: string; width: number; height: number } | null;

/** Finds and straightens the sheet in a photo in the browser, with the same engine code the server runs. */
function useStraightened(url: string | undefined): Sheet | 'working' {
  const [sheet, setSheet] = useState<Sheet | 'working'>('working');
  useEffect(() => {
    if (!url) return;
    let live = true;
    setSheet('working');
    const img = new Image();
    img.onload = () => {
      if (!live) return;
      const scale = Math.min(1, 1600 / Math.max(img.naturalWidth, img.naturalHeight));
      const w = Math.max(1, Math.round(img.naturalWidth * scale));
      const h = Math.max(1, Math.round(img.naturalHeight * scale));
      const canvas = document.createElement('canvas');
      canvas.width = w;
      canvas.height = h;
      const ctx = canvas.getContext('2d');
      if (!ctx) return setSheet(null);
      ctx.drawImage(img, 0, 0, w, h);
      const pixels = ctx.getImageData(0, 0, w, h);
      const r = straightenPaper({ width: w, height: h, data: pixels.data });
      if (!r.result) return setSheet(null);
      const out = document.createElement('canvas');
      out.width = r.result.image.width;
      out.height = r.result.image.height;
      out.getContext('2d')?.putImageData(new ImageData(new Uint8ClampedArray(r.result.image.data), out.width, out.height), 0, 0);
      setSheet({ url: out.toDataURL('image/png'), width: out.width, height: out.height });
    };
    img.onerror = () => live && setSheet(null);
    img.src = url;
    return () => {
      live = false;
    };
  }, [url]);
  return sheet;
}

export function StudioSource({ photo, wholePhoto, onWholePhoto, onDraw }: StudioSourceProps) {
  const { t } = useT();
  const sheet = useStraightened(photo?.imageUrl);
  if (photo) {
    const straight = sheet !== 'working' && sheet !== null && !wholePhoto ? sheet : null;
    return (
      <>
        <h2 id="work-heading">{t('studio:yourPhoto')}</h2>
        <figure className="studio-single">
          {straight ? (
            <img src={straight.url} alt={t('studio:paperAlt')} width={straight.width} height={straight.height} data-testid="straightened-paper" />
          ) : (
            <img src={photo.imageUrl} alt={photo.title || t('studio:photoAlt')} width={photo.width} height={photo.height} />
          )}
          <figcaption>
            {t('studio:photoCaption')}{' '}
            <span role="status">
              {sheet === 'working' ? t('studio:paperLooking') : sheet === null ? t('studio:paperNotFound') : wholePhoto ? t('studio:paperWhole') : t('studio:paperStraightened')}
            </span>
          </figcaption>
          {sheet !== 'working' && sheet !== null && (
            <button type="button" className="button button--secondary" onClick={() => onWholePhoto(!wholePhoto)}>
              {wholePhoto ? t('studio:paperUseSheet') : t('studio:paperUseWhole')}
            </button>
          )}
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
