/**
 * Every version of this work as a tree: the drawing or photo at the root, the pictures made from
 * it, and the refinements of those. Choosing any version makes it the one to go on from, so the
 * client can go back and branch without losing anything.
 */
import { useT } from '../i18n.tsx';
import type { Artwork } from './studio-api.ts';

/** Plain words for each kind of version (in the client's language). */
export function useKindLabel(): (kind: Artwork['kind']) => string {
  const { t } = useT();
  return (kind) =>
    ({ sketch: t('studio:kindDrawing'), upload: t('studio:kindPhoto'), generated: t('studio:kindPicture'), inpainted: t('studio:kindRefined') })[kind];
}

interface VersionTreeProps {
  versions: readonly Artwork[];
  selectedId: string | null;
  onSelect: (a: Artwork) => void;
}

/** Children by parent id (roots under ''), each list oldest first. */
export function childrenByParent(versions: readonly Artwork[]): Map<string, Artwork[]> {
  const ids = new Set(versions.map((v) => v.id));
  const map = new Map<string, Artwork[]>();
  for (const v of [...versions].sort((a, b) => a.createdAt.localeCompare(b.createdAt))) {
    const key = v.parentId && ids.has(v.parentId) ? v.parentId : '';
    const list = map.get(key) ?? [];
    list.push(v);
    map.set(key, list);
  }
  return map;
}

export function VersionTree({ versions, selectedId, onSelect }: VersionTreeProps) {
  const { t } = useT();
  const kindLabel = useKindLabel();
  const tree = childrenByParent(versions);
  const branch = (parent: string, depth: number) => {
    const list = tree.get(parent);
    if (!list) return null;
    return (
      <ul className={depth === 0 ? 'version-tree' : 'version-tree__children'}>
        {list.map((v) => (
          <li key={v.id} className="version-tree__item">
            <button type="button" className="version" aria-current={v.id === selectedId ? 'true' : undefined} onClick={() => onSelect(v)} data-kind={v.kind}>
              <img className="version__thumb" src={v.thumbUrl} alt="" width={v.width} height={v.height} loading="lazy" />
              <span className="version__text">
                <span className="version__kind">
                  {kindLabel(v.kind)}
                  {v.state === 'draft' ? <span className="version__draft"> · {t('studio:notKept')}</span> : null}
                </span>
                <span className="version__title">{v.title || describe(v)}</span>
              </span>
            </button>
            {branch(v.id, depth + 1)}
          </li>
        ))}
      </ul>
    );
  };
  if (versions.length === 0) return <p className="muted">{t('studio:versionsEmpty')}</p>;
  return <nav aria-label={t('studio:versionsNav')}>{branch('', 0)}</nav>;
}

/** A short description of a version without a title: its words, or when it was made. */
export function describe(v: Artwork): string {
  const prompt = typeof v.params['prompt'] === 'string' ? v.params['prompt'] : '';
  if (prompt) return prompt.length > 42 ? `${prompt.slice(0, 40)}…` : prompt;
  return new Date(v.createdAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}
