import type { MeasureDefinition, MeasureResponse } from './workspace-api.ts';

const W = 680;
const H = 240;
const PAD = { left: 40, right: 124, top: 16, bottom: 34 };
/** Points sit this far inside the plot, so the first and last labels are not cut off. */
const INSET = 36;
const shortDate = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: '2-digit' });
const shortTime = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' });
/** Soft fills from calm to strong, by a band's severity (0 = least concern), so a wellbeing scale shades the right way round. */
const BAND_FILLS = ['#e3efe6', '#f3f0dc', '#f8ecd2', '#f6e0cf', '#f3d5d0'];

/**
 * A measure's total over time as an SVG line, on top of the measure's bands shaded from calm to
 * strong by severity (for WHO-5, where higher is better, the low band is the strong one).
 * Points are evenly spaced in order of completion; the table beside it carries the same numbers
 * for screen readers.
 */
export function MeasureChart({ definition, responses }: { definition: MeasureDefinition; responses: MeasureResponse[] }) {
  const max = definition.maxTotal;
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const y = (v: number) => PAD.top + innerH - (v / max) * innerH;
  const x = (i: number) => PAD.left + INSET + (responses.length <= 1 ? (innerW - 2 * INSET) / 2 : (i / (responses.length - 1)) * (innerW - 2 * INSET));
  const sameDay = responses.length > 1 && responses.every((r) => r.createdAt.slice(0, 10) === responses[0]!.createdAt.slice(0, 10));
  const tick = (iso: string) => (sameDay ? shortTime : shortDate).format(new Date(iso));
  const points = responses.map((r, i) => ({ r, px: x(i), py: y(r.total) }));
  const latest = responses.at(-1);
  const summary = latest
    ? `${definition.title}: ${responses.length} ${responses.length === 1 ? 'response' : 'responses'}, from ${responses[0]!.total} to ${latest.total} (${latest.band}). The table below lists each one.`
    : `${definition.title}: no responses yet.`;

  return (
    <svg className="ws-chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary}>
      {definition.bands.map((b, i) => {
        const top = y(Math.min(max, b.max + (i === definition.bands.length - 1 ? 0 : 1)));
        const bottom = y(b.min);
        return (
          <g key={b.label}>
            <rect x={PAD.left} y={top} width={innerW} height={bottom - top} fill={BAND_FILLS[b.severity] ?? BAND_FILLS.at(-1)} />
            <text x={W - PAD.right + 8} y={(top + bottom) / 2 + 4} className="ws-chart__band">
              {b.chartLabel}
            </text>
          </g>
        );
      })}
      {definition.bands.slice(1).map((b, i, rest) => (
        <g key={`t${b.min}`}>
          <line x1={PAD.left} x2={W - PAD.right} y1={y(b.min)} y2={y(b.min)} className="ws-chart__threshold" />
          {/* A threshold too close to the one above it (a narrow band) keeps its line but not its number. */}
          {i + 1 < rest.length && y(b.min) - y(rest[i + 1]!.min) < 12 ? null : (
            <text x={PAD.left - 6} y={y(b.min) + 4} textAnchor="end" className="ws-chart__axis">
              {b.min}
            </text>
          )}
        </g>
      ))}
      <text x={PAD.left - 6} y={y(0) + 4} textAnchor="end" className="ws-chart__axis">
        0
      </text>
      <text x={PAD.left - 6} y={y(max) + 4} textAnchor="end" className="ws-chart__axis">
        {max}
      </text>
      {points.length > 1 ? <polyline className="ws-chart__line" points={points.map((p) => `${p.px},${p.py}`).join(' ')} /> : null}
      {points.map(({ r, px, py }) => (
        <g key={r.id}>
          <circle cx={px} cy={py} r={r.safetyFlag ? 7 : 5.5} className={r.safetyFlag ? 'ws-chart__point ws-chart__point--flag' : 'ws-chart__point'} />
          <text x={px} y={py - 11} textAnchor="middle" className="ws-chart__value">
            {r.total}
          </text>
        </g>
      ))}
      {points.map(({ r, px }, i) =>
        points.length <= 6 || i === 0 || i === points.length - 1 || i % Math.ceil(points.length / 6) === 0 ? (
          <text key={`d${r.id}`} x={px} y={H - 10} textAnchor="middle" className="ws-chart__axis">
            {tick(r.createdAt)}
          </text>
        ) : null,
      )}
    </svg>
  );
}
