/**
 * Refine: paint over the part of a picture that should change and say what should be there.
 * Only that area is repainted (the server blends it in softly at the edge); everything else
 * stays exactly as it was.
 */
import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
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
  const marks = useRef<HTMLCanvasElement | null>(null);
  const [painted, setPainted] = useState(false);
  const [prompt, setPrompt] = useState('');
  const [negative, setNegative] = useState('');
  const [hint, setHint] = useState<string | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!painted || !marks.current) return setHint('First paint over the part you would like to change.');
    if (!prompt.trim()) return setHint('Say in a few words what should be there instead.');
    setHint(null);
    onRefine({ mask: maskPng(marks.current), prompt: prompt.trim(), negativePrompt: negative.trim() });
  };

  return (
    <form className="refine stack" onSubmit={submit} aria-labelledby="refine-heading">
      <h3 id="refine-heading">Change part of “{artwork.title || 'this picture'}”</h3>
      <p className="muted">Paint over the area to change. Everything you leave unpainted stays exactly as it is.</p>
      <MaskPainter
        imageUrl={artwork.imageUrl}
        alt={artwork.title || 'The picture to refine'}
        width={artwork.width}
        height={artwork.height}
        canvasRef={marks}
        onChange={setPainted}
      />
      <label className="studio-field">
        <span className="studio-field__label">What should change there?</span>
        <input type="text" value={prompt} maxLength={1000} placeholder="For example: a warm yellow moon" onChange={(e) => setPrompt(e.target.value)} />
      </label>
      <label className="studio-field">
        <span className="studio-field__label">Leave out (optional)</span>
        <input type="text" value={negative} maxLength={1000} onChange={(e) => setNegative(e.target.value)} />
      </label>
      {hint ? (
        <p className="studio-hint" role="alert">
          {hint}
        </p>
      ) : null}
      <div className="actions-row">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Changing this area…' : 'Change this area'}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
