/**
 * The pictures just made and the one being looked at: choose a variation, compare it with what
 * it grew from, or refine part of it.
 */
import { useState } from 'react';
import { Compare } from './Compare.tsx';
import { Refine } from './Refine.tsx';
import type { RefineRequest } from './Refine.tsx';
import { useT } from '../i18n.tsx';
import type { Artwork } from './studio-api.ts';
import { describe, useKindLabel } from './VersionTree.tsx';

interface ResultsProps {
  results: readonly Artwork[];
  selected: Artwork;
  versions: readonly Artwork[];
  busy: boolean;
  onSelect: (a: Artwork) => void;
  onRefine: (base: Artwork, r: RefineRequest) => Promise<unknown>;
}

export function Results({ results, selected, versions, busy, onSelect, onRefine }: ResultsProps) {
  const { t } = useT();
  const kindLabel = useKindLabel();
  const beforeLabel = (kind: Artwork['kind']) =>
    kind === 'sketch' ? t('studio:yourDrawing') : kind === 'upload' ? t('studio:yourPhoto') : t('studio:pictureBefore');
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
        <h2 id="results-heading">{results.length > 1 ? t('studio:yourPictures') : t('studio:yourPicture')}</h2>
        {canRefine && !refining ? (
          <button type="button" className="button button--secondary" onClick={() => setRefining(true)}>
            {t('studio:changePart')}
          </button>
        ) : null}
      </div>
      {results.length > 1 ? (
        <ul className="variations" aria-label={t('studio:variations')}>
          {results.map((r, i) => (
            <li key={r.id}>
              <button type="button" className="variation" aria-pressed={r.id === selected.id} onClick={() => onSelect(r)}>
                <img src={r.thumbUrl} alt="" width={r.width} height={r.height} />
                <span>{t('studio:variationN', { n: i + 1 })}</span>
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
          before={{ url: parent.imageUrl, label: beforeLabel(parent.kind) }}
          after={{ url: selected.imageUrl, label: selected.kind === 'inpainted' ? t('studio:refinedPicture') : t('studio:newPicture') }}
          width={selected.width}
          height={selected.height}
        />
      ) : (
        <figure className="studio-single">
          <img src={selected.imageUrl} alt={selected.title || describe(selected)} width={selected.width} height={selected.height} />
          <figcaption>
            {kindLabel(selected.kind)} · {selected.title || describe(selected)}
          </figcaption>
        </figure>
      )}
    </section>
  );
}
