import { describe, expect, it } from 'vitest';
import { stylesCommand } from './styles.command.ts';

describe('hearth styles', () => {
  it('lists at least ten styles, as text and as JSON', async () => {
    let out = '';
    const io = { out: (t: string) => void (out += t), err: () => undefined };
    expect(await stylesCommand.run({ values: { json: true }, positionals: [], io })).toBe(0);
    const styles = (JSON.parse(out) as { styles: { id: string; tradition: string }[] }).styles;
    expect(styles.length).toBeGreaterThanOrEqual(10);
    expect(new Set(styles.map((s) => s.tradition)).size).toBeGreaterThanOrEqual(4);
    out = '';
    await stylesCommand.run({ values: {}, positionals: [], io });
    expect(out.trim().split('\n')).toHaveLength(styles.length);
  });
});
