/**
 * Names of files inside an export ZIP. Every name is built from a fixed folder and a sanitised
 * leaf, so no entry can climb out of the folder it is unpacked into (zip-slip): no `..`, no
 * absolute paths, no backslashes or drive letters, only `[a-z0-9._-]` in a leaf.
 */

/** A short lower-case slug of a title for a file name; `untitled` when nothing is left. */
export function slugOf(title: string, max = 40): string {
  const s = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/g, '');
  return s || 'untitled';
}

/** A leaf name with only safe characters; dots may not start it (so never `.` or `..`). */
export function safeLeaf(name: string): string {
  const s = name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[.-]+/, '').slice(0, 120);
  return s || 'file';
}

/** Joins fixed folder segments and a leaf into a relative ZIP path; throws on anything unsafe. */
export function zipPath(...segments: string[]): string {
  const parts = segments.map((s, i) => (i === segments.length - 1 ? safeLeaf(s) : s));
  for (const p of parts) {
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(p) || p === '..' || p.includes('..')) throw new Error(`unsafe zip path segment: ${JSON.stringify(p)}`);
  }
  return parts.join('/');
}

/** True when a name is safe to unpack: relative, forward slashes, no `..` segment. */
export function isSafeZipPath(name: string): boolean {
  if (name.startsWith('/') || name.includes('\\') || /^[A-Za-z]:/.test(name) || name.includes('\0')) return false;
  return name.split('/').every((seg) => seg !== '' && seg !== '.' && seg !== '..');
}
