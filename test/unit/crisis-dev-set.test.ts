import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { screenText } from '../../src/engines/safety/index.ts';

/** The crisis screen on its round-4 dev set (written and labelled before the round-4 change; used for development since). */
type Level = 'none' | 'concern' | 'urgent';
const level = (text: string): Level => screenText(text).level;

describe('the round-4 dev set (test/heldout/crisis-dev3, written before the change)', () => {
  it('leaves no urgent text at none and keeps recall and false alarms within the targets', () => {
    const rows = readFileSync(join(import.meta.dirname, '../heldout/crisis-dev3/devset.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as { text: string; level: Level });
    const got = rows.map((r) => ({ want: r.level, got: level(r.text) }));
    const risk = got.filter((r) => r.want !== 'none');
    const none = got.filter((r) => r.want === 'none');
    expect(got.filter((r) => r.want === 'urgent' && r.got === 'none')).toHaveLength(0);
    expect(risk.filter((r) => r.got !== 'none').length / risk.length).toBeGreaterThanOrEqual(0.95);
    expect(none.filter((r) => r.got !== 'none').length / none.length).toBeLessThanOrEqual(0.08);
  });
});
