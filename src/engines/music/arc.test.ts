import { describe, expect, it } from 'vitest';
import { envelope, levelDb, onsetRate } from '../../../test/helpers/audio-measures.ts';
import { NO_STEERING, shapeAt, steer, STEER_COMMANDS } from './arc.ts';
import { VOICES, voicesInText } from './gm-voices.ts';
import { renderMusic } from './music-stream.ts';
import { planFromDescription } from './plan-from-description.ts';
import { collect } from './test-signals.ts';

const SR = 32000;

describe('words → sampled voices, genres and arcs', () => {
  it('knows at least 40 voices and reads them in English, Spanish and German', () => {
    expect(Object.keys(VOICES).length).toBeGreaterThanOrEqual(40);
    const cases: [string, string][] = [
      ['a slow cello', 'cello'],
      ['violonchelo triste', 'cello'],
      ['ein ruhiges Cello', 'cello'],
      ['eine Geige im Regen', 'violin'],
      ['violín suave', 'violin'],
      ['guitarra clásica', 'nylon-guitar'],
      ['steel string guitar by the fire', 'steel-guitar'],
      ['Harfe und Flöte', 'harp'],
      ['arpa', 'harp'],
      ['marimba', 'marimba'],
      ['kalimba', 'kalimba'],
      ['a singing bowl', 'singing-bowl'],
      ['Klangschale', 'singing-bowl'],
      ['cuencos tibetanos', 'singing-bowl'],
      ['choir', 'choir'],
      ['coro', 'choir'],
      ['Chor', 'choir'],
      ['warm pads', 'warm-pad'],
      ['Klavier', 'piano'],
      ['flauta', 'flute'],
    ];
    for (const [text, voice] of cases) expect(voicesInText(text.toLowerCase())[0]?.name, text).toBe(voice);
    // The specific phrase wins over the generic word inside it, and order is kept.
    expect(voicesInText('nylon guitar and slow strings').map((v) => v.name)).toEqual(['nylon-guitar', 'slow-strings']);
  });

  it('understands genres: each changes instruments, rhythm or harmony', () => {
    const g = (t: string) => planFromDescription(t);
    expect(g('lo-fi beats to study').genre).toBe('lofi');
    expect(g('lo-fi beats to study').voices?.piano).toBe('electric-piano');
    expect(g('lo-fi beats to study').percussion).toBe(true);
    expect(g('90s rock with a guitar riff').voices?.guitar).toBe('overdrive-guitar');
    expect(g('90s rock with a guitar riff').bpm).toBeGreaterThan(g('ambient soundscape').bpm);
    expect(g('ambient soundscape').genre).toBe('ambient');
    expect(g('jazz trio').voices?.bass).toBe('double-bass');
    expect(g('classical chamber piece').genre).toBe('classical');
    expect(g('folk song by the campfire').voices?.guitar).toBe('steel-guitar');
    expect(g('cinematic and epic').instruments).toContain('strings');
    expect(g('japanese world music').genre).toBe('world');
  });

  it('reads arcs: iso principle down and up, sleep, paced breathing at six breaths a minute', () => {
    const down = planFromDescription('anxious to calm: start fast and slow down');
    expect(down.arc).toEqual({ kind: 'calm-down', endBpm: 60 });
    expect(down.bpm).toBeGreaterThanOrEqual(100);
    const up = planFromDescription('slowly wake me up');
    expect(up.arc?.kind).toBe('wake-up');
    expect(up.arc!.endBpm).toBeGreaterThan(up.bpm);
    expect(planFromDescription('from 110 to 60 bpm, piano').arc).toEqual({ kind: 'calm-down', endBpm: 60 });
    expect(planFromDescription('rain and strings to fall asleep').arc?.kind).toBe('sleep');
    expect(planFromDescription('música para dormir').arc?.kind).toBe('sleep');
    const breath = planFromDescription('paced breathing with a pad');
    expect(breath.arc?.kind).toBe('breathing');
    // One breath = an in-breath bar and an out-breath bar of four beats: 8 beats at 48 bpm = 10 s.
    expect((2 * breath.beatsPerBar * 60) / breath.bpm).toBeCloseTo(10, 5);
  });

  it('shapes stay in range and glide; steering is bounded however often it is asked', () => {
    const plan = planFromDescription('anxious to calm: start fast and slow down');
    let prev = shapeAt(plan, 0);
    for (let i = 1; i <= 100; i++) {
      const s = shapeAt(plan, i / 100);
      expect(Math.abs(s.bpm - prev.bpm)).toBeLessThan(3);
      expect(s.density).toBeGreaterThanOrEqual(0);
      expect(s.density).toBeLessThanOrEqual(1);
      prev = s;
    }
    let s = NO_STEERING;
    for (let i = 0; i < 50; i++) for (const c of STEER_COMMANDS) s = steer(s, c);
    for (let i = 0; i < 50; i++) s = steer(s, 'calmer');
    expect(s.tempo).toBeGreaterThanOrEqual(0.6);
    expect(shapeAt(plan, 0.5, s).bpm).toBeGreaterThanOrEqual(30);
  });
});

