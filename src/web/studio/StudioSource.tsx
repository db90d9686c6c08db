/**
 * The left side of the studio when the client is not drawing: their photo of paper art (whose
 * lines the pictures follow), or a note that words alone are enough, with a way to draw instead.
 */
import type { Artwork } from './studio-api.ts';

interface StudioSourceProps {
  photo: Artwork | null;
  onDraw: () => void;
}

export function StudioSource({ photo, onDraw }: StudioSourceProps) {
  if (photo) {
    return (
      <>
        <h2 id="work-heading">Your photo</h2>
        <figure className="studio-single">
          <img src={photo.imageUrl} alt={photo.title || 'Your photo of paper art'} width={photo.width} height={photo.height} />
          <figcaption>Hearth finds the lines in your photo and builds the picture around them.</figcaption>
        </figure>
      </>
    );
  }
  return (
    <>
      <h2 id="work-heading">Words only</h2>
      <div className="words-only">
        <p>No drawing needed. Describe what you feel or imagine — a place, a colour, a memory, the weather inside you — and Hearth will paint it with you.</p>
        <p className="muted">Try naming a feeling and a few things to see: “a hopeful morning, a small boat on a calm sea, soft light”.</p>
        <button type="button" className="button button--secondary" onClick={onDraw}>
          I would like to draw after all
        </button>
      </div>
    </>
  );
}
