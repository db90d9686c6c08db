import { soundBankFromEnv } from '../src/backends/music-soundbank.ts';
import { analyzeAudio, planFromDescription, renderMusic } from '../src/engines/music/index.ts';
import { chordTrack } from '../src/engines/music/test-signals.ts';
async function main() {
  const bank = await soundBankFromEnv(process.env, (r) => console.error(r));
  const aMinor = [[57, 60, 64],[62, 65, 69],[64, 68, 71],[57, 60, 64]];
  const SR = 32000;
  const clip = { channels: [chordTrack(aMinor, 84, 8, 22050)], sampleRate: 22050 };
  const base = planFromDescription('gentle violin in C major at 120 bpm');
  console.log(JSON.stringify({ ...base, description: undefined }).slice(0, 600));
  for (const [name, plan] of [['as is', base], ['no melody', { ...base, melody: false }], ['piano', planFromDescription('gentle piano in C major at 120 bpm')], ['cello', planFromDescription('gentle cello in C major at 120 bpm')], ['flute', planFromDescription('gentle flute in C major at 120 bpm')]] as const) {
    for (const seed of [4, 5, 6]) {
      const s = renderMusic(plan as typeof base, { seconds: 30, sampleRate: SR, seed, condition: clip, soundBank: bank });
      const parts: Float32Array[] = [];
      for (const c of s) parts.push(c);
      const n = parts.reduce((a, p) => a + p.length / 2, 0);
      const M = new Float32Array(n);
      let o = 0;
      for (const p of parts) { for (let i = 0; i < p.length / 2; i++) M[o + i] = 0.5 * (p[2 * i]! + p[2 * i + 1]!); o += p.length / 2; }
      const a = analyzeAudio([M.subarray(12 * SR)], SR);
      const w = analyzeAudio([M.subarray(8 * SR)], SR);
      console.log(name, seed, '12s→', a.key, a.mode, a.bpm.toFixed(1), ' 8s→', w.key, w.mode, w.bpm.toFixed(1), (s.plan as any).voices ?? '');
    }
  }
}
main();
