import { soundBankFromEnv } from '../src/backends/music-soundbank.ts';
import { analyzeAudio, planFromDescription, renderMusic } from '../src/engines/music/index.ts';
import { chromagram } from '../src/engines/music/chroma.ts';
import { chordTrack } from '../src/engines/music/test-signals.ts';
import { resample } from '../src/engines/music/resample.ts';
async function main() {
  const bank = await soundBankFromEnv(process.env, (r) => console.error(r));
  const aMinor = [[57, 60, 64],[62, 65, 69],[64, 68, 71],[57, 60, 64]];
  const SR = 32000;
  const clip = { channels: [chordTrack(aMinor, 84, 8, 22050)], sampleRate: 22050 };
  for (const withBank of [true, false]) {
    const s = renderMusic(planFromDescription('gentle violin in C major at 120 bpm'), { seconds: 30, sampleRate: SR, seed: 4, condition: clip, soundBank: withBank ? bank : undefined });
    const parts: Float32Array[] = [];
    for (const c of s) parts.push(c);
    const n = parts.reduce((a, p) => a + p.length / 2, 0);
    const M = new Float32Array(n);
    let o = 0;
    for (const p of parts) { for (let i = 0; i < p.length / 2; i++) M[o + i] = 0.5 * (p[2 * i]! + p[2 * i + 1]!); o += p.length / 2; }
    const a = analyzeAudio([M.subarray(12 * SR)], SR);
    console.log('bank', withBank, s.plan.instruments, s.plan.bpm, a.key, a.mode, JSON.stringify(a.keyDetail));
    const mono = resample(M, SR, 11025);
    const cg = chromagram(mono, 11025);
    const names = ['C','C#','D','D#','E','F','F#','G','G#','A','A#','B'];
    // per ~1.4 s: top pcs and bass
    const per = 4;
    for (let i = 0; i < cg.frames.length; i += per) {
      const sum = new Float64Array(12); const bass = new Float64Array(12);
      for (const f of cg.frames.slice(i, i + per)) { for (let k = 0; k < 12; k++) sum[k] += f.chroma[k]!; bass[f.bassPc] += f.bassWeight; }
      const top = [...sum].map((v, k) => [v, k]).sort((x, y) => y[0] - x[0]).slice(0, 4).map(([v, k]) => names[k] + ':' + v.toFixed(1));
      const b = [...bass].map((v, k) => [v, k]).sort((x, y) => y[0] - x[0])[0]!;
      console.log(cg.frames[i]!.time.toFixed(1), top.join(' '), 'bass', names[b[1]], b[0].toFixed(1));
    }
  }
}
main();
