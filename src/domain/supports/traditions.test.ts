import { describe, expect, it } from 'vitest';
import { STYLE_IDS } from '../../engines/affect/index.ts';
import { DIRECTIVE_CATALOGUE } from '../directives/index.ts';
import { TRADITIONS } from './traditions.ts';

describe('traditions', () => {
  it('each has names in three languages, what to draw on and what to avoid, and known directives', () => {
    const ids = new Set(DIRECTIVE_CATALOGUE.map((d) => d.id));
    expect(new Set(TRADITIONS.map((t) => t.id)).size).toBe(TRADITIONS.length);
    for (const t of TRADITIONS) {
      expect(t.names.en && t.names.es && t.names.de, t.id).toBeTruthy();
      expect(t.names.es).not.toBe(t.names.en);
      expect(t.drawOn.length, t.id).toBeGreaterThan(30);
      expect(t.avoid.length, t.id).toBeGreaterThan(30);
      for (const d of t.directives) expect(ids.has(d), `${t.id}: ${d}`).toBe(true);
      for (const st of t.styles) expect(STYLE_IDS as readonly string[], `${t.id}: ${st}`).toContain(st);
    }
  });

  it('offers no studio style for a tradition whose art is not Hearth’s to imitate (no dot painting as pointillism)', () => {
    expect(TRADITIONS.find((t) => t.id === 'aboriginal-first-nations')!.styles).toEqual([]);
    expect(TRADITIONS.flatMap((t) => t.styles)).not.toContain('pointillism');
  });
});