describe('change over time in the rendered audio (additive fallback)', () => {
  it('a rain-and-strings sleep piece: the rain never rises when the music ends', () => {
    const plan = planFromDescription('rain and strings to fall asleep');
    expect(plan.textures).toEqual(['rain']);
    const seconds = 180;
    const mix = collect(renderMusic(plan, { seconds, sampleRate: SR, seed: 3 }));
    const music = collect(renderMusic({ ...plan, textures: [] }, { seconds, sampleRate: SR, seed: 3 }));
    const bed = mix.left.map((v, i) => v - music.left[i]!);
    const during = levelDb(bed, SR, 30, 90);
    // The music stops at 90 % (162 s) and rings out; the fade-out starts at 174 s.
    const after = levelDb(bed, SR, 169, 173);
    const musicDuring = levelDb(music.left, SR, 30, 90);
    const musicAfter = levelDb(music.left, SR, 169, 173);
    console.info('sleep piece (dB)', {
      musicDuring,
      musicAfter,
      bedDuring: during,
      bedAfter: after,
      mixDuring: levelDb(mix.left, SR, 30, 90),
      mixAfter: levelDb(mix.left, SR, 169, 173),
    });
    expect(musicAfter).toBeLessThan(musicDuring - 20); // the music has ended
    expect(after).toBeLessThanOrEqual(during + 0.5);
    expect(levelDb(mix.left, SR, 169, 173)).toBeLessThanOrEqual(levelDb(mix.left, SR, 30, 90));
  }, 120_000);

  it('sleep thins out: fewer onsets and a lower level in the last third than the first', () => {
    const plan = planFromDescription('piano and harp to fall asleep');
    const { left } = collect(renderMusic(plan, { seconds: 150, sampleRate: SR, seed: 5 }));
    const early = onsetRate(left.subarray(5 * SR, 50 * SR), SR);
    const late = onsetRate(left.subarray(95 * SR, 130 * SR), SR);
    console.info('sleep onsets/s', early.toFixed(2), '→', late.toFixed(2));
    expect(late).toBeLessThan(0.7 * early);
    expect(levelDb(left, SR, 95, 130)).toBeLessThan(levelDb(left, SR, 5, 50) - 3);
  }, 120_000);

  it('paced breathing: the level swells and falls with a ~10 s period (6 breaths a minute)', () => {
    const plan = planFromDescription('paced breathing with a warm pad and piano');
    const { left } = collect(renderMusic(plan, { seconds: 90, sampleRate: SR, seed: 2 }));
    const env = envelope(left.subarray(10 * SR, 80 * SR), SR, 0.1);
    const mean = env.reduce((a, b) => a + b, 0) / env.length;
    let best = 0;
    let bestR = -Infinity;
    for (let lag = 40; lag <= 160; lag++) {
      let r = 0;
      for (let i = lag; i < env.length; i++) r += (env[i]! - mean) * (env[i - lag]! - mean);
      r /= env.length - lag;
      if (r > bestR) {
        bestR = r;
        best = lag;
      }
    }
    console.info('breathing period (s)', best / 10);
    expect(Math.abs(best / 10 - 10)).toBeLessThanOrEqual(1);
  }, 120_000);
});
