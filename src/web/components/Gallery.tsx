import type { Artwork } from '../api/client.ts';
import { formatDate } from '../format.ts';
import { useT } from '../i18n.tsx';
import { Link } from './Link.tsx';

interface GalleryProps {
  artworks: Artwork[];
  /** What to say when there is nothing yet. */
  empty: string;
  /** Heading level of each work's title, to keep the outline in order. */
  level?: 3 | 4;
}

/** A grid of thumbnails, newest first; each opens the artwork view. */
export function Gallery({ artworks, empty, level = 3 }: GalleryProps) {
  const { t } = useT();
  if (artworks.length === 0) {
    return (
      <div className="empty">
        <p>{empty}</p>
      </div>
    );
  }
  const H = level === 3 ? 'h3' : 'h4';
  return (
    <ul className="gallery" aria-label={t('pages:gallery.label')}>
      {artworks.map((a) => (
        <li key={a.id} className="gallery__item">
          <Link to={`/artworks/${a.id}`} className="gallery__link">
            <img className="gallery__thumb" src={a.thumbUrl} alt="" width={a.width} height={a.height} loading="lazy" />
            <span className="gallery__caption">
              <H className="gallery__title">{a.title || t('pages:gallery.untitled')}</H>
              <span className="gallery__meta">
                {formatDate(a.createdAt)}
                {a.createdByClient ? '' : ` · ${t('pages:gallery.byTherapist')}`}
              </span>
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
