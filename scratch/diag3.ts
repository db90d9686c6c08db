import { createRng } from '../src/engines/core/index.ts';
import { analyzeAudio, planFromDescription, planForContinuation } from '../src/engines/music/index.ts';
import { Composer } from '../src/engines/music/composer.ts';
import { chordTrack } from '../src/engines/music/test-signals.ts';
const aMinor = [[57, 60, 64],[62, 65, 69],[64, 68, 71],[57, 60, 64]];
const SR = 32000;
const clip = chordTrack(aMinor, 84, 8, 22050);
const an = analyzeAudio([clip], 22050, { melody: true });
const plan = planForContinuation(planFromDescription('gentle violin in C major at 120 bpm'), an);
const names = ['C','C#','D','D#','E','F','F#','G','G#','A','A#','B'];
for (const seed of [4, 6]) {
  const frames = 30 * SR - Math.round(5.7 * SR);
  const fadeOut = Math.round(SR * Math.min(6, (frames / SR) * 0.15));
  const root = createRng(seed);
  const c = new Composer(plan, SR, root.fork('score'), 99, { frames, endFrame: frames - fadeOut * 0.5, humanRng: root.fork('human') });
  while (!c.done) {
    const b = c.barsMade;
    const notes = c.nextBar();
    const byRole: Record<string, string[]> = {};
    for (const n of notes) (byRole[n.role ?? '?'] ??= []).push(names[n.midi % 12]! + Math.floor(n.midi / 12 - 1));
    console.log(seed, 'bar', b, ((c.barStart(b)) / SR + 5.7).toFixed(1), JSON.stringify(byRole));
  }
}
