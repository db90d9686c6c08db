/**
 * The pictures just made and the one being looked at: choose a variation, compare it with what
 * it grew from, or refine part of it.
 */
import { useState } from 'react';
import { Compare } from './Compare.tsx';
import { Refine } from './Refine.tsx';
import type { RefineRequest } from './Refine.tsx';
import type { Artwork } from './studio-api.ts';
import { KIND_LABEL, describe } from './VersionTree.tsx';

interface ResultsProps {
  results: readonly Artwork[];
  selected: Artwork;
  versions: readonly Artwork[];
  busy: boolean;
  onSelect: (a: Artwork) => void;
  onRefine: (base: Artwork, r: RefineRequest) => Promise<unknown>;
}

const BEFORE_LABEL: Record<Artwork['kind'], string> = {
  sketch: 'Your drawing',
  upload: 'Your photo',
  generated: 'The picture before',
  inpainted: 'The picture before',
};

export function Results({ results, selected, versions, busy, onSelect, onRefine }: ResultsProps) {
  const [refining, setRefining] = useState(false);
  const parent = versions.find((v) => v.id === selected.parentId) ?? null;
  const canRefine = selected.kind === 'generated' || selected.kind === 'inpainted' || selected.kind === 'upload';
  const refine = async (r: RefineRequest) => {
    const made = await onRefine(selected, r);
    if (made) setRefining(false);
  };

  return (
    <section className="card studio-results" aria-labelledby="results-heading">
      <div className="section-head">
        <h2 id="results-heading">{results.length > 1 ? 'Your pictures' : 'Your picture'}</h2>
        {canRefine && !refining ? (
          <button type="button" className="button button--secondary" onClick={() => setRefining(true)}>
            Change part of this picture
          </button>
        ) : null}
      </div>
      {results.length > 1 ? (
        <ul className="variations" aria-label="Variations">
          {results.map((r, i) => (
            <li key={r.id}>
              <button type="button" className="variation" aria-pressed={r.id === selected.id} onClick={() => onSelect(r)}>
                <img src={r.thumbUrl} alt="" width={r.width} height={r.height} />
                <span>Variation {i + 1}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {refining ? (
        <Refine key={selected.id} artwork={selected} busy={busy} onRefine={(r) => void refine(r)} onCancel={() => setRefining(false)} />
      ) : parent ? (
        <Compare
          key={selected.id}
          before={{ url: parent.imageUrl, label: BEFORE_LABEL[parent.kind] }}
          after={{ url: selected.imageUrl, label: selected.kind === 'inpainted' ? 'Refined picture' : 'New picture' }}
          width={selected.width}
          height={selected.height}
        />
      ) : (
        <figure className="studio-single">
          <img src={selected.imageUrl} alt={selected.title || describe(selected)} width={selected.width} height={selected.height} />
          <figcaption>
            {KIND_LABEL[selected.kind]} · {selected.title || describe(selected)}
          </figcaption>
        </figure>
      )}
    </section>
  );
}
