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
});
