import { Loading, Notice } from '../components/Notice.tsx';
import { formatWhen } from '../format.ts';
import { i18n, useT } from '../i18n.tsx';
import { useLoad } from '../use-load.ts';
import { workspaceApi } from './workspace-api.ts';
import type { CheckinItem } from './workspace-api.ts';

const W = 640;
const H = 200;
const PAD = { left: 36, right: 16, top: 12, bottom: 28 };

/** Mood check-ins: distress (0–10) before and after activities over time, and the notes written with them. */
export function CheckinsPanel({ clientId }: { clientId: string }) {
  const { t } = useT();
  const MOMENT: Record<CheckinItem['moment'], string> = {
    before: t('workspace:checkins.before'),
    after: t('workspace:checkins.after'),
    standalone: t('workspace:checkins.standalone'),
  };
  const list = useLoad(() => workspaceApi.checkins(clientId), [clientId]);
  if (list.loading && !list.data) return <Loading label={t('workspace:checkins.loading')} />;
  if (list.error || !list.data) return <Notice tone="error">{list.error ?? t('workspace:checkins.loadFailed')}</Notice>;
  const oldestFirst = [...list.data].reverse();

  return (
    <div className="stack">
      <h3>{t('workspace:checkins.heading')}</h3>
      {oldestFirst.length === 0 ? (
        <p className="muted">{t('workspace:checkins.none')}</p>
      ) : (
        <>
          <DistressChart checkins={oldestFirst} />
          <p className="ws-legend" aria-hidden="true">
            <span className="ws-legend__item ws-legend__item--before">{t('workspace:checkins.legendBefore')}</span>
            <span className="ws-legend__item ws-legend__item--after">{t('workspace:checkins.after')}</span>
            <span className="ws-legend__item ws-legend__item--standalone">{t('workspace:checkins.legendAlone')}</span>
          </p>
          <ul className="ws-list">
            {list.data.slice(0, 12).map((c) => (
              <li key={c.id} className="ws-list__item">
                <span className={`tag tag--moment-${c.moment}`}>{MOMENT[c.moment]}</span>
                <span>
                  {t('workspace:checkins.distress')} <strong>{c.distress}</strong> {t('workspace:checkins.of10')} · {feeling(c)}
                  {c.activity ? ` · ${c.activity}` : ''}
                </span>
                <span className="muted">{formatWhen(c.createdAt)}</span>
                {c.note ? <blockquote className="ws-quote ws-list__note">{c.note}</blockquote> : null}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** Valence and arousal in plain words, e.g. "pleasant, calm". */
function feeling(c: CheckinItem): string {
  const v = c.valence > 0.25 ? 'pleasant' : c.valence < -0.25 ? 'unpleasant' : 'neutral';
  const a = c.arousal > 0.25 ? 'activated' : c.arousal < -0.25 ? 'calm' : 'steady';
  return i18n.t('workspace:checkins.feeling', { v, a });
}

function DistressChart({ checkins }: { checkins: CheckinItem[] }) {
  const { t, locale } = useT();
  const day = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short' });
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const inset = 24;
  const x = (i: number) => PAD.left + inset + (checkins.length <= 1 ? innerW / 2 - inset : (i / (checkins.length - 1)) * (innerW - 2 * inset));
  const y = (d: number) => PAD.top + innerH - (d / 10) * innerH;
  const pts = checkins.map((c, i) => ({ c, px: x(i), py: y(c.distress) }));
  const last = checkins.at(-1)!;
  return (
    <svg
      className="ws-chart"
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-label={t('workspace:checkins.chartLabel', { count: checkins.length, first: checkins[0]!.distress, last: last.distress })}
    >
      {[0, 5, 10].map((v) => (
        <g key={v}>
          <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} className="ws-chart__grid" />
          <text x={PAD.left - 6} y={y(v) + 4} textAnchor="end" className="ws-chart__axis">
            {v}
          </text>
        </g>
      ))}
      {pts.map((p, i) => {
        const next = pts[i + 1];
        // Join a "before" to the "after" that follows it: the change across one activity.
        return p.c.moment === 'before' && next?.c.moment === 'after' ? (
          <line key={`l${p.c.id}`} x1={p.px} y1={p.py} x2={next.px} y2={next.py} className="ws-chart__pair" />
        ) : null;
      })}
      {pts.map((p) => (
        <circle key={p.c.id} cx={p.px} cy={p.py} r={6} className={`ws-chart__mood ws-chart__mood--${p.c.moment}`} />
      ))}
      {dateTicks(pts.length).map((i) => (
        <text
          key={`d${i}`}
          x={pts[i]!.px}
          y={H - 8}
          textAnchor={pts.length > 1 && i === pts.length - 1 ? 'end' : pts.length > 1 && i === 0 ? 'start' : 'middle'}
          className="ws-chart__axis"
        >
          {day.format(new Date(pts[i]!.c.createdAt))}
        </text>
      ))}
    </svg>
  );
}

/** Which points get a date under them: the first, the last and up to three evenly between. */
function dateTicks(n: number): number[] {
  if (n <= 1) return n === 1 ? [0] : [];
  const want = Math.min(n, 5);
  return [...new Set(Array.from({ length: want }, (_, k) => Math.round((k * (n - 1)) / (want - 1))))];
}
