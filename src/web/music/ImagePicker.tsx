/**
 * Choosing the image for guided imagery: one of the client's own works, or a fresh calming
 * picture made by the studio engine from a few words.
 */
import { useEffect, useId, useState } from 'react';
import { musicApi, musicMessage } from './music-api.ts';
import type { Artwork } from './music-api.ts';
import { useT } from '../i18n.tsx';

interface ImagePickerProps {
  clientId: string;
  value: Artwork | null;
  onChange(image: Artwork | null): void;
}

/** A work's title, else the words it was made from, else "Untitled". */
export function imageTitle(art: Artwork): string {
  const words = typeof art.params.prompt === 'string' ? art.params.prompt : '';
  return art.title || words || 'Untitled';
}

const CALM_IDEA = 'a quiet lake at dawn, soft mist, gentle warm light';

export function ImagePicker({ clientId, value, onChange }: ImagePickerProps) {
  const id = useId();
  const { t } = useT();
  const [images, setImages] = useState<Artwork[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [prompt, setPrompt] = useState(CALM_IDEA);
  const [making, setMaking] = useState(false);

  useEffect(() => {
    let live = true;
    musicApi.artworks(clientId).then(
      (list) => live && setImages(list),
      (e: unknown) => live && setError(musicMessage(e)),
    );
    return () => {
      live = false;
    };
  }, [clientId]);

  const make = async () => {
    if (!prompt.trim()) return;
    setMaking(true);
    setError(null);
    try {
      const [art] = await musicApi.generateImage(clientId, prompt.trim());
      if (art) {
        setImages((old) => [art, ...(old ?? [])]);
        onChange(art);
      }
    } catch (e) {
      setError(musicMessage(e));
    } finally {
      setMaking(false);
    }
  };

  return (
    <div className="picker">
      <fieldset className="picker__choices">
        <legend className="picker__legend">{t('music:image.legend')}</legend>
        {images === null && !error ? <p className="muted">{t('music:image.loading')}</p> : null}
        <div className="image-choices">
          <label className={`image-choice${value === null ? ' image-choice--chosen' : ''}`}>
            <input type="radio" className="overlay-input" name={`${id}-image`} checked={value === null} onChange={() => onChange(null)} />
            <span className="image-choice__plain" aria-hidden="true" />
            <span className="image-choice__title">{t('music:image.soft')}</span>
          </label>
          {(images ?? []).map((art) => (
            <label key={art.id} className={`image-choice${value?.id === art.id ? ' image-choice--chosen' : ''}`}>
              <input type="radio" className="overlay-input" name={`${id}-image`} checked={value?.id === art.id} onChange={() => onChange(art)} />
              <img className="image-choice__thumb" src={art.thumbUrl} alt="" loading="lazy" />
              <span className="image-choice__title">{imageTitle(art)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="picker__make">
        <div className="field">
          <label htmlFor={`${id}-prompt`}>{t('music:image.make')}</label>
          <input id={`${id}-prompt`} value={prompt} maxLength={300} onChange={(e) => setPrompt(e.target.value)} />
        </div>
        <button type="button" className="button button--secondary" disabled={making || !prompt.trim()} onClick={() => void make()}>
          {making ? t('music:image.making') : t('music:image.makeThis')}
        </button>
      </div>
      {error ? (
        <p className="music-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
