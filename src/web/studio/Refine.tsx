/**
 * Refine: paint over the part of a picture that should change and say what should be there.
 * Only that area is repainted (the server blends it in softly at the edge); everything else
 * stays exactly as it was.
 */
import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useT } from '../i18n.tsx';
import type { Artwork } from './studio-api.ts';
import { MaskPainter, maskPng } from './MaskPainter.tsx';

export interface RefineRequest {
  mask: string;
  prompt: string;
  negativePrompt: string;
}

interface RefineProps {
  artwork: Artwork;
  busy: boolean;
  onRefine: (r: RefineRequest) => void;
  onCancel: () => void;
}

export function Refine({ artwork, busy, onRefine, onCancel }: RefineProps) {
  const { t } = useT();
  const marks = useRef<HTMLCanvasElement | null>(null);
  const [painted, setPainted] = useState(false);
  const [prompt, setPrompt] = useState('');
  const [negative, setNegative] = useState('');
  const [hint, setHint] = useState<string | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!painted || !marks.current) return setHint(t('studio:refinePaintFirst'));
    if (!prompt.trim()) return setHint(t('studio:refineSayWhat'));
    setHint(null);
    onRefine({ mask: maskPng(marks.current), prompt: prompt.trim(), negativePrompt: negative.trim() });
  };

  return (
    <form className="refine stack" onSubmit={submit} aria-labelledby="refine-heading">
      <h3 id="refine-heading">{artwork.title ? t('studio:refineHeadingTitled', { title: artwork.title }) : t('studio:refineHeading')}</h3>
      <p className="muted">{t('studio:refineText')}</p>
      <MaskPainter
        imageUrl={artwork.imageUrl}
        alt={artwork.title || t('studio:refineAlt')}
        width={artwork.width}
        height={artwork.height}
        canvasRef={marks}
        onChange={setPainted}
      />
      <label className="studio-field">
        <span className="studio-field__label">{t('studio:refineWhat')}</span>
        <input type="text" value={prompt} maxLength={1000} placeholder={t('studio:refineWhatExample')} onChange={(e) => setPrompt(e.target.value)} />
      </label>
      <label className="studio-field">
        <span className="studio-field__label">{t('studio:leaveOut')}</span>
        <input type="text" value={negative} maxLength={1000} onChange={(e) => setNegative(e.target.value)} />
      </label>
      {hint ? (
        <p className="studio-hint" role="alert">
          {hint}
        </p>
      ) : null}
      <div className="actions-row">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t('studio:refineBusy') : t('studio:refineButton')}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {t('studio:cancel')}
        </button>
      </div>
    </form>
  );
}
