/**
 * How recorded strokes look on a 2D canvas. Each stroke is painted at full strength onto a
 * "wet" layer and then laid onto the ink layer once with its opacity, so a stroke that crosses
 * itself does not darken where it overlaps (like real paint in one pass). The eraser is the
 * same pass with `destination-out`.
 */
import type { Stroke, StrokePoint, StrokeTool } from '../../engines/analysis/index.ts';

export type Ctx = CanvasRenderingContext2D;

/** Diameter in px of a tool at a pressure 0..1 (the pen is the most pressure-sensitive). */
export function widthAt(tool: StrokeTool, size: number, pressure: number): number {
  const p = Math.min(1, Math.max(0, pressure));
  switch (tool) {
    case 'pen':
      return Math.max(0.75, size * (0.25 + 0.75 * p));
    case 'marker':
      return size * (0.85 + 0.15 * p);
    case 'soft':
      return size * (0.6 + 0.8 * p);
    case 'eraser':
      return size * (0.6 + 0.4 * p);
  }
}

function dab(ctx: Ctx, tool: StrokeTool, color: string, x: number, y: number, d: number): void {
  const r = d / 2;
  if (tool === 'soft') {
    const g = ctx.createRadialGradient(x, y, 0, x, y, r);
    g.addColorStop(0, withAlpha(color, 0.35));
    g.addColorStop(1, withAlpha(color, 0));
    ctx.fillStyle = g;
  } else ctx.fillStyle = tool === 'eraser' ? '#000000' : color;
  ctx.beginPath();
  ctx.arc(x, y, r, 0, Math.PI * 2);
  ctx.fill();
}

/** Paints the part of a stroke between two consecutive points onto the wet layer. */
export function paintSegment(ctx: Ctx, s: Pick<Stroke, 'tool' | 'color' | 'size'>, a: StrokePoint, b: StrokePoint): void {
  if (s.tool === 'soft') {
    // Soft dabs every quarter diameter build up an airbrush-like line.
    const d0 = widthAt('soft', s.size, a.pressure);
    const d1 = widthAt('soft', s.size, b.pressure);
    const dist = Math.hypot(b.x - a.x, b.y - a.y);
    const step = Math.max(1, Math.min(d0, d1) / 4);
    for (let t = step; t <= dist; t += step) {
      const k = t / dist;
      dab(ctx, 'soft', s.color, a.x + (b.x - a.x) * k, a.y + (b.y - a.y) * k, d0 + (d1 - d0) * k);
    }
    return;
  }
  ctx.strokeStyle = s.tool === 'eraser' ? '#000000' : s.color;
  ctx.lineCap = s.tool === 'marker' ? 'square' : 'round';
  ctx.lineJoin = 'round';
  ctx.lineWidth = widthAt(s.tool, s.size, (a.pressure + b.pressure) / 2);
  ctx.beginPath();
  ctx.moveTo(a.x, a.y);
  ctx.lineTo(b.x, b.y);
  ctx.stroke();
}

/** Paints the first point of a stroke (a tap leaves a dot). */
export function paintStart(ctx: Ctx, s: Pick<Stroke, 'tool' | 'color' | 'size'>, p: StrokePoint): void {
  dab(ctx, s.tool, s.color, p.x, p.y, widthAt(s.tool, s.size, p.pressure));
}

/** Paints a whole stroke onto a (cleared) wet layer. */
export function paintWet(ctx: Ctx, s: Stroke): void {
  const pts = s.points;
  if (pts.length === 0) return;
  paintStart(ctx, s, pts[0]!);
  for (let i = 1; i < pts.length; i++) paintSegment(ctx, s, pts[i - 1]!, pts[i]!);
}

/** Lays a wet layer onto a target with the stroke's opacity (erasers cut instead). */
export function layWet(target: Ctx, wet: HTMLCanvasElement, s: Pick<Stroke, 'tool' | 'opacity'>): void {
  target.save();
  target.globalAlpha = s.opacity;
  target.globalCompositeOperation = s.tool === 'eraser' ? 'destination-out' : 'source-over';
  target.drawImage(wet, 0, 0);
  target.restore();
}

/** Redraws every stroke onto a cleared ink layer, using `wet` as scratch space. */
export function paintAll(ink: Ctx, wet: HTMLCanvasElement, strokes: readonly Stroke[]): void {
  const w = wet.getContext('2d')!;
  ink.clearRect(0, 0, ink.canvas.width, ink.canvas.height);
  for (const s of strokes) {
    w.clearRect(0, 0, wet.width, wet.height);
    paintWet(w, s);
    layWet(ink, wet, s);
  }
  w.clearRect(0, 0, wet.width, wet.height);
}

/** `#rrggbb` + alpha → `rgba(…)`. */
export function withAlpha(hex: string, alpha: number): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

/** A layer canvas of the given size (not in the page). */
export function layer(width: number, height: number): HTMLCanvasElement {
  const c = document.createElement('canvas');
  c.width = width;
  c.height = height;
  return c;
}
