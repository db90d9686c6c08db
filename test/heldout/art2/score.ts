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
}

/** The parts of a `generate --json` report the scores read. */
export interface Report {
  readonly words?: readonly { readonly word?: string; readonly as?: string; readonly where?: readonly { readonly box?: Box }[] }[];
  readonly width?: number;
  readonly height?: number;
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

/** The report's regions for a word, as fractions of the report's picture size. */
function regionsOf(report: Report, word: string): Box[] {
  const W = report.width ?? 0;
  const H = report.height ?? 0;
  if (!(W > 0 && H > 0)) return [];
  const out: Box[] = [];
  for (const w of report.words ?? []) {
    if (typeof w.word !== 'string' || !sameWord(w.word, word)) continue;
    for (const r of w.where ?? []) {
      if (!r.box) continue;
      const b = { x: r.box.x / W, y: r.box.y / H, w: r.box.w / W, h: r.box.h / H };
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
    unnamedCovered: `0/${unnamed.length}`, colourWordsInReport: `0/${item.expect.colours.length}`,
  };
  if (!report) return blank;
  let found = 0;
  let paintedTwice = 0;
  const missing: string[] = [];
  const words = [...new Set(named.map((t) => t.word!))];
  for (const word of words) {
    const expected = named.filter((t) => t.word === word);
    const regions = regionsOf(report, word);
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
  const notDrawnPainted = item.expect.notDrawn.filter((w) => regionsOf(report, w).length > 0).length;
  const negatedNotPainted = item.expect.negated.filter((w) => regionsOf(report, w).length === 0).length;
  const W = report.width ?? 0;
  const H = report.height ?? 0;
  const aspectKept = W > 0 && H > 0 && Math.abs(W / H / (item.width / item.height) - 1) <= 0.01;
  const allRegions: Box[] = (report.words ?? []).flatMap((w) => regionsOf(report, w.word ?? ''));
  const covered = unnamed.filter((t) => allRegions.some((r) => overlaps(r, t.box))).length;
  const reportedWords = (report.words ?? []).map((w) => w.word ?? '');
  const colours = item.expect.colours.filter((c) => reportedWords.some((w) => sameWord(w, c.word))).length;
  return {
    id: item.id, drawn: named.length, found, missing, paintedTwice, notDrawn: item.expect.notDrawn.length, notDrawnPainted,
    negated: item.expect.negated.length, negatedNotPainted, aspectKept,
    unnamedCovered: `${covered}/${unnamed.length}`, colourWordsInReport: `${colours}/${item.expect.colours.length}`,
  };
}
