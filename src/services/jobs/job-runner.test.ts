import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addClient, createHarness, setupTherapist } from '../../../test/helpers/harness.ts';
import type { Harness } from '../../../test/helpers/harness.ts';
import { JobRunner } from './job-runner.ts';
import type { JobContext } from './job-runner.ts';

/** A handler whose jobs start in a recorded order and finish when told to. */
function gated() {
  const started: string[] = [];
  const gates = new Map<string, () => void>();
  const signals = new Map<string, AbortSignal>();
  const handler = async (ctx: JobContext<{ name: string }>): Promise<string[]> => {
    started.push(ctx.input.name);
    signals.set(ctx.input.name, ctx.signal);
    ctx.progress(0.5, 'half way');
    await new Promise<void>((resolve, reject) => {
      gates.set(ctx.input.name, resolve);
      ctx.signal.addEventListener('abort', () => reject(ctx.signal.reason as Error), { once: true });
    });
    return [];
  };
  const open = (name: string) => gates.get(name)?.();
  return { started, signals, handler, open };
}

const until = async (cond: () => boolean | Promise<boolean>, ms = 10_000): Promise<void> => {
  const end = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe('JobRunner (embedded database)', () => {
  let h: Harness;
  let a: string;
  let b: string;
  beforeAll(async () => {
    h = await createHarness();
    const t = await setupTherapist(h);
    a = (await addClient(h, t, 'Ada', 'ada@home.test')).clientId;
    b = (await addClient(h, t, 'Bo', 'bo@home.test')).clientId;
  }, 180_000);
  afterAll(() => h.close());

  it('runs clients in turn within their limit, keeps the input sealed, and clears it at the end', async () => {
    const runner = new JobRunner({ store: h.store, workers: 2, perClientRunning: 1 });
    const g = gated();
    runner.register('test', g.handler);
    const ids: string[] = [];
    for (const name of ['a1', 'a2', 'a3'])
      ids.push((await runner.submit({ clientId: a, requestedBy: a, kind: 'test', backend: 'builtin', input: { name } })).id);
    ids.push((await runner.submit({ clientId: b, requestedBy: b, kind: 'test', backend: 'builtin', input: { name: 'b1' } })).id);
    await until(() => g.started.length === 2);
    expect(g.started.sort()).toEqual(['a1', 'b1']);
    const [row] = await h.store.db.query<{ input_sealed: string }>('SELECT input_sealed FROM jobs WHERE id = $1', [ids[1]!]);
    expect(row!.input_sealed).toBeTruthy();
    expect(row!.input_sealed).not.toContain('a2');
    await until(async () => (await runner.get(ids[0]!))!.progress === 0.5);
    expect(await runner.get(ids[0]!)).toMatchObject({ state: 'running', stage: 'half way' });
    expect((await runner.get(ids[1]!))!.state).toBe('queued');
    g.open('a1');
    await until(() => g.started.length === 3);
    expect(g.started[2]).toBe('a2');
    g.open('a2');
    g.open('b1');
    await until(() => g.started.length === 4);
    g.open('a3');
    for (const id of ids) await until(async () => (await runner.get(id))!.state === 'done');
    const rows = await h.store.db.query<{ input_sealed: string | null; progress: number }>('SELECT input_sealed, progress FROM jobs WHERE id = ANY($1)', [ids]);
    expect(rows.every((r) => r.input_sealed === null && Number(r.progress) === 1)).toBe(true);
    await runner.close();
  }, 180_000);

  it('a cancel stops a running job (its signal fires) and it stays cancelled; a waiting one never starts', async () => {
    const runner = new JobRunner({ store: h.store, workers: 1, perClientRunning: 1 });
    const g = gated();
    runner.register('test', g.handler);
    const running = await runner.submit({ clientId: a, requestedBy: a, kind: 'test', backend: 'builtin', input: { name: 'r' } });
    const waiting = await runner.submit({ clientId: b, requestedBy: b, kind: 'test', backend: 'builtin', input: { name: 'w' } });
    await until(() => g.started.includes('r'));
    expect(await runner.cancel(waiting.id)).toMatchObject({ state: 'cancelled' });
    expect(await runner.cancel(running.id)).toMatchObject({ state: 'cancelled' });
    await until(() => g.signals.get('r')!.aborted);
    await until(() => runner.runningHere === 0);
    await new Promise((r) => setTimeout(r, 300));
    expect(g.started).toEqual(['r']);
    expect(await runner.get(running.id)).toMatchObject({ state: 'cancelled', resultIds: [] });
    expect(await runner.get(waiting.id)).toMatchObject({ state: 'cancelled' });
    // Cancelling a finished job changes nothing.
    expect(await runner.cancel(running.id)).toMatchObject({ state: 'cancelled' });
    expect(await runner.get('00000000-0000-4000-8000-000000000000')).toBeUndefined();
    await runner.close();
  }, 180_000);

  it('holds a backend to its limit whoever asks, and reports a failure in words', async () => {
    const runner = new JobRunner({ store: h.store, workers: 4, perClientRunning: 2, backendLimit: (id) => (id === 'gpu' ? 1 : Infinity), retryMs: 20 });
    const g = gated();
    runner.register('test', g.handler);
    runner.register('boom', async () => {
      throw new Error('the server said no');
    });
    const x = await runner.submit({ clientId: a, requestedBy: a, kind: 'test', backend: 'gpu', input: { name: 'x' } });
    const y = await runner.submit({ clientId: b, requestedBy: b, kind: 'test', backend: 'gpu', input: { name: 'y' } });
    await until(() => g.started.length === 1);
    await new Promise((r) => setTimeout(r, 200));
    expect(g.started).toHaveLength(1);
    g.open(g.started[0]!);
    await until(() => g.started.length === 2);
    g.open(g.started[1]!);
    for (const j of [x, y]) await until(async () => (await runner.get(j.id))!.state === 'done');
    const bad = await runner.submit({ clientId: a, requestedBy: a, kind: 'boom', backend: 'builtin', input: {} });
    await until(async () => (await runner.get(bad.id))!.state === 'failed');
    expect((await runner.get(bad.id))!.error).toMatchObject({ message: 'the server said no' });
    await runner.close();
  }, 180_000);

  it('on the embedded database, jobs a stopped process left waiting or running are ended at the next start', async () => {
    const first = new JobRunner({ store: h.store, workers: 1, perClientRunning: 1 });
    const g = gated();
    first.register('test', g.handler);
    const left = await first.submit({ clientId: a, requestedBy: a, kind: 'test', backend: 'builtin', input: { name: 'left' } });
    await until(() => g.started.includes('left'));
    // The process "dies": its runner is never closed. The next one starts on the same database.
    const next = new JobRunner({ store: h.store });
    await next.start();
    expect(await next.get(left.id)).toMatchObject({ state: 'cancelled', stage: 'stopped when Hearth restarted' });
    const [row] = await h.store.db.query<{ input_sealed: string | null }>('SELECT input_sealed FROM jobs WHERE id = $1', [left.id]);
    expect(row!.input_sealed).toBeNull();
    await Promise.all([first.close(), next.close()]);
  }, 180_000);
});
