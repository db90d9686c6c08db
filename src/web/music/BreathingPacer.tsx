/**
 * A breathing pacer: a soft circle that grows while breathing in, rests while holding and
 * shrinks while breathing out, with the words announced politely to screen readers. With
 * "reduce motion" the circle stays still and only the words and the count change.
 */
import { useEffect, useState } from 'react';
import { useT } from '../i18n.tsx';

export type PhaseKind = 'in' | 'hold' | 'out';

export interface BreathingPattern {
  id: PatternId;
  name: string;
  description: string;
  phases: readonly { kind: PhaseKind; seconds: number }[];
}

export type PatternId = 'six' | '478';

export const PATTERNS: readonly BreathingPattern[] = [
  {
    id: 'six',
    name: '6 breaths a minute',
    description: 'In for 5 seconds, out for 5. Slow and even.',
    phases: [
      { kind: 'in', seconds: 5 },
      { kind: 'out', seconds: 5 },
    ],
  },
  {
    id: '478',
    name: '4-7-8 breathing',
    description: 'In for 4 seconds, hold for 7, out for 8.',
    phases: [
      { kind: 'in', seconds: 4 },
      { kind: 'hold', seconds: 7 },
      { kind: 'out', seconds: 8 },
    ],
  },
];

export const patternById = (id: PatternId): BreathingPattern => PATTERNS.find((p) => p.id === id) ?? PATTERNS[0]!;

const SMALL = 0.55;

/** True while the reader has asked for less motion. */
export function useReducedMotion(): boolean {
  const query = '(prefers-reduced-motion: reduce)';
  const [reduce, setReduce] = useState(() => window.matchMedia?.(query).matches ?? false);
  useEffect(() => {
    const mq = window.matchMedia?.(query);
    if (!mq) return;
    const change = () => setReduce(mq.matches);
    mq.addEventListener('change', change);
    return () => mq.removeEventListener('change', change);
  }, []);
  return reduce;
}

interface PacerProps {
  pattern: BreathingPattern;
  running: boolean;
}

export function BreathingPacer({ pattern, running }: PacerProps) {
  const { t } = useT();
  const reduce = useReducedMotion();
  const [step, setStep] = useState({ index: 0, breath: 1, startedAt: 0 });
  const [now, setNow] = useState(0);
  const phase = pattern.phases[step.index] ?? pattern.phases[0]!;

  useEffect(() => {
    if (!running) return;
    const start = performance.now();
    setStep({ index: 0, breath: 1, startedAt: start });
    setNow(start);
    const tick = window.setInterval(() => setNow(performance.now()), 250);
    return () => window.clearInterval(tick);
  }, [running, pattern]);

  useEffect(() => {
    if (!running || step.startedAt === 0) return;
    const wait = window.setTimeout(
      () => {
        setStep((s) => {
          const next = (s.index + 1) % pattern.phases.length;
          return { index: next, breath: next === 0 ? s.breath + 1 : s.breath, startedAt: performance.now() };
        });
      },
      Math.max(0, phase.seconds * 1000 - (performance.now() - step.startedAt)),
    );
    return () => window.clearTimeout(wait);
  }, [running, step, phase.seconds, pattern.phases.length]);

  const left = running ? Math.max(1, Math.ceil(phase.seconds - (now - step.startedAt) / 1000)) : null;
  const scale = reduce ? 0.8 : !running ? SMALL : phase.kind === 'out' ? SMALL : 1;
  const words = running ? t(`music:pacer.${phase.kind}`) : t('music:pacer.ready');

  return (
    <div className={`pacer pacer--${running ? phase.kind : 'idle'}`} data-phase={running ? phase.kind : 'idle'}>
      <div className="pacer__stage" aria-hidden="true">
        <div
          className="pacer__halo"
          style={{ transform: `scale(${scale * 1.18})`, transitionDuration: reduce || !running || phase.kind === 'hold' ? '0s' : `${phase.seconds}s` }}
        />
        <div
          className="pacer__circle"
          style={{ transform: `scale(${scale})`, transitionDuration: reduce || !running || phase.kind === 'hold' ? '0s' : `${phase.seconds}s` }}
        >
          <span className="pacer__count">{left ?? ''}</span>
        </div>
      </div>
      <p className="pacer__words" aria-live="polite" aria-atomic="true" data-testid="pacer-words">
        {words}
      </p>
      <p className="pacer__breath">
        {running ? t('music:pacer.breath', { n: step.breath, name: t(`music:pacer.name.${pattern.id}`) }) : t(`music:pacer.description.${pattern.id}`)}
      </p>
    </div>
  );
}
