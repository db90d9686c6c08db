/**
 * What the client's words became: key and mode, tempo, instruments, textures and the rest of
 * the plan, plus the seed that remakes the same piece exactly.
 */
import { formatLength } from './music-api.ts';
import { tempoBandOf } from '../../domain/music/index.ts';
import { useT } from '../i18n.tsx';
import type { Piece } from './music-api.ts';

const INSTRUMENT_NAMES: Record<string, string> = {
  piano: 'piano',
  strings: 'strings',
  pad: 'soft pad',
  bells: 'bells',
  flute: 'flute',
  guitar: 'guitar',
  bass: 'bass',
  choir: 'choir',
};

const REGISTER_NAMES: Record<string, string> = { low: 'low and warm', middle: 'middle', high: 'high and light' };

/** "piano, soft pad and bass" */
export function listWords(items: readonly string[], names: Record<string, string> = {}): string {
  const words = items.map((i) => names[i] ?? i);
  if (words.length === 0) return 'none';
  if (words.length === 1) return words[0]!;
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

export const instrumentWords = (items: readonly string[]) => listWords(items, INSTRUMENT_NAMES);

/** "D major" */
export const keyWords = (plan: Piece['plan']) => `${plan.key} ${plan.mode}`;

interface PlanSummaryProps {
  piece: Piece;
  /** Heading level of the title, to keep the page outline in order. */
  level?: 2 | 3;
  title?: string;
}

export function PlanSummary({ piece, level = 3, title = 'What your words became' }: PlanSummaryProps) {
  const { plan } = piece;
  const H = level === 2 ? 'h2' : 'h3';
  return (
    <section className="plan" aria-label={title}>
      <H className="plan__title">{title}</H>
      <dl className="plan__facts">
        <div>
          <dt>Key</dt>
          <dd data-testid="plan-key">{keyWords(plan)}</dd>
        </div>
        <div>
          <dt>Tempo</dt>
          <dd data-testid="plan-bpm">
            <TempoWords bpm={plan.bpm} />
          </dd>
        </div>
        <div>
          <dt>Instruments</dt>
          <dd data-testid="plan-instruments">{instrumentWords(plan.instruments)}</dd>
        </div>
        <div>
          <dt>Textures</dt>
          <dd>{plan.textures.length ? listWords(plan.textures) : 'no nature sounds'}</dd>
        </div>
        <div>
          <dt>Register</dt>
          <dd>{REGISTER_NAMES[plan.register] ?? plan.register}</dd>
        </div>
        <div>
          <dt>Feel</dt>
          <dd>
            {plan.melody ? 'a gentle melody' : 'no melody, just harmony'}
            {plan.percussion ? ', soft percussion' : ', no drums'}
          </dd>
        </div>
        <div>
          <dt>Length</dt>
          <dd>{formatLength(piece.seconds)}</dd>
        </div>
        <div>
          <dt>
            <T k="daily:music.pieceNumber" />
          </dt>
          <dd>{piece.seed}</dd>
        </div>
      </dl>
      <p className="muted plan__note">
        <T k="daily:music.sameNumber" />
      </p>
    </section>
  );
}

/** "Slow · 60 beats a minute": the tempo in words a client reads without knowing "BPM". */
export function TempoWords({ bpm }: { bpm: number }) {
  const { t } = useT();
  return <>{t('daily:music.tempo', { band: tempoBandOf(bpm), bpm: Math.round(bpm) })}</>;
}

function T({ k }: { k: 'daily:music.pieceNumber' | 'daily:music.sameNumber' }) {
  const { t } = useT();
  return <>{t(k)}</>;
}
