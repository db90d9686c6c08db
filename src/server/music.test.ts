/** Music through the HTTP API: compose from words, stream with seeking, learn what helps. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../domain/i18n/index.ts';
import { helpsText } from '../domain/music/index.ts';
import { analyzeAudio, decodeWav, encodeWav } from '../engines/music/index.ts';
import { chordTrack } from '../engines/music/test-signals.ts';
import { beatPeriod } from '../../test/helpers/audio-measures.ts';
import { addClient, createHarness, setupTherapist } from '../../test/helpers/harness.ts';
import type { Agent, Harness } from '../../test/helpers/harness.ts';

let h: Harness;
let therapist: Agent;
let client: Agent;
let clientId: string;

beforeAll(async () => {
  h = await createHarness();
  therapist = await setupTherapist(h);
  ({ clientId, client } = await addClient(h, therapist, 'Robin', 'robin@home.test'));
});
afterAll(() => h.close());

describe('music', () => {
  it('composes what the words ask for, streams it identically each time, and seeks with Range', async () => {
    const res = await client.post(`/api/clients/${clientId}/music`, {
      prompt: 'nostalgic violin in G minor at 70 bpm',
      seconds: 30,
      seed: 9,
      sampleRate: 32000,
    });
    expect(res.statusCode, res.body).toBe(201);
    const piece = res.json();
    expect(piece.plan).toMatchObject({ key: 'G', mode: 'minor', bpm: 70, instruments: ['strings'] });

    const full = await client.get(piece.audioUrl);
    expect(full.statusCode).toBe(200);
    expect(full.headers['content-type']).toBe('audio/wav');
    expect(Number(full.headers['content-length'])).toBe(full.rawPayload.length);
    const decoded = decodeWav(new Uint8Array(full.rawPayload));
    if (!decoded.ok) throw new Error(decoded.error);
    expect(decoded.value.sampleRate).toBe(32000);
    const a = analyzeAudio(decoded.value.channels, 32000);
    expect([a.key, a.mode]).toEqual(['G', 'minor']);
    expect(Math.abs(a.bpm - 70)).toBeLessThan(3);
    expect(a.truePeakDb).toBeLessThanOrEqual(-1);

    expect((await therapist.get(piece.audioUrl)).rawPayload.equals(full.rawPayload)).toBe(true);

    const part = await client.request({ method: 'GET', url: piece.audioUrl, headers: { range: 'bytes=100000-100999' } });
    expect(part.statusCode).toBe(206);
    expect(part.headers['content-range']).toBe(`bytes 100000-100999/${full.rawPayload.length}`);
    expect(part.rawPayload.equals(full.rawPayload.subarray(100000, 101000))).toBe(true);
    const tail = await client.request({ method: 'GET', url: piece.audioUrl, headers: { range: 'bytes=-10' } });
    expect(tail.rawPayload.equals(full.rawPayload.subarray(full.rawPayload.length - 10))).toBe(true);
    const bad = await client.request({ method: 'GET', url: piece.audioUrl, headers: { range: `bytes=${full.rawPayload.length + 5}-` } });
    expect(bad.statusCode).toBe(416);
    const plays = (await h.store.audit.listForClient(clientId, 1000)).filter((e) => e.action === 'music.play' && e.targetId === piece.id);
    expect(plays).toHaveLength(2); // the client's and the therapist's plays; seeks (ranges past byte 0) are not logged again
  });

  it('keeps the client’s words sealed and learns from mood before and after listening', async () => {
    const piano = (await client.post(`/api/clients/${clientId}/music`, { prompt: 'slow calm piano at 56 bpm', seconds: 30, seed: 1 })).json();
    const bright = (await client.post(`/api/clients/${clientId}/music`, { prompt: 'lively bright guitar at 120 bpm', seconds: 30, seed: 2 })).json();
    for (let i = 0; i < 4; i++) {
      await client.post(`/api/music/${piano.id}/listens`, {
        before: { valence: -0.2, arousal: 0.5, distress: 7 },
        after: { valence: 0.4, arousal: -0.3, distress: 3 },
        secondsListened: 30,
      });
      await client.post(`/api/music/${bright.id}/listens`, {
        before: { valence: -0.2, arousal: 0.5, distress: 7 },
        after: { valence: -0.2, arousal: 0.6, distress: 7 },
        secondsListened: 30,
      });
    }
    const rec = (await client.get(`/api/clients/${clientId}/music/recommendation?valence=-0.2&arousal=0.4&distress=6`)).json();
    expect(rec.listenings).toBe(8);
    // Keys and arguments on the wire, worded by the reader's language.
    expect(rec.explanation.every((m: { key: string }) => m.key.startsWith('helps.why.'))).toBe(true);
    expect(helpsText(rec.explanation, translator('en'))).toMatch(/piano/i);
    expect(helpsText(rec.explanation, translator('en'))).toMatch(/distress/);
    expect(helpsText(rec.explanation, translator('es'))).toMatch(/malestar/);
    expect(rec.prompt).toMatch(/bpm/);

    const list = (await therapist.get(`/api/clients/${clientId}/music`)).json().pieces;
    expect(list.find((p: { id: string }) => p.id === piano.id).listens).toHaveLength(4);
    const rows = await h.store.db.query<{ plan_sealed: string }>('SELECT plan_sealed FROM music_pieces');
    for (const r of rows) expect(Buffer.from(r.plan_sealed, 'base64').toString('latin1')).not.toMatch(/piano|violin|guitar/);
  });

  it('steers a playing piece end to end: the live stream slows after the command and not before, the log is kept, replays the same bytes and teaches what helps', async () => {
    const SR = 32000;
    const piece = (await client.post(`/api/clients/${clientId}/music`, { prompt: 'flowing piano at 96 bpm', seconds: 30, seed: 4, sampleRate: SR })).json();
    const mood = '?valence=0&arousal=0.2&distress=5';
    const recBefore = (await client.get(`/api/clients/${clientId}/music/recommendation${mood}`)).json();
    const plain = (await client.get(piece.audioUrl)).rawPayload;

    const started = await client.post(`/api/music/${piece.id}/steering`);
    expect(started.statusCode, started.body).toBe(201);
    const s = started.json();
    expect(s.commands).toEqual(expect.arrayContaining(['calmer', 'brighter', 'slower', 'fewer', 'faster', 'more', 'darker']));

    // Bad input changes nothing.
    expect((await client.post(`/api/music/${piece.id}/steering/${s.id}`, { command: 'sleepier' })).statusCode).toBe(400);
    expect((await client.post(`/api/music/${piece.id}/steering/${crypto.randomUUID()}`, { command: 'slower' })).statusCode).toBe(404);

    // Play it as the browser does: a stream at real-time pace; steer 8 s in.
    const t0 = performance.now();
    const res = await client.request({ method: 'GET', url: s.audioUrl, payloadAsStream: true });
    expect(res.statusCode).toBe(200);
    const parts: Buffer[] = [];
    let got = 0;
    let firstByteMs = -1;
    let steered: { atSeconds: number; live: boolean }[] = [];
    for await (const chunk of res.stream()) {
      if (firstByteMs < 0) firstByteMs = performance.now() - t0;
      parts.push(chunk as Buffer);
      got += (chunk as Buffer).length;
      if (steered.length === 0 && got > 44 + 8 * SR * 4) {
        steered = [];
        for (const command of ['slower', 'slower', 'calmer']) {
          const r = await client.post(`/api/music/${piece.id}/steering/${s.id}`, { command });
          expect(r.statusCode, r.body).toBe(200);
          steered.push(r.json());
        }
      }
    }
    const wallSeconds = (performance.now() - t0) / 1000;
    const bytes = Buffer.concat(parts);
    expect(bytes.length).toBe(plain.length);
    expect(wallSeconds).toBeGreaterThan(30 - 1.5 - 3); // paced, not dumped at render speed
    expect(steered.every((e) => e.live)).toBe(true);
    const at = steered[0]!.atSeconds;
    expect(at).toBeGreaterThan(8);
    expect(at).toBeLessThan(8 + 3);
    console.info('steered stream: first byte', Math.round(firstByteMs), 'ms; wall', wallSeconds.toFixed(1), 's; steer took effect at', at.toFixed(2), 's');

    // Not before: the audio up to the command is the unsteered piece byte for byte; after it differs.
    const cut = 44 + Math.floor(at * SR - 4096) * 4;
    expect(bytes.subarray(0, cut).equals(plain.subarray(0, cut))).toBe(true);
    expect(bytes.subarray(cut).equals(plain.subarray(cut))).toBe(false);
    // After: the measured tempo drops (96 × 0.85 × 0.85 × 0.9 ≈ 62 bpm asked).
    const mono = (b: Buffer): Float32Array => {
      const w = decodeWav(new Uint8Array(b));
      if (!w.ok) throw new Error(w.error);
      const [l, r] = w.value.channels as [Float32Array, Float32Array];
      return l.map((v, i) => 0.5 * (v + r[i]!));
    };
    const m = mono(bytes);
    const bpmBefore = 60 / beatPeriod(m.subarray(1 * SR, Math.floor(at * SR)), SR, 0.35, 1.3);
    const bpmAfter = 60 / beatPeriod(m.subarray(Math.floor((at + 6) * SR), 29 * SR), SR, 0.35, 1.3);
    const pm = mono(plain);
    const plainAfter = 60 / beatPeriod(pm.subarray(Math.floor((at + 6) * SR), 29 * SR), SR, 0.35, 1.3);
    console.info('steered bpm', bpmBefore.toFixed(1), '→', bpmAfter.toFixed(1), '(unsteered', plainAfter.toFixed(1), ')');
    expect(bpmAfter).toBeLessThan(bpmBefore * 0.8);
    expect(bpmAfter).toBeLessThan(plainAfter * 0.8);

    // Kept with the listening (sealed), linked from the mood check-in, and replayed exactly: a seek renders the same bytes.
    const listed = (await therapist.get(`/api/music/${piece.id}`)).json();
    expect(listed.steering).toHaveLength(1);
    expect(listed.steering[0].events.map((e: { command: string }) => e.command)).toEqual(['slower', 'slower', 'calmer']);
    const rows = await h.store.db.query<{ log_sealed: string; steers: number }>('SELECT log_sealed, steers FROM music_steering WHERE id = $1', [s.id]);
    expect(rows[0]!.steers).toBe(3);
    expect(rows[0]!.log_sealed).not.toMatch(/slower|calmer/);
    const seekFrom = bytes.length - 40000;
    const seek = await client.request({ method: 'GET', url: s.audioUrl, headers: { range: `bytes=${seekFrom}-` } });
    expect(seek.statusCode).toBe(206);
    expect(seek.rawPayload.equals(bytes.subarray(seekFrom))).toBe(true);
    const listen = { before: { valence: 0, arousal: 0.5, distress: 6 }, after: { valence: 0.2, arousal: 0, distress: 4 }, secondsListened: 30 };
    expect((await client.post(`/api/music/${piece.id}/listens`, { ...listen, steeringId: crypto.randomUUID() })).statusCode).toBe(400);

    // A second playback steered "slower" (recorded for the next reconnect while no stream runs): what helps now starts slower, and says why.
    const again = (await client.post(`/api/music/${piece.id}/steering`)).json();
    const late = (await client.post(`/api/music/${piece.id}/steering/${again.id}`, { command: 'slower', position: 5 })).json();
    expect(late).toMatchObject({ live: false, atSeconds: 6.5, steers: 1 });
    const recAfter = (await client.get(`/api/clients/${clientId}/music/recommendation${mood}`)).json();
    expect(recAfter.bpm).toBeLessThan(recBefore.bpm);
    expect(helpsText(recAfter.explanation, translator('en'))).toMatch(/slower or calmer music in 2 of 2 steered listenings/);
    expect(recAfter.prompt).toMatch(new RegExp(`at ${recAfter.bpm} bpm`));
  }, 120_000);

  it('refuses out-of-range requests clearly', async () => {
    expect((await client.post(`/api/clients/${clientId}/music`, { prompt: 'calm', seconds: 5 })).statusCode).toBe(400);
    expect((await client.post(`/api/clients/${clientId}/music`, { prompt: 'calm', seconds: 60, sampleRate: 22050 })).statusCode).toBe(400);
    expect((await client.post(`/api/clients/${clientId}/music`, { prompt: '  ', seconds: 60 })).json().error.message).toMatch(/Describe the music/);
  });

  it('continues a client’s own recording in its key and tempo, and refuses files that are not usable recordings', async () => {
    // An organ progression in A minor at 84 bpm, mono 32-bit float at 22.05 kHz: another timbre and rate than the engine's.
    const aMinor = [
      [57, 60, 64],
      [62, 65, 69],
      [64, 68, 71],
      [57, 60, 64],
    ];
    const wav = encodeWav([chordTrack(aMinor, 84, 8, 22050)], 22050, 'float32');
    const up = await client.uploadTo(`/api/clients/${clientId}/music/samples`, wav, 'humming.wav', 'audio/wav');
    expect(up.statusCode, up.body).toBe(201);
    const sample = up.json();
    expect(sample).toMatchObject({ key: 'A', mode: 'minor', channels: 1, sampleRate: 22050 });
    expect(Math.abs(sample.bpm - 84)).toBeLessThan(84 * 0.03);
    expect((await therapist.get(`/api/clients/${clientId}/music/samples`)).json().samples.map((x: { id: string }) => x.id)).toContain(sample.id);

    // The words ask for C major at 120 bpm; the recording wins on key, mode and tempo.
    const res = await client.post(`/api/clients/${clientId}/music`, {
      prompt: 'gentle violin in C major at 120 bpm',
      seconds: 30,
      seed: 4,
      sampleRate: 32000,
      sampleId: sample.id,
    });
    expect(res.statusCode, res.body).toBe(201);
    const piece = res.json();
    expect(piece).toMatchObject({ sampleId: sample.id, plan: { key: 'A', mode: 'minor' } });
    expect(Math.abs(piece.plan.bpm - 84)).toBeLessThan(84 * 0.03);
    const audio = (await client.get(piece.audioUrl)).rawPayload;
    const decoded = decodeWav(new Uint8Array(audio));
    if (!decoded.ok) throw new Error(decoded.error);
    const after = decoded.value.channels.map((ch) => ch.subarray(12 * 32000));
    const a = analyzeAudio(after, 32000);
    expect([a.key, a.mode]).toEqual(['A', 'minor']);
    expect(Math.abs(a.bpm - 84)).toBeLessThan(84 * 0.03);
    expect((await therapist.get(piece.audioUrl)).rawPayload.equals(audio)).toBe(true); // renders the same bytes again
    // The stored recording is sealed, not a readable WAV.
    const stored = await h.store.blobs.get(`music-samples/${sample.id}.wav`);
    expect(Buffer.from(stored!).subarray(0, 4).toString('latin1')).not.toBe('RIFF');

    const count = async () => (await h.store.db.query<{ n: number }>('SELECT count(*)::int AS n FROM music_samples'))[0]!.n;
    const before = await count();
    const refusals: [Uint8Array, number, RegExp][] = [
      [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 415, /no RIFF\/WAVE header/],
      [wav.subarray(0, 5000), 415, /truncated/],
      [encodeWav([new Float32Array(22050 * 4)], 22050, 'float32'), 400, /silent/],
      [encodeWav([chordTrack(aMinor, 84, 1, 22050)], 22050, 'pcm16'), 400, /at least 2 s/],
      [encodeWav([chordTrack(aMinor, 84, 61, 8000)], 8000, 'pcm16'), 400, /at most 60 s/],
    ];
    for (const [bytes, status, message] of refusals) {
      const r = await client.uploadTo(`/api/clients/${clientId}/music/samples`, bytes, 'x.wav', 'audio/wav');
      expect(r.statusCode, r.body).toBe(status);
      expect(r.json().error.message).toMatch(message);
    }
    expect(await count()).toBe(before);
    // Another client's recording cannot be borrowed, and a piece must outlast its recording.
    const other = await addClient(h, therapist, 'Sky', 'sky@home.test');
    const foreign = await other.client.post(`/api/clients/${other.clientId}/music`, { prompt: 'calm', seconds: 30, sampleId: sample.id });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.message).toMatch(/recording was not found/);
    expect((await client.post(`/api/clients/${clientId}/music`, { prompt: 'calm', seconds: 30, sampleId: sample.id })).statusCode).toBe(201);
  });
});
