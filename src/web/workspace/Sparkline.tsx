import { useT } from '../i18n.tsx';

const W = 280;
const H = 96;
const PAD = { left: 8, right: 8, top: 18, bottom: 18 };

interface SparklineProps {
  label: string;
  values: (number | undefined)[];
  /** The client's usual range, drawn as a soft band, when known. */
  usual?: { low: number; high: number };
  /** Indexes of the works an observation points at; drawn as filled dots. */
  marked?: Set<number>;
}

/**
 * One feature across the works, oldest first, with the usual range shaded and the first and
 * latest values written beside their dots (and in the caption, for screen readers).
 */
export function Sparkline({ label, values, usual, marked }: SparklineProps) {
  const { t, locale } = useT();
  const known = values.filter((v): v is number => v !== undefined && Number.isFinite(v));
  if (known.length === 0) return null;
  const lo = Math.min(...known, usual?.low ?? Infinity);
  const hi = Math.max(...known, usual?.high ?? -Infinity);
  const span = hi - lo || 1;
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (values.length <= 1 ? innerW / 2 : (i / (values.length - 1)) * innerW);
  const y = (v: number) => PAD.top + innerH - ((v - lo) / span) * innerH;
  const pts = values.map((v, i) => (v === undefined || !Number.isFinite(v) ? null : { i, v, px: x(i), py: y(v) })).filter((p) => p !== null);
  const num = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const first = pts[0]!;
  const last = pts.at(-1)!;
  const ends = first === last ? [last] : [first, last];

  return (
    <figure className="ws-spark">
      <svg viewBox={`0 0 ${W} ${H}`} aria-hidden="true">
        {usual ? <rect x={0} y={y(usual.high)} width={W} height={Math.max(1, y(usual.low) - y(usual.high))} className="ws-spark__usual" /> : null}
        <polyline points={pts.map((p) => `${p.px},${p.py}`).join(' ')} className="ws-spark__line" />
        {pts.map((p) => (
          <circle
            key={p.i}
            cx={p.px}
            cy={p.py}
            r={marked?.has(p.i) ? 5 : 3.5}
            className={marked?.has(p.i) ? 'ws-spark__dot ws-spark__dot--marked' : 'ws-spark__dot'}
          />
        ))}
        {ends.map((p) => (
          <text
            key={`v${p.i}`}
            x={p.px}
            y={p.py - 8 < 12 ? p.py + 16 : p.py - 8}
            textAnchor={p === last && ends.length > 1 ? 'end' : 'start'}
            className="ws-spark__value"
          >
            {num.format(p.v)}
          </text>
        ))}
      </svg>
      <figcaption>
        {label}
        <span className="ws-spark__range">
          {ends.length > 1
            ? t('daily:insights.fromTo', { from: num.format(first.v), to: num.format(last.v) })
            : t('daily:insights.one', { value: num.format(last.v) })}
        </span>
      </figcaption>
    </figure>
  );
}
