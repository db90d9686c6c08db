import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliInvocation } from '../command.ts';
import { screenCommand } from './screen.command.ts';

let dir = '';
const invoke = async (positionals: string[], values: CliInvocation['values'] = {}): Promise<{ code: number; out: string }> => {
  let out = '';
  const code = await screenCommand.run({ positionals, values, io: { out: (t) => (out += t), err: () => {} } });
  return { code, out };
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'hearth-screen-'));
  writeFileSync(join(dir, 'lines.txt'), "I drew my safe place\n\nI'm going to kill myself tonight\nthis homework is killing me\nI wish I was dead\n");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('hearth screen', () => {
  it('screens TEXT and exits 0 whether or not it is positive', async () => {
    const pos = await invoke(["I'm", 'going', 'to', 'kill', 'myself']);
    expect(pos.code).toBe(0);
    expect(pos.out).toMatch(/^level: urgent/);
    const neg = await invoke(['I', 'died', 'laughing']);
    expect(neg.code).toBe(0);
    expect(neg.out).toMatch(/^level: none/);
  });

  it('prints the full result as JSON', async () => {
    const { out } = await invoke(['I wish I was dead'], { json: true });
    expect(JSON.parse(out)).toMatchObject({ text: 'I wish I was dead', level: 'concern', categories: ['suicide'] });
  });

  it('prints one JSON object per line with --jsonl', async () => {
    const { out } = await invoke([], { jsonl: true, file: join(dir, 'lines.txt') });
    const rows = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.map((r) => r.level)).toEqual(['none', 'urgent', 'none', 'concern']);
    expect(Object.keys(rows[1]).sort()).toEqual(['level', 'reasons', 'text']);
    for (const r of rows) expect(Object.keys(r).sort()).toEqual(['level', 'reasons', 'text']);
    // Reasons name what was found and why, without repeating the level ("urgent: urgent: …").
    expect(rows[1].reasons[0]).toMatch(/^suicide: .*"going to kill myself"/);
    expect(rows.flatMap((r) => r.reasons).some((x: string) => /^(urgent|concern)\b/.test(x))).toBe(false);
  });

  it('reads --file and rejects bad usage', async () => {
    expect((await invoke([], { file: join(dir, 'lines.txt') })).out).toMatch(/^level: urgent/);
    await expect(invoke([])).rejects.toThrow('screen needs TEXT');
    await expect(invoke(['x'], { file: join(dir, 'lines.txt') })).rejects.toThrow('either TEXT or --file');
    await expect(invoke([], { file: join(dir, 'nope.txt') })).rejects.toThrow(/cannot read .*nope\.txt: ENOENT/);
  });

  it('--explain says what each layer found, in text, JSON and JSONL', async () => {
    const text = await invoke(['i have the pills ready and tonight is the night'], { explain: true });
    expect(text.out).toMatch(/^level: urgent/);
    expect(text.out).toMatch(/how it decided:\n {2}language read: en\n {2}rules: urgent \(\d+ counted, \d+ not counted\)\n {2}statistical: \w+ — none \d+%/);
    expect(text.out).toMatch(/· \[rules\] urgent {2}suicide \/ means — "have the pills"/);
    const json = JSON.parse((await invoke(['this homework is killing me'], { json: true, explain: true })).out);
    expect(json.level).toBe('none');
    expect(json.explain.rules.level).toBe('none');
    expect(Object.keys(json.explain.statistical.probabilities)).toEqual(['none', 'concern', 'urgent']);
    const rows = (await invoke([], { jsonl: true, explain: true, file: join(dir, 'lines.txt') })).out.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.map((r) => Object.keys(r).sort().join(','))).toEqual(Array(4).fill('explain,level,reasons,text'));
    expect(rows[1].explain.matches[0]).toMatchObject({ layer: 'rules', category: 'suicide', level: 'urgent' });
  });

  it('takes the client context from flags and refuses bad values with one line', async () => {
    const plain = await invoke(['sometimes i wish i could just disappear']);
    expect(plain.out).toMatch(/^level: concern/);
    const lifted = await invoke(['sometimes i wish i could just disappear'], { 'phq9-item9': '2' });
    expect(lifted.out).toMatch(/^level: urgent/);
    expect(lifted.out).toMatch(/context: PHQ-9 item 9 was 2 \(more than half the days\)/);
    const alert = await invoke(['sometimes i wish i could just disappear'], { 'recent-alert-days': '2', 'recent-level': 'urgent' });
    expect(alert.out).toMatch(/^level: urgent/);
    await expect(invoke(['x'], { 'phq9-item9': '4' })).rejects.toThrow('--phq9-item9 must be between 0 and 3, got 4');
    await expect(invoke(['x'], { 'phq9-item9': '1.5' })).rejects.toThrow('--phq9-item9 must be 0, 1, 2 or 3');
    await expect(invoke(['x'], { 'recent-level': 'urgent' })).rejects.toThrow('--recent-alert-days and --recent-level go together');
    await expect(invoke(['x'], { 'recent-alert-days': '3', 'recent-level': 'high' })).rejects.toThrow('--recent-level must be concern or urgent');
  });
});
