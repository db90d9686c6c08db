/**
 * Steering while a piece plays: calmer or livelier, darker or brighter, slower or faster, fewer
 * or more instruments. Each press goes to the server's live stream, which changes within a few
 * seconds; the presses so far are listed (they are kept with the listening).
 */
import { formatClock } from './music-api.ts';
import type { SteerCommand } from './music-api.ts';
import { useT } from '../i18n.tsx';

/** Pairs of opposite commands, in the order they are shown. */
const PAIRS: readonly [SteerCommand, SteerCommand][] = [
  ['calmer', 'livelier'],
  ['darker', 'brighter'],
  ['slower', 'faster'],
  ['fewer', 'more'],
];

export interface SteerEvent {
  atSeconds: number;
  command: SteerCommand;
}

interface SteerPanelProps {
  /** Commands given so far in this playback, oldest first. */
  events: readonly SteerEvent[];
  busy: boolean;
  /** A plain-words line after the latest press (or a problem), for the live region. */
  status: string;
  onSteer(command: SteerCommand): void;
}

export function SteerPanel({ events, busy, status, onSteer }: SteerPanelProps) {
  const { t } = useT();
  return (
    <section className="steer" aria-labelledby="steer-heading">
      <h3 id="steer-heading" className="steer__title">
        {t('music:steer.title')}
      </h3>
      <p className="muted steer__hint">{t('music:steer.hint')}</p>
      <div className="steer__pairs">
        {PAIRS.map(([a, b]) => (
          <div key={a} className="steer__pair" role="group" aria-label={t('music:steer.pair', { a: t(`music:steer.cmd.${a}`), b: t(`music:steer.cmd.${b}`) })}>
            {[a, b].map((c) => (
              <button key={c} type="button" className="button button--secondary button--small steer__button" disabled={busy} onClick={() => onSteer(c)}>
                {t(`music:steer.cmd.${c}`)}
              </button>
            ))}
          </div>
        ))}
      </div>
      <p className="live-status steer__status" role="status" aria-live="polite">
        {status}
      </p>
      {events.length > 0 ? (
        <ol className="steer__log" aria-label={t('music:steer.logLabel')}>
          {events.map((e, i) => (
            <li key={i}>{t('music:steer.logItem', { command: t(`music:steer.cmd.${e.command}`), at: formatClock(e.atSeconds) })}</li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
