import { describe, expect, it } from 'vitest';
import { TRADITIONS } from '../../domain/supports/traditions.ts';
import { symbolIndexFor } from './symbol-picture.ts';

describe('tradition motifs', () => {
  it('every motif word is drawn by the shape library', () => {
    for (const t of TRADITIONS) for (const m of t.motifs) expect(symbolIndexFor(m), `${t.id}: ${m}`).not.toBeNull();
  });
});
