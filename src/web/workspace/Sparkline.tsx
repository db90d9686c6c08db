const W = 160;
const H = 40;

interface SparklineProps {
  label: string;
  values: (number | undefined)[];
  /** The client's usual range, drawn as a soft band, when known. */
  usual?: { low: number; high: number };
  /** Indexes of the works an observation points at; drawn as filled dots. */
  marked?: Set<number>;
}

/** A tiny line of one feature across the works, oldest first, with the usual range shaded. */
export function Sparkline({ label, values, usual, marked }: SparklineProps) {
  const known = values.filter((v): v is number => v !== undefined && Number.isFinite(v));
  if (known.length === 0) return null;
  const lo = Math.min(...known, usual?.low ?? Infinity);
  const hi = Math.max(...known, usual?.high ?? -Infinity);
  const span = hi - lo || 1;
  const x = (i: number) => 4 + (values.length <= 1 ? (W - 8) / 2 : (i / (values.length - 1)) * (W - 8));
  const y = (v: number) => 4 + (H - 8) - ((v - lo) / span) * (H - 8);
  const pts = values.map((v, i) => (v === undefined ? null : { i, px: x(i), py: y(v) })).filter((p) => p !== null);

  return (
    <figure className="ws-spark">
      <svg viewBox={`0 0 ${W} ${H}`} width={W} height={H} aria-hidden="true">
        {usual ? <rect x={0} y={y(usual.high)} width={W} height={Math.max(1, y(usual.low) - y(usual.high))} className="ws-spark__usual" /> : null}
        <polyline points={pts.map((p) => `${p.px},${p.py}`).join(' ')} className="ws-spark__line" />
        {pts.map((p) => (
          <circle key={p.i} cx={p.px} cy={p.py} r={marked?.has(p.i) ? 3.5 : 2} className={marked?.has(p.i) ? 'ws-spark__dot ws-spark__dot--marked' : 'ws-spark__dot'} />
        ))}
      </svg>
      <figcaption>{label}</figcaption>
    </figure>
  );
}
