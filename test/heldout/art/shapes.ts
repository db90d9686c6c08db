/**
 * Things people draw again and again, as a hand draws them: boxes that overshoot their corners,
 * bumpy clouds and tree crowns, stick figures, fir trees. Built on hand.ts.
 */
import type { Hand, Pt, StrokeOptions } from './hand.ts';
import { curve, ellipse } from './hand.ts';

/** A box: sometimes one stroke round (ending a little past the start), sometimes four lines that cross at the corners. */
export function box(h: Hand, x0: number, y0: number, x1: number, y1: number, o: StrokeOptions = {}): void {
  const j = (): number => h.between(-3, 3);
  if (h.random() < 0.5) {
    h.draw([[x0 + j(), y0 + j()], [x1 + j(), y0 + j()], [x1 + j(), y1 + j()], [x0 + j(), y1 + j()], [x0 + j(), y0 + h.between(4, 12)]], o);
    return;
  }
  const e = (): number => h.between(0, 7);
  h.draw([[x0 - e(), y0 + j()], [x1 + e(), y0 + j()]], { overshoot: 6, ...o });
  h.draw([[x1 + j(), y0 - e()], [x1 + j(), y1 + e()]], { overshoot: 6, ...o });
  h.draw([[x1 + e(), y1 + j()], [x0 - e(), y1 + j()]], { overshoot: 6, ...o });
  h.draw([[x0 + j(), y1 + e()], [x0 + j(), y0 - e()]], { overshoot: 6, ...o });
}

/** A bumpy closed outline (cloud, tree crown, bush): `bumps` lobes round an ellipse. */
export function bumpy(h: Hand, c: Pt, rx: number, ry: number, bumps: number, o: StrokeOptions = {}): Pt[] {
  const pts: Pt[] = [];
  const start = h.between(0, 6.28);
  for (let i = 0; i < bumps * 3; i++) {
    const a = start + (i / (bumps * 3)) * Math.PI * 2;
    const k = i % 3 === 1 ? 1.12 + h.between(0, 0.1) : 0.94 + h.between(-0.04, 0.04);
    pts.push([c[0] + Math.cos(a) * rx * k, c[1] + Math.sin(a) * ry * k]);
  }
  const path = curve(pts, true, 6);
  const gap = Math.floor(h.between(0, 8));
  h.draw(path.slice(0, path.length - gap), o);
  return pts;
}

/** A simple person standing with feet at `foot`: round head, body, arms, legs; `dress` draws a triangle skirt. */
export function person(h: Hand, foot: Pt, height: number, o: StrokeOptions & { dress?: boolean; armsUp?: boolean } = {}): void {
  const [x, y] = foot;
  const head = height * 0.16;
  const neck = y - height + head * 2;
  const hip = y - height * 0.45;
  h.draw(ellipse([x + h.between(-2, 2), y - height + head], head * 0.9, head, h), o);
  if (o.dress) {
    h.draw([[x, neck], [x - height * 0.17, hip + height * 0.12], [x + height * 0.17, hip + height * 0.12], [x + 2, neck]], o);
  } else {
    h.draw([[x, neck], [x + h.between(-2, 2), hip]], o);
  }
  const shoulder = neck + height * 0.06;
  const hand = o.armsUp ? shoulder - height * 0.12 : shoulder + height * 0.22;
  h.draw([[x - height * 0.2, hand], [x, shoulder], [x + height * 0.2, hand + h.between(-4, 4)]], o);
  const legTop = o.dress ? hip + height * 0.12 : hip;
  h.draw([[x - height * 0.04, legTop], [x - height * 0.12, y]], { overshoot: 4, ...o });
  h.draw([[x + height * 0.04, legTop], [x + height * 0.12, y + h.between(-3, 3)]], { overshoot: 4, ...o });
  h.draw([[x - head * 0.4, y - height + head * 1.3], [x, y - height + head * 1.55], [x + head * 0.4, y - height + head * 1.3]], { ...o, pace: 0.6 });
}

/** A fir tree: a zigzag triangle with a short trunk, base at `foot`. */
export function fir(h: Hand, foot: Pt, height: number, o: StrokeOptions = {}): void {
  const [x, y] = foot;
  const w = height * 0.42;
  const trunk = height * 0.12;
  const top: Pt = [x + h.between(-2, 2), y - height];
  const tiers = 3;
  const pts: Pt[] = [top];
  for (let i = 1; i <= tiers; i++) {
    const ty = y - trunk - ((height - trunk) * (tiers - i)) / tiers;
    const tw = (w * i) / tiers;
    pts.push([x + tw, ty], [x + tw * 0.45, ty - h.between(0, 4)]);
  }
  const left: Pt[] = pts.slice(1).map(([px, py]) => [2 * x - px, py] as Pt).reverse();
  h.draw([...pts.slice(0, -1), [x + w, y - trunk], [x - w, y - trunk], ...left.slice(1), top], o);
  h.draw([[x - 4, y - trunk], [x - 4, y]], o);
  h.draw([[x + 4, y - trunk], [x + 4, y]], o);
}
