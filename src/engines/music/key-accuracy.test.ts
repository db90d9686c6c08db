/**
 * Windows of a continuation must keep the sample's key. The analyser's own accuracy is measured on
 * music it did not make — fluidsynth-rendered clips, espeak-ng voices — in
 * test/unit/music-hearing.test.ts (reading back the engine's own output was circular).
 */
import { describe, expect, it } from 'vitest';
import { analyzeAudio } from './analyze.ts';
import { renderMusic } from './music-stream.ts';
import { planFromDescription } from './plan-from-description.ts';
import { chordTrack, collect } from './test-signals.ts';

const SR = 32000;

describe('a continuation stays in the sample’s key', () => {
  it('windows of a continuation keep the sample’s key and mode', () => {
    // Organ chord samples (not the engine's timbre) at 22.05 and 44.1 kHz.
    const samples = [
      { prog: [[64, 67, 71], [60, 64, 67], [57, 60, 64], [59, 63, 66]], bpm: 96, sr: 22050, key: 'E', mode: 'minor' },
      { prog: [[58, 62, 65], [63, 67, 70], [65, 69, 72], [58, 62, 65]], bpm: 84, sr: 44100, key: 'Bb', mode: 'major' },
    ] as const;
    const failures: string[] = [];
    let windows = 0;
    for (const s of samples) {
      const clip = { channels: [chordTrack(s.prog, s.bpm, 8, s.sr)], sampleRate: s.sr };
      for (const prompt of ['calm choir', 'calm strings', 'warm pad', 'calm piano', 'gentle flute']) {
        const stream = renderMusic(planFromDescription(prompt), { seconds: 34, sampleRate: SR, seed: 4, condition: clip });
        expect([stream.plan.key, stream.plan.mode]).toEqual([s.key, s.mode]);
        const { left, right } = collect(stream);
        // 12 s windows from the end of the sample to the end of the piece (fade-out included).
        for (const t of [8, 15, 22]) {
          const a = analyzeAudio([left.subarray(t * SR, (t + 12) * SR), right.subarray(t * SR, (t + 12) * SR)], SR);
          windows++;
          if (a.key !== s.key || a.mode !== s.mode) failures.push(`${prompt} after ${s.key} ${s.mode}, ${t}–${t + 12} s → ${a.key} ${a.mode}`);
        }
      }
    }
    console.info(`continuation windows in the sample's key: ${windows - failures.length}/${windows}`, failures);
    expect(windows).toBe(30);
    // Choir, strings and pad (the timbres of issue #4) are exact. Piano and flute sometimes miss
    // (measured 27/30 overall): 12 s of a progression leaning on iv can read as that key, and the
    // flute's detached pulse leaves the arpeggio's fifth as its lowest note once the root decays.
    expect(failures.filter((f) => /choir|strings|pad/.test(f))).toEqual([]);
    expect(windows - failures.length).toBeGreaterThanOrEqual(27);
  });
});
