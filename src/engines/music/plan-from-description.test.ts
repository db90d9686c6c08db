import { describe, expect, it } from 'vitest';
import { INSTRUMENTS } from './plan.ts';
import { planFromDescription } from './plan-from-description.ts';

describe('planFromDescription', () => {
  it('honours explicit key, mode, tempo and instrument words exactly', () => {
    const p = planFromDescription('nostalgic violin in G minor at 70 bpm');
    expect([p.key, p.mode, p.bpm, p.instruments]).toEqual(['G', 'minor', 70, ['strings']]);
    expect(p.explicit).toEqual({ key: true, mode: true, bpm: true, instruments: true });
    const q = planFromDescription('happy flute and guitar in F# major, 96 BPM');
    expect([q.key, q.mode, q.bpm, q.instruments]).toEqual(['F#', 'major', 96, ['flute', 'guitar']]);
    expect(planFromDescription('sad song in Bb major').mode).toBe('major');
    expect(planFromDescription('cello in e flat minor').key).toBe('Eb');
    expect(planFromDescription('a minor key lullaby').mode).toBe('minor');
    expect(planFromDescription('a minor key lullaby').explicit.key).toBe(false);
  });

  it('lets mood words set the rest: calm is slow and low, hopeful is bright and major', () => {
    const calm = planFromDescription('calm slow piano with low pitch');
    expect(calm.bpm).toBeLessThanOrEqual(62);
    expect(calm.register).toBe('low');
    expect(calm.instruments).toEqual(['piano']);
    const bright = planFromDescription('bright hopeful morning with birds');
    expect(bright.mode).toBe('major');
    expect(bright.textures).toEqual(['birds']);
    expect(bright.brightness).toBeGreaterThan(calm.brightness);
    const med = planFromDescription('peaceful meditation background');
    expect(med.bpm).toBeLessThan(70);
    expect(med.percussion).toBe(false);
    expect(med.melody).toBe(false);
    expect(planFromDescription('sad and lonely evening').mode).toBe('minor');
  });

  it('adds soft percussion only when asked and synthesises named nature textures', () => {
    expect(planFromDescription('calm piano').percussion).toBe(false);
    expect(planFromDescription('calm piano with a soft hand drum').percussion).toBe(true);
    expect(planFromDescription('rain and ocean waves with wind').textures).toEqual(['rain', 'sea', 'wind']);
  });

  it('recognises all eight voices and is deterministic', () => {
    const p = planFromDescription('piano, strings, pad, bells, flute, guitar, double bass and choir');
    expect([...p.instruments].sort()).toEqual([...INSTRUMENTS].sort());
    expect(planFromDescription('peaceful meditation background')).toEqual(planFromDescription('peaceful meditation background'));
  });

  it('uses the mood reading and overrides only where words are silent', () => {
    const tense = planFromDescription('music', { mood: { valence: -0.5, arousal: 0.8 } });
    const calm = planFromDescription('music', { mood: { valence: 0.5, arousal: -0.8 } });
    expect(tense.bpm).toBeGreaterThan(calm.bpm);
    const o = planFromDescription('piano at 60 bpm', { overrides: { bpm: 90, mode: 'minor', instruments: ['choir'] } });
    expect([o.bpm, o.mode, o.instruments]).toEqual([60, 'minor', ['piano']]);
  });

  it('reads keys, modes, tempi and shapes named in Spanish and German', () => {
    const es = planFromDescription('violín nostálgico en sol menor a 70 pulsaciones por minuto');
    expect([es.key, es.mode, es.bpm, es.instruments]).toEqual(['G', 'minor', 70, ['strings']]);
    expect(planFromDescription('piano en re bemol mayor')).toMatchObject({ key: planFromDescription('piano in Db major').key, mode: 'major' });
    expect(planFromDescription('guitarra en tonalidad menor').mode).toBe('minor');
    const de = planFromDescription('Cello in Fis-Moll, 64 Schläge pro Minute');
    expect([de.key, de.mode, de.bpm, de.instruments]).toEqual(['F#', 'minor', 64, ['strings']]);
    expect(planFromDescription('Klavierstück in Es-Dur')).toMatchObject({ key: 'Eb', mode: 'major', instruments: ['piano'] });
    expect(planFromDescription('Harfe in h-Moll')).toMatchObject({ key: 'B', mode: 'minor' });
    expect(planFromDescription('ruhige Gitarre in Moll').explicit).toMatchObject({ key: false, mode: true });
    expect(planFromDescription('de 100 a 60 bpm con piano').arc).toMatchObject({ kind: 'calm-down', endBpm: 60 });
    expect(planFromDescription('von 100 auf 60 bpm mit Klavier').arc).toMatchObject({ kind: 'calm-down', endBpm: 60 });
    expect(planFromDescription('respiración guiada, 5 respiraciones por minuto').arc).toMatchObject({ kind: 'breathing', breathsPerMinute: 5 });
    // German compounds and accents: the instrument inside the word, with or without umlauts.
    expect(planFromDescription('Streicherklang mit Vogelgezwitscher')).toMatchObject({ instruments: ['strings'], textures: ['birds'] });
    expect(planFromDescription('Flötenmelodie').instruments).toEqual(['flute']);
    expect(planFromDescription('musica rapida').bpm).toBe(planFromDescription('música rápida').bpm);
    // Words that only look like others: "aufregend" is not rain, "unruhig" is not calm.
    expect(planFromDescription('aufregende Gitarre').textures).toEqual([]);
    // English words that contain a Spanish or German stem stay English: chords are not a choir.
    expect(planFromDescription('soft piano chords, regenerating strands of sound').instruments).toEqual(['piano']);
    expect(planFromDescription('soft piano chords, regenerating strands of sound').textures).toEqual([]);
    expect(planFromDescription('Kirchenchor am Strand').instruments).toEqual(['choir']);
    expect(planFromDescription('unruhige Gitarre').mood.arousal).toBeGreaterThan(planFromDescription('ruhige Gitarre').mood.arousal);
  });
});
