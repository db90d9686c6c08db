/**
 * What the client's words became: key and mode, tempo, instruments, textures and the rest of
 * the plan, plus the seed that remakes the same piece exactly.
 */
import { lengthText } from './length-text.ts';
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

export function PlanSummary({ piece, level = 3, title: asked }: PlanSummaryProps) {
  const { t } = useT();
  const title = asked ?? t('music:plan.title');
  const { plan } = piece;
  const H = level === 2 ? 'h2' : 'h3';
  return (
    <section className="plan" aria-label={title}>
      <H className="plan__title">{title}</H>
      <dl className="plan__facts">
        <div>
          <dt>{t('music:plan.key')}</dt>
          <dd data-testid="plan-key">{keyWords(plan)}</dd>
        </div>
        <div>
          <dt>{t('music:plan.tempo')}</dt>
          <dd data-testid="plan-bpm">
            <TempoWords bpm={plan.bpm} />
          </dd>
        </div>
        <div>
          <dt>{t('music:plan.instruments')}</dt>
          <dd data-testid="plan-instruments">{instrumentWords(plan.instruments)}</dd>
        </div>
        <div>
          <dt>{t('music:plan.textures')}</dt>
          <dd>{plan.textures.length ? listWords(plan.textures) : t('music:plan.noTextures')}</dd>
        </div>
        <div>
          <dt>{t('music:plan.register')}</dt>
          <dd>
            {plan.register === 'low' || plan.register === 'middle' || plan.register === 'high' ? t(`music:plan.register.${plan.register}`) : plan.register}
          </dd>
        </div>
        <div>
          <dt>{t('music:plan.feel')}</dt>
          <dd>{t('music:plan.feelWords', { melody: plan.melody ? 'yes' : 'no', drums: plan.percussion ? 'yes' : 'no' })}</dd>
        </div>
        <div>
          <dt>{t('music:plan.length')}</dt>
          <dd>{lengthText(piece.seconds, t)}</dd>
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
