/**
 * A tiny Standard MIDI File writer (format 1) for the held-out music clips. Written for this
 * folder only: it knows tempo maps, time signatures, program/controller changes and notes —
 * all a General MIDI synthesiser needs to play a clip.
 */

/** Ticks per quarter note. 960 keeps 10–25 ms timing jitter well above one tick at 180 bpm. */
export const TPQ = 960;

export interface SmfNote {
  /** Start and length in ticks (already humanised: swing, jitter and rubato are in the ticks). */
  readonly tick: number;
  readonly ticks: number;
  /** MIDI key 0–127. */
  readonly key: number;
  /** Velocity 1–127. */
  readonly velocity: number;
}

export interface SmfTrack {
  readonly name: string;
  /** MIDI channel 0–15; 9 is the General MIDI drum channel. */
  readonly channel: number;
  /** General MIDI program 0–127 (ignored on channel 9). */
  readonly program: number;
  /** Controller 7 (volume) and 10 (pan, 64 = centre), 91 (reverb send). */
  readonly volume: number;
  readonly pan: number;
  readonly reverb: number;
  readonly notes: readonly SmfNote[];
  /** Sustain pedal changes (controller 64): tick and down/up. */
  readonly pedal?: readonly { readonly tick: number; readonly down: boolean }[];
}

export interface SmfSong {
  /** Tempo changes in ticks and beats per minute (quarter notes); the first must be at tick 0. */
  readonly tempos: readonly { readonly tick: number; readonly bpm: number }[];
  /** Time signature, e.g. [3, 4]. */
  readonly meter: readonly [number, number];
  readonly tracks: readonly SmfTrack[];
}

interface Ev {
  readonly tick: number;
  /** Sort order within one tick: meta 0, controllers 1, note-offs 2, note-ons 3. */
  readonly order: number;
  readonly bytes: readonly number[];
}

function varLen(n: number): number[] {
  const out = [n & 0x7f];
  let v = n >>> 7;
  while (v > 0) {
    out.unshift((v & 0x7f) | 0x80);
    v >>>= 7;
  }
  return out;
}

const u32 = (n: number): number[] => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
const u16 = (n: number): number[] => [(n >>> 8) & 0xff, n & 0xff];
const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0) & 0x7f);
const clamp7 = (n: number): number => Math.max(0, Math.min(127, Math.round(n)));

function chunk(events: Ev[]): number[] {
  events.sort((a, b) => a.tick - b.tick || a.order - b.order);
  const body: number[] = [];
  let last = 0;
  for (const e of events) {
    body.push(...varLen(e.tick - last), ...e.bytes);
    last = e.tick;
  }
  body.push(0, 0xff, 0x2f, 0x00);
  return [...ascii('MTrk'), ...u32(body.length), ...body];
}

function metaText(tick: number, type: number, text: string): Ev {
  const bytes = ascii(text);
  return { tick, order: 0, bytes: [0xff, type, ...varLen(bytes.length), ...bytes] };
}

/** Encodes a song as a format-1 Standard MIDI File. */
export function smfBytes(song: SmfSong): Uint8Array {
  if (song.tempos[0]?.tick !== 0) throw new Error('the first tempo must be at tick 0');
  const [num, den] = song.meter;
  const conductor: Ev[] = [
    metaText(0, 0x03, 'tempo map'),
    { tick: 0, order: 0, bytes: [0xff, 0x58, 0x04, num, Math.log2(den), 24, 8] },
    ...song.tempos.map((t) => {
      const us = Math.round(60_000_000 / t.bpm);
      return { tick: Math.round(t.tick), order: 0, bytes: [0xff, 0x51, 0x03, (us >>> 16) & 0xff, (us >>> 8) & 0xff, us & 0xff] };
    }),
  ];
  const tracks = song.tracks.map((t) => {
    const ch = t.channel & 0x0f;
    const evs: Ev[] = [
      metaText(0, 0x03, t.name),
      { tick: 0, order: 1, bytes: [0xb0 | ch, 7, clamp7(t.volume)] },
      { tick: 0, order: 1, bytes: [0xb0 | ch, 10, clamp7(t.pan)] },
      { tick: 0, order: 1, bytes: [0xb0 | ch, 91, clamp7(t.reverb)] },
    ];
    if (ch !== 9) evs.push({ tick: 0, order: 1, bytes: [0xc0 | ch, clamp7(t.program)] });
    for (const p of t.pedal ?? []) evs.push({ tick: Math.max(0, Math.round(p.tick)), order: 1, bytes: [0xb0 | ch, 64, p.down ? 127 : 0] });
    for (const n of t.notes) {
      const on = Math.max(0, Math.round(n.tick));
      const off = Math.max(on + 1, Math.round(n.tick + n.ticks));
      evs.push({ tick: on, order: 3, bytes: [0x90 | ch, clamp7(n.key), Math.max(1, clamp7(n.velocity))] });
      evs.push({ tick: off, order: 2, bytes: [0x80 | ch, clamp7(n.key), 0] });
    }
    return chunk(evs);
  });
  const header = [...ascii('MThd'), ...u32(6), ...u16(1), ...u16(tracks.length + 1), ...u16(TPQ)];
  return Uint8Array.from([...header, ...chunk(conductor), ...tracks.flat()]);
}
