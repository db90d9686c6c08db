import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SHAPE_SOURCES } from '../../src/engines/art/index.ts';
import data from '../../src/engines/art/shapes/shape-data.json';

const doc = readFileSync(new URL('../../docs/licences/shapes.md', import.meta.url), 'utf8');

describe('shape library licences', () => {
  it('records every source the library uses: id, package, licence and where its terms are', () => {
    const used = new Set((data as unknown as { shapes: [string][] }).shapes.map(([id]) => id.split(':')[0]));
    expect(used.size).toBeGreaterThan(0);
    for (const id of used) {
      const source = SHAPE_SOURCES.find((s) => s.id === id);
      expect(source, `source ${id} described in shape-data.json`).toBeDefined();
      const row = doc.split('\n').find((l) => l.startsWith(`| \`${id}\``));
      expect(row, `a row for ${id} in docs/licences/shapes.md`).toBeDefined();
      expect(row).toContain(source!.package);
      expect(row).toContain(source!.licence);
      expect(row).toMatch(/https:\/\//);
    }
  });

  it('records the words source and keeps share-alike sources out', () => {
    expect(doc).toContain('emojibase-data');
    for (const s of SHAPE_SOURCES) expect(s.licence).not.toMatch(/SA|GPL/);
  });
});
