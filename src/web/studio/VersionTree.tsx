/**
 * Every version of this work as a tree: the drawing or photo at the root, the pictures made from
 * it, and the refinements of those. Choosing any version makes it the one to go on from, so the
 * client can go back and branch without losing anything.
 */
import type { Artwork } from './studio-api.ts';

/** Plain words for each kind of version. */
export const KIND_LABEL: Record<Artwork['kind'], string> = {
  sketch: 'Drawing',
  upload: 'Photo',
  generated: 'Picture',
  inpainted: 'Refined',
};

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
                <span className="version__kind">{KIND_LABEL[v.kind]}</span>
                <span className="version__title">{v.title || describe(v)}</span>
              </span>
            </button>
            {branch(v.id, depth + 1)}
          </li>
        ))}
      </ul>
    );
  };
  if (versions.length === 0) return <p className="muted">Your versions will appear here once you create something.</p>;
  return <nav aria-label="Versions of this work">{branch('', 0)}</nav>;
}

/** A short description of a version without a title: its words, or when it was made. */
export function describe(v: Artwork): string {
  const prompt = typeof v.params['prompt'] === 'string' ? v.params['prompt'] : '';
  if (prompt) return prompt.length > 42 ? `${prompt.slice(0, 40)}…` : prompt;
  return new Date(v.createdAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}
