/**
 * `npm run bench steered` — how much of the server's event loop three steered playbacks take.
 *
 * In-process (the real app through `inject`, so no HTTP client shares the loop's figures): three
 * clients each play a steered 30 s piece (44.1 kHz) at real-time pace as the browser does and
 * steer it three times while it plays. Once with the playbacks rendered on the server's loop
 * (HEARTH_MUSIC_THREAD=0, as before), once on the music thread. Reported for each: the main
 * thread's busy time (`perf.eventLoopUtilization().active`, ms — CPU the loop spent, not
 * wall time, so other load on the machine counts little), the loop's delay p99/max
 * (`monitorEventLoopDelay`, 10 ms resolution), and how long a steer command took to answer.
 */
import { monitorEventLoopDelay, performance as perf } from 'node:perf_hooks';
import { addClient, createHarness, setupTherapist } from '../test/helpers/harness.ts';
import type { Agent } from '../test/helpers/harness.ts';
import { round } from './measure.ts';

const STREAMS = 3;
const SECONDS = 30;
const SR = 44100;

function stats(times: number[]) {
  const s = [...times].sort((a, b) => a - b);
  const at = (q: number) => round(s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0);
  return { p50: at(0.5), p99: at(0.99), max: round(s.at(-1) ?? 0), samples: s.length, unit: 'ms' };
}

async function play(c: Agent, clientId: string, seed: number, steerMs: number[]): Promise<number> {
  const piece = (await c.post(`/api/clients/${clientId}/music`, { prompt: 'flowing piano at 96 bpm', seconds: SECONDS, seed, sampleRate: SR })).json();
  const s = (await c.post(`/api/music/${piece.id}/steering`)).json();
  const res = await c.request({ method: 'GET', url: s.audioUrl, payloadAsStream: true });
  if (res.statusCode !== 200) throw new Error(`steered audio: ${res.statusCode}`);
  let got = 0;
  let next = 4;
  for await (const chunk of res.stream()) {
    got += (chunk as Buffer).length;
    if (next < SECONDS - 2 && got > 44 + next * SR * 4) {
      next += 5;
      const t = performance.now();
      const r = await c.post(`/api/music/${piece.id}/steering/${s.id}`, { command: 'slower' });
      if (r.statusCode !== 200) throw new Error(`steer: ${r.statusCode} ${r.body}`);
      steerMs.push(performance.now() - t);
    }
  }
  return got;
}

async function run(onThread: boolean) {
  const saved = process.env.HEARTH_MUSIC_THREAD;
  process.env.HEARTH_MUSIC_THREAD = onThread ? '1' : '0';
  process.env.HEARTH_SOUNDBANK ??= 'off';
  const h = await createHarness();
  process.env.HEARTH_MUSIC_THREAD = saved;
  try {
    const t = await setupTherapist(h);
    const clients = [];
    for (let i = 0; i < STREAMS; i++) clients.push(await addClient(h, t, `Client ${i}`, `c${i}@home.test`));
    // Warm-up: one piece played (the thread started, the code compiled).
    {
      const c = clients[0]!;
      const piece = (await c.client.post(`/api/clients/${c.clientId}/music`, { prompt: 'a warm-up', seconds: 30, seed: 1, sampleRate: 32000 })).json();
      if (!piece.audioUrl) throw new Error(`compose: ${JSON.stringify(piece)}`);
      await c.client.get(piece.audioUrl);
    }
    const steerMs: number[] = [];
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const elu = perf.eventLoopUtilization();
    const started = performance.now();
    const bytes = await Promise.all(clients.map((c, i) => play(c.client, c.clientId, 30 + i, steerMs)));
    const used = perf.eventLoopUtilization(elu);
    delay.disable();
    return {
      mainLoopBusyMs: round(used.active),
      mainLoopUtilization: round(used.utilization),
      loopDelayP99: round(delay.percentile(99) / 1e6),
      loopDelayMax: round(delay.max / 1e6),
      steerCommand: stats(steerMs),
      wallSeconds: round((performance.now() - started) / 1000),
      bytes: bytes.reduce((a, b) => a + b, 0),
    };
  } finally {
    await h.close();
  }
}

export default async function bench() {
  const onLoop = await run(false);
  const onThread = await run(true);
  return {
    load: `${STREAMS} steered playbacks of ${SECONDS} s at ${SR} Hz at once, each steered ${Math.floor((SECONDS - 6) / 5) + 1} times`,
    figures: {
      onLoopBusyMs: { median: onLoop.mainLoopBusyMs, unit: 'ms', runs: 1 },
      onThreadBusyMs: { median: onThread.mainLoopBusyMs, unit: 'ms', runs: 1 },
      onLoopDelayMax: { median: onLoop.loopDelayMax, unit: 'ms', runs: 1 },
      onThreadDelayMax: { median: onThread.loopDelayMax, unit: 'ms', runs: 1 },
    },
    onLoop,
    onThread,
    note: 'busy = perf.eventLoopUtilization().active of the main thread during the playbacks; delay from monitorEventLoopDelay (10 ms resolution)',
  };
}
