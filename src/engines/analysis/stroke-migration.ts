import type { Result } from '../core/index.ts';
import { err, ok } from '../core/index.ts';
import { STROKE_DOCUMENT_VERSION, STROKE_LIMITS, STROKE_TOOLS } from './stroke-document.ts';
import type { Stroke, StrokeDocument, StrokePoint, StrokeTool } from './stroke-document.ts';

/** A stroke record that cannot be read; the message names the offending path. */
export class StrokeDocumentError extends Error {
  override name = 'StrokeDocumentError';
}

const HEX = /^#[0-9a-fA-F]{6}$/;

/**
 * Validates any stored stroke record and upgrades it to the current version. Throws
 * StrokeDocumentError with a message such as `strokes[3].points[7].pressure must be a number in
 * [0, 1], got 1.4` on malformed input; never returns a partially valid document.
 */
export function migrateStrokeDocument(input: unknown): StrokeDocument {
  if (!isObject(input)) throw new StrokeDocumentError(`stroke document must be an object, got ${kind(input)}`);
  const version = input['version'];
  if (version === undefined) throw new StrokeDocumentError('stroke document has no version');
  if (version === 1) return validateV2(upgradeV1(input));
  if (version === STROKE_DOCUMENT_VERSION) return validateV2(input);
  throw new StrokeDocumentError(`unsupported stroke document version ${JSON.stringify(version)} (this build reads 1..${STROKE_DOCUMENT_VERSION})`);
}

/** `migrateStrokeDocument` as a Result, for callers that treat bad records as expected. */
export function parseStrokeDocument(input: unknown): Result<StrokeDocument> {
  try {
    return ok(migrateStrokeDocument(input));
  } catch (e) {
    if (e instanceof StrokeDocumentError) return err(e.message);
    throw e;
  }
}

/** v1 → v2: tuples become points, `width` becomes `size`, `brush` becomes `soft`. */
function upgradeV1(doc: Record<string, unknown>): Record<string, unknown> {
  const strokes = doc['strokes'];
  if (!Array.isArray(strokes)) throw new StrokeDocumentError(`strokes must be an array, got ${kind(strokes)}`);
  return {
    version: 2,
    width: doc['width'],
    height: doc['height'],
    background: '#ffffff',
    strokes: strokes.map((s: unknown, i) => {
      if (!isObject(s)) throw new StrokeDocumentError(`strokes[${i}] must be an object, got ${kind(s)}`);
      const pts = s['points'];
      if (!Array.isArray(pts)) throw new StrokeDocumentError(`strokes[${i}].points must be an array, got ${kind(pts)}`);
      return {
        id: `s${i}`,
        tool: s['tool'] === 'brush' ? 'soft' : s['tool'],
        color: s['color'],
        size: s['width'],
        opacity: 1,
        points: pts.map((p: unknown, j) => {
          if (!Array.isArray(p) || (p.length !== 3 && p.length !== 4)) {
            throw new StrokeDocumentError(`strokes[${i}].points[${j}] must be [x, y, t] or [x, y, t, pressure]`);
          }
          return { x: p[0], y: p[1], t: p[2], pressure: p.length === 4 ? p[3] : 0.5 };
        }),
      };
    }),
  };
}

function validateV2(doc: Record<string, unknown>): StrokeDocument {
  const width = num(doc['width'], 'width', 1, STROKE_LIMITS.maxCanvasSide);
  const height = num(doc['height'], 'height', 1, STROKE_LIMITS.maxCanvasSide);
  const background = hex(doc['background'], 'background');
  const raw = doc['strokes'];
  if (!Array.isArray(raw)) throw new StrokeDocumentError(`strokes must be an array, got ${kind(raw)}`);
  if (raw.length > STROKE_LIMITS.maxStrokes) throw new StrokeDocumentError(`too many strokes: ${raw.length} > ${STROKE_LIMITS.maxStrokes}`);
  const ids = new Set<string>();
  let total = 0;
  const strokes: Stroke[] = raw.map((s: unknown, i) => {
    const at = `strokes[${i}]`;
    if (!isObject(s)) throw new StrokeDocumentError(`${at} must be an object, got ${kind(s)}`);
    const id = s['id'];
    if (typeof id !== 'string' || id.length === 0 || id.length > 64) throw new StrokeDocumentError(`${at}.id must be a string of 1..64 characters`);
    if (ids.has(id)) throw new StrokeDocumentError(`${at}.id "${id}" is used twice`);
    ids.add(id);
    const tool = s['tool'];
    if (!STROKE_TOOLS.includes(tool as StrokeTool)) {
      throw new StrokeDocumentError(`${at}.tool must be one of ${STROKE_TOOLS.join(', ')}, got ${JSON.stringify(tool)}`);
    }
    const pts = s['points'];
    if (!Array.isArray(pts) || pts.length === 0) throw new StrokeDocumentError(`${at}.points must be a non-empty array`);
    total += pts.length;
    if (total > STROKE_LIMITS.maxPoints) throw new StrokeDocumentError(`too many points: more than ${STROKE_LIMITS.maxPoints}`);
    let lastT = -Infinity;
    const points: StrokePoint[] = pts.map((p: unknown, j) => {
      const pat = `${at}.points[${j}]`;
      if (!isObject(p)) throw new StrokeDocumentError(`${pat} must be an object, got ${kind(p)}`);
      const t = num(p['t'], `${pat}.t`, 0, Number.MAX_SAFE_INTEGER);
      if (t < lastT) throw new StrokeDocumentError(`${pat}.t goes back in time (${t} ms after ${lastT} ms)`);
      lastT = t;
      return {
        x: num(p['x'], `${pat}.x`, -1e6, 1e6),
        y: num(p['y'], `${pat}.y`, -1e6, 1e6),
        t,
        pressure: num(p['pressure'], `${pat}.pressure`, 0, 1),
      };
    });
    return {
      id,
      tool: tool as StrokeTool,
      color: hex(s['color'], `${at}.color`),
      size: positive(s['size'], `${at}.size`),
      opacity: num(s['opacity'], `${at}.opacity`, 0, 1),
      points,
    };
  });
  return { version: STROKE_DOCUMENT_VERSION, width, height, background, strokes };
}

function num(v: unknown, path: string, min: number, max: number): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) {
    throw new StrokeDocumentError(`${path} must be a number in [${min}, ${max}], got ${show(v)}`);
  }
  return v;
}

function positive(v: unknown, path: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0 || v > 10_000) {
    throw new StrokeDocumentError(`${path} must be a number in (0, 10000], got ${show(v)}`);
  }
  return v;
}

function hex(v: unknown, path: string): string {
  if (typeof v !== 'string' || !HEX.test(v)) throw new StrokeDocumentError(`${path} must be a colour like #1a2b3c, got ${show(v)}`);
  return v.toLowerCase();
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function kind(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v;
}

function show(v: unknown): string {
  return typeof v === 'string' ? JSON.stringify(v.slice(0, 40)) : typeof v === 'number' ? String(v) : kind(v);
}
