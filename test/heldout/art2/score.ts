/**
 * Scores for the second held-out sketch set, from a `hearth generate --json` report only (see
 * evaluate.ts for how they are used and README.md for the rules). Pure functions: no engine code.
 */

export interface Box { readonly x: number; readonly y: number; readonly w: number; readonly h: number }

export interface Item {
  readonly id: string;
  readonly file: string;
  readonly kind: string;
  readonly width: number;
  readonly height: number;
  readonly prompt: string;
  readonly language: string;
  readonly expect: {
    readonly things: readonly { readonly word: string | null; readonly named: boolean; readonly label: string; readonly box: Box }[];
    readonly notDrawn: readonly string[];
    readonly negated: readonly string[];
    readonly colours: readonly { readonly word: string; readonly of: string }[];
  };
  readonly horizonY: number | null;
  readonly groundY: number | null;
  /** The drawing's own canvas (for a photo: the paper's size, so its aspect is the paper's). */
  readonly canvas?: { readonly width: number; readonly height: number };
}

/** What straightening did to a photo: the photo's area the picture shows (corners in photo px, tl tr br bl). */
export interface PaperReport {
  readonly straightened?: boolean;
  readonly corners?: readonly (readonly number[])[];
}

/** The parts of a `generate --json` report the scores read. */
export interface Report {
  readonly words?: readonly { readonly word?: string; readonly as?: string; readonly where?: readonly { readonly box?: Box }[] }[];
  readonly width?: number;
  readonly height?: number;
  readonly paper?: PaperReport;
}

// ---- words ---------------------------------------------------------------------------------------

export const fold = (w: string): string => w.toLowerCase().normalize('NFC').replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/ü/g, 'u').replace(/ß/g, 'ss').trim();

/** The word and the forms left when common en/es/de plural endings are taken off. */
function stems(w: string): Set<string> {
  const f = fold(w);
  const out = new Set([f]);
  for (const end of ['es', 's', 'en', 'er', 'e', 'n']) if (f.length > end.length + 2 && f.endsWith(end)) out.add(f.slice(0, -end.length));
  return out;
}

/** The same word, allowing for singular/plural ("tulips" / "tulip", "Tannen" / "Tanne", "Bäume" / "Baum"). */
export function sameWord(a: string, b: string): boolean {
  const sa = stems(a);
  for (const s of stems(b)) if (sa.has(s)) return true;
  return false;
}

// ---- geometry ------------------------------------------------------------------------------------

export function iou(a: Box, b: Box): number {
  const ix = Math.max(0, Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x));
  const iy = Math.max(0, Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y));
  const inter = ix * iy;
  const union = a.w * a.h + b.w * b.h - inter;
  return union > 0 ? inter / union : 0;
}

/** A report region counts for an expected box when IoU ≥ 0.3 or its centre lies inside the box. */
export function overlaps(region: Box, expected: Box): boolean {
  const cx = region.x + region.w / 2;
  const cy = region.y + region.h / 2;
  return iou(region, expected) >= 0.3 || (cx >= expected.x && cx <= expected.x + expected.w && cy >= expected.y && cy <= expected.y + expected.h);
}

/** The projective map taking the unit square's corners (0,0) (1,0) (1,1) (0,1) to the four points `q`. */
export function squareToQuad(q: readonly (readonly number[])[]): (u: number, v: number) => [number, number] {
  const [x0, y0] = [q[0]![0]!, q[0]![1]!];
  const [x1, y1] = [q[1]![0]!, q[1]![1]!];
  const [x2, y2] = [q[2]![0]!, q[2]![1]!];
  const [x3, y3] = [q[3]![0]!, q[3]![1]!];
  // Heckbert's closed form (Fundamentals of Texture Mapping, 1989, §2.2.3).
  const sx = x0 - x1 + x2 - x3;
  const sy = y0 - y1 + y2 - y3;
  const dx1 = x1 - x2;
  const dx2 = x3 - x2;
  const dy1 = y1 - y2;
  const dy2 = y3 - y2;
  const det = dx1 * dy2 - dx2 * dy1;
  const g = det === 0 ? 0 : (sx * dy2 - dx2 * sy) / det;
  const h = det === 0 ? 0 : (dx1 * sy - sx * dy1) / det;
  const a = x1 - x0 + g * x1;
  const b = x3 - x0 + h * x3;
  const d = y1 - y0 + g * y1;
  const e = y3 - y0 + h * y3;
  return (u, v) => {
    const z = g * u + h * v + 1;
    return [(a * u + b * v + x0) / z, (d * u + e * v + y0) / z];
  };
}

/** The corners of a straightened photo's area, when the report says it was straightened. */
function straightenedCorners(report: Report): readonly (readonly number[])[] | undefined {
  const c = report.paper?.corners;
  return report.paper?.straightened === true && c?.length === 4 && c.every((p) => p.length === 2 && p.every(Number.isFinite)) ? c : undefined;
}

/**
 * The report's regions for a word, as fractions of the input image's size. A straightened photo's
 * regions are mapped back into the photo through the reported corners (the bounding box of the
 * region's four corners there).
 */
