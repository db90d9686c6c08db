import { soundBankFromEnv } from '/work/wt/music/src/backends/music-soundbank.ts';
import { analyzeAudio, planFromDescription, renderMusic } from '/work/wt/music/src/engines/music/index.ts';
import { chordTrack } from '/work/wt/music/src/engines/music/test-signals.ts';
async function main() {
const bank = await soundBankFromEnv(process.env, (r) => console.error(r));
const aMinor = [[57, 60, 64],[62, 65, 69],[64, 68, 71],[57, 60, 64]];
const SR = 32000;
const clip = { channels: [chordTrack(aMinor, 84, 8, 22050)], sampleRate: 22050 };
for (const prompt of ['gentle violin in C major at 120 bpm', 'soft strings with rain', 'calm piano', 'slow cello']) {
  for (const seed of [4, 5]) {
    const s = renderMusic(planFromDescription(prompt), { seconds: 40, sampleRate: SR, seed, condition: clip, soundBank: bank });
    const parts: Float32Array[] = [];
    for (const c of s) parts.push(c);
    const n = parts.reduce((a, p) => a + p.length / 2, 0);
    const L = new Float32Array(n), R = new Float32Array(n);
    let o = 0;
    for (const p of parts) { for (let i = 0; i < p.length / 2; i++) { L[o + i] = p[2 * i]!; R[o + i] = p[2 * i + 1]!; } o += p.length / 2; }
    const a = analyzeAudio([L.subarray(12 * SR), R.subarray(12 * SR)], SR);
    console.log(prompt, seed, s.sampled, s.plan.instruments.join('+'), s.plan.bpm.toFixed(1), '→', a.key, a.mode, a.bpm.toFixed(1), JSON.stringify(a.keyDetail).slice(0, 300));
  }
}
}
main();
