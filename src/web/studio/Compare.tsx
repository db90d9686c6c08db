/**
 * Compare: the starting point and a result side by side, or laid over each other with a
 * slider that reveals one over the other.
 */
import { useId, useState } from 'react';
import { useT } from '../i18n.tsx';

export interface CompareImage {
  readonly url: string;
  /** Short name shown under the picture, e.g. "Your drawing". */
  readonly label: string;
}

interface CompareProps {
  before: CompareImage;
  after: CompareImage;
  width: number;
  height: number;
}

export function Compare({ before, after, width, height }: CompareProps) {
  const { t } = useT();
  const [mode, setMode] = useState<'side' | 'overlay'>('side');
  const [reveal, setReveal] = useState(50);
  const name = useId();
  return (
    <section className="compare" aria-labelledby={`${name}-h`}>
      <div className="compare__head">
        <h3 id={`${name}-h`}>{t('studio:compare')}</h3>
        <fieldset className="segmented segmented--small">
          <legend className="visually-hidden">{t('studio:compareHow')}</legend>
          <label className="segmented__option">
            <input type="radio" name={name} checked={mode === 'side'} onChange={() => setMode('side')} />
            <span>{t('studio:compareSide')}</span>
          </label>
          <label className="segmented__option">
            <input type="radio" name={name} checked={mode === 'overlay'} onChange={() => setMode('overlay')} />
            <span>{t('studio:compareOverlay')}</span>
          </label>
        </fieldset>
      </div>
      {mode === 'side' ? (
        <div className="compare__side">
          {[before, after].map((img) => (
            <figure key={img.label} className="compare__figure">
              <img src={img.url} alt={img.label} width={width} height={height} />
              <figcaption>{img.label}</figcaption>
            </figure>
          ))}
        </div>
      ) : (
        <div className="compare__overlay-wrap">
          <div className="compare__overlay" style={{ aspectRatio: `${width} / ${height}` }}>
            <img src={before.url} alt={before.label} width={width} height={height} />
            <img
              className="compare__top"
              src={after.url}
              alt={after.label}
              width={width}
              height={height}
              style={{ clipPath: `inset(0 ${100 - reveal}% 0 0)` }}
            />
            <div className="compare__divider" style={{ left: `${reveal}%` }} aria-hidden="true" />
          </div>
          <label className="studio-field compare__slider">
            <span className="studio-field__label">
              {t('studio:compareShow', { what: after.label })}{' '}
              <span className="range-value" aria-hidden="true">
                {reveal}%
              </span>
            </span>
            <input type="range" min={0} max={100} aria-valuetext={`${reveal}%`} value={reveal} onChange={(e) => setReveal(Number(e.target.value))} />
          </label>
        </div>
      )}
    </section>
  );
}