function regionsOf(report: Report, word: string, photo?: { width: number; height: number }): Box[] {
  const W = report.width ?? 0;
  const H = report.height ?? 0;
  if (!(W > 0 && H > 0)) return [];
  const corners = photo && straightenedCorners(report);
  const toPhoto = corners && squareToQuad(corners);
  const out: Box[] = [];
  for (const w of report.words ?? []) {
    if (typeof w.word !== 'string' || !sameWord(w.word, word)) continue;
    for (const r of w.where ?? []) {
      if (!r.box) continue;
      let b = { x: r.box.x / W, y: r.box.y / H, w: r.box.w / W, h: r.box.h / H };
      if (toPhoto && photo) {
        const pts = [toPhoto(b.x, b.y), toPhoto(b.x + b.w, b.y), toPhoto(b.x + b.w, b.y + b.h), toPhoto(b.x, b.y + b.h)];
        const xs = pts.map((p) => p[0] / photo.width);
        const ys = pts.map((p) => p[1] / photo.height);
        b = { x: Math.min(...xs), y: Math.min(...ys), w: Math.max(...xs) - Math.min(...xs), h: Math.max(...ys) - Math.min(...ys) };
      }
      // A word said twice ("me … behind me", "a table … under the table") that the report puts on
      // the very same region is one painted thing, not a thing painted twice.
      if (!out.some((o) => o.x === b.x && o.y === b.y && o.w === b.w && o.h === b.h)) out.push(b);
    }
  }
  return out;
}

// ---- scoring -------------------------------------------------------------------------------------

export interface ItemScore {
  readonly id: string;
  readonly error?: string;
  readonly drawn: number;
  readonly found: number;
  readonly missing: readonly string[];
  readonly paintedTwice: number;
  readonly notDrawn: number;
  readonly notDrawnPainted: number;
  readonly negated: number;
  readonly negatedNotPainted: number;
  readonly aspectKept: boolean;
  /** A photo whose report says the paper was straightened (its regions were mapped back into the photo). */
  readonly straightened: boolean;
  /** Not scored: drawn things the prompt does not name that some report region covers. */
  readonly unnamedCovered: string;
  /** Not scored: colour words of the prompt that the report lists as words. */
  readonly colourWordsInReport: string;
}

/** Scores one item from its `generate --json` report (null when the run failed). */
export function score(item: Item, report: Report | null, error?: string): ItemScore {
  const named = item.expect.things.filter((t) => t.word !== null);
  const unnamed = item.expect.things.filter((t) => t.word === null);
  const blank: ItemScore = {
    id: item.id, error: error ?? 'no report', drawn: named.length, found: 0, missing: named.map((t) => t.label), paintedTwice: 0,
    notDrawn: item.expect.notDrawn.length, notDrawnPainted: 0, negated: item.expect.negated.length, negatedNotPainted: 0, aspectKept: false,
    straightened: false,
    unnamedCovered: `0/${unnamed.length}`, colourWordsInReport: `0/${item.expect.colours.length}`,
  };
  if (!report) return blank;
  const photo = { width: item.width, height: item.height };
  const straightened = straightenedCorners(report) !== undefined;
  let found = 0;
  let paintedTwice = 0;
  const missing: string[] = [];
  const words = [...new Set(named.map((t) => t.word!))];
  for (const word of words) {
    const expected = named.filter((t) => t.word === word);
    const regions = regionsOf(report, word, photo);
    const used = new Set<number>();
    for (const t of expected) {
      let best = -1;
      let bestIou = -1;
      regions.forEach((r, i) => {
        if (used.has(i) || !overlaps(r, t.box)) return;
        const v = iou(r, t.box);
        if (v > bestIou) [best, bestIou] = [i, v];
      });
      if (best >= 0) {
        used.add(best);
        found++;
      } else {
        missing.push(t.label);
      }
    }
    paintedTwice += Math.max(0, regions.length - expected.length);
  }
  const notDrawnPainted = item.expect.notDrawn.filter((w) => regionsOf(report, w, photo).length > 0).length;
  const negatedNotPainted = item.expect.negated.filter((w) => regionsOf(report, w, photo).length === 0).length;
  const W = report.width ?? 0;
  const H = report.height ?? 0;
  // A straightened photo keeps the paper's aspect (within 2 %: it is estimated from the photo);
  // anything else keeps the input's (within 1 %).
  const aspectKept = W > 0 && H > 0 && (straightened
    ? item.canvas !== undefined && Math.abs(W / H / (item.canvas.width / item.canvas.height) - 1) <= 0.02
    : Math.abs(W / H / (item.width / item.height) - 1) <= 0.01);
  const allRegions: Box[] = (report.words ?? []).flatMap((w) => regionsOf(report, w.word ?? '', photo));
  const covered = unnamed.filter((t) => allRegions.some((r) => overlaps(r, t.box))).length;
  const reportedWords = (report.words ?? []).map((w) => w.word ?? '');
  const colours = item.expect.colours.filter((c) => reportedWords.some((w) => sameWord(w, c.word))).length;
  return {
    id: item.id, drawn: named.length, found, missing, paintedTwice, notDrawn: item.expect.notDrawn.length, notDrawnPainted,
    negated: item.expect.negated.length, negatedNotPainted, aspectKept, straightened,
    unnamedCovered: `${covered}/${unnamed.length}`, colourWordsInReport: `${colours}/${item.expect.colours.length}`,
  };
}
