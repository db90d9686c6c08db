/**
 * `hearth generate`: words (+ an optional sketch) → 1–4 PNG variations with the built-in
 * engine. Also home of the small image-file helpers the inpaint and lines commands share.
 */
import { msg } from '../cli-i18n.ts';
import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import sharp from 'sharp';
import type { RgbaImage } from '../../engines/core/index.ts';
import { hashString } from '../../engines/core/index.ts';
import { isStyleId, STYLE_IDS } from '../../engines/affect/index.ts';
import { generateWithDetails, linesFromPhoto, paperNote, sizeForAspect, straightenPaper } from '../../engines/art/index.ts';
import type { GenerateReport } from '../../engines/art/index.ts';
import { MODEL_SERVER_KIND_IDS, MODEL_SERVER_KINDS } from '../../domain/backend-kinds.ts';
// Not backends/index.ts: the model-server clients (ws, zod) load only when --backend names one.
import { BackendAbortedError } from '../../backends/image-backend.ts';
import type { ImageBackend } from '../../backends/image-backend.ts';
import { IMAGE_BACKEND_KINDS, isImageBackendKind } from '../../backends/image-backend-kinds.ts';
import type { ImageBackendKind } from '../../backends/image-backend-kinds.ts';
import type { CliCommand, CliInvocation } from '../command.ts';
import { checkOutputPath, CliError, numberOpt, stringOpt } from '../command.ts';

/** Largest input file read (bytes) and largest input picture (pixels). */
const MAX_FILE_BYTES = 50 * 1024 * 1024;
const MAX_INPUT_PIXELS = 40_000_000;
const RASTER_FORMATS: ReadonlySet<string> = new Set(['png', 'jpeg', 'webp', 'gif', 'tiff', 'avif', 'heif']);

/**
 * Reads an image file (format detected from its content, not its name) as RGBA, optionally
 * stretched (nearest pixel, so masks keep hard edges) to exactly width × height. Throws a one-line CliError for missing, oversized or
 * unreadable files.
 */
export async function readImageFile(path: string, label: string, size?: { width: number; height: number }): Promise<RgbaImage> {
  const info = await stat(path).catch(() => undefined);
  if (!info || !info.isFile()) throw new CliError(msg('generate.fileFound', { label, path }));
  if (info.size > MAX_FILE_BYTES) throw new CliError(msg('generate.fileLargerThan50', { label, path }));
  // The header only (no pixels are decoded), so a picture too large to decode is named as such.
  const head = await sharp(path, { limitInputPixels: false })
    .metadata()
    .catch(() => undefined);
  const format = head?.format as string | undefined;
  // Raster formats only (an SVG or PDF is a document, not a photo or drawing).
  if (!format || !RASTER_FORMATS.has(format)) throw new CliError(msg('generate.fileReadableImagePng', { label, path }));
  if ((head?.width ?? 0) * (head?.height ?? 0) > MAX_INPUT_PIXELS) throw new CliError(msg('generate.file', { label, reason: 'pixels', path }));
  try {
    let pipeline = sharp(path, { limitInputPixels: MAX_INPUT_PIXELS }).rotate().ensureAlpha();
    if (size) pipeline = pipeline.resize(size.width, size.height, { fit: 'fill', kernel: 'nearest' });
    const { data, info: meta } = await pipeline.raw().toBuffer({ resolveWithObject: true });
    return { width: meta.width, height: meta.height, data: new Uint8ClampedArray(data.buffer, data.byteOffset, data.length) };
  } catch (e) {
    const reason = /pixel limit/i.test((e as Error).message) ? 'pixels' : 'unreadable';
    throw new CliError(msg('generate.file', { label, reason, path }));
  }
}

/** Writes an RGBA image as PNG (the folder was checked, or made with --mkdir, by `pngOut`). */
export async function writePngFile(path: string, img: RgbaImage): Promise<void> {
  await sharp(Buffer.from(img.data.buffer, img.data.byteOffset, img.data.length), { raw: { width: img.width, height: img.height, channels: 4 } })
    .png()
    .toFile(path);
}

/** Checks --out names a .png file in a folder that exists (or --mkdir). */
export function pngOut(inv: CliInvocation): string {
  const out = stringOpt(inv, 'out', true);
  if (extname(out).toLowerCase() !== '.png') throw new CliError(msg('generate.outEndPngGot', { out }));
  checkOutputPath(out, { mkdir: inv.values.mkdir === true });
  return out;
}

/** Reads --style (a built-in style id) if given. */
export function styleOpt(inv: CliInvocation): string | undefined {
  const style = stringOpt(inv, 'style');
  if (style !== undefined && !isStyleId(style)) throw new CliError(msg('generate.styleOneStyleIds', { STYLE_IDS: STYLE_IDS.join(', '), style }));
  return style;
}

/** Reads --seed (default: derived from the prompt, so the same words give the same picture). */
export function seedOpt(inv: CliInvocation, prompt: string): number {
  const raw = stringOpt(inv, 'seed');
  if (raw === undefined) return hashString(prompt);
  const n = numberOpt(inv, 'seed', 0, 0, 4294967295);
  if (!Number.isInteger(n)) throw new CliError(msg('generate.seedWholeNumberGot', { raw }));
  return n;
}

/** The --backend options generate and inpaint share. */
export const BACKEND_OPTIONS = {
  backend: { type: 'string' },
  'backend-url': { type: 'string' },
  'backend-user': { type: 'string' },
  'backend-password': { type: 'string' },
  'backend-model': { type: 'string' },
} as const;

export const BACKEND_USAGE =
  `  --backend ${IMAGE_BACKEND_KINDS.join('|')} (default builtin) with --backend-url URL for a model server; basic auth via --backend-user/--backend-password or user:pass@ in the URL;\n` +
  `  --backend-model NAME picks the ${MODEL_SERVER_KINDS.flatMap((k) => (k.model ? [`${k.model.label.replace(' (optional)', '').toLowerCase()} (${k.id})`] : [])).join(' or ')}; ` +
  'the OpenAI API key is read from HEARTH_OPENAI_API_KEY';

/** A model-server backend from --backend/--backend-url, or undefined for the built-in engine. */
export async function remoteBackendOpt(inv: CliInvocation): Promise<{ kind: ImageBackendKind; origin: string; backend: ImageBackend } | undefined> {
  const kind = stringOpt(inv, 'backend') ?? 'builtin';
  if (!isImageBackendKind(kind)) throw new CliError(msg('generate.backendOneImageBackend', { IMAGE_BACKEND_KINDS: IMAGE_BACKEND_KINDS.join(', '), kind }));
  const url = stringOpt(inv, 'backend-url');
  if (kind === 'builtin') {
    if (url !== undefined) throw new CliError(msg('generate.backendUrlNeedsBackend', { MODEL_SERVER_KIND_IDS: MODEL_SERVER_KIND_IDS.join(', ') }));
    return undefined;
  }
  if (url === undefined) throw new CliError(msg('generate.backendNeedsBackendUrl', { kind }));
  let origin: string;
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error('scheme');
    origin = u.origin;
  } catch {
    throw new CliError(msg('generate.backendUrlHttpHttps', { url: url.replace(/\/\/[^@/]*@/, '//…@') }));
  }
  const { createImageBackend } = await import('../../backends/remote-image-backend.ts');
  const backend = createImageBackend({
    kind,
    url,
    user: stringOpt(inv, 'backend-user'),
    password: stringOpt(inv, 'backend-password'),
    apiKey: process.env.HEARTH_OPENAI_API_KEY || undefined,
    model: stringOpt(inv, 'backend-model'),
  });
  return { kind, origin, backend };
}

/** Runs a model-server call, turning its failures into one-line CLI errors (exit code 3). */
export async function viaBackend<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof BackendAbortedError || (e instanceof Error && /^Backend\w*Error$/.test(e.name))) throw new CliError(e.message.replace(/\s+/g, ' '), 3);
    throw e;
  }
}

/** What straightening did to a photo, for the --json report (corners in the photo's px). */
export interface PaperReport {
  readonly straightened: boolean;
  readonly note: string;
  readonly photo: { readonly width: number; readonly height: number };
  readonly corners?: readonly (readonly [number, number])[];
  readonly width?: number;
  readonly height?: number;
  readonly format?: string | null;
  readonly confidence: number;
  readonly reason?: string;
}

/** The sheet in a photo, straightened (or the reason the whole photo is used). */
function paperReport(photo: RgbaImage): { image?: RgbaImage; report: PaperReport } {
  const r = straightenPaper(photo);
  const base = { note: paperNote(r), photo: { width: photo.width, height: photo.height }, confidence: r.paper.confidence };
  if (!r.result || !r.paper.found) return { report: { straightened: false, ...base, reason: r.paper.found ? undefined : r.paper.reason } };
  const { image, corners } = r.result;
  return { image, report: { straightened: true, ...base, corners, width: image.width, height: image.height, format: r.paper.format } };
}

/** FILE.png → FILE-1.png … when several variations are written. */
const numbered = (out: string, i: number, count: number): string => (count === 1 ? out : `${out.slice(0, -extname(out).length)}-${i + 1}${extname(out)}`);

export const generateCommand: CliCommand = {
  name: 'generate',
  get summary() {
    return msg('generate.summary');
  },
  usage:
    'hearth generate --prompt TEXT [--negative TEXT] [--sketch FILE] [--strength 0..1] [--style NAME] [--seed N] [--size PX] [--width PX --height PX] [--count 1-4] [--no-straighten] --out FILE.png [--mkdir] [--json] [--backend NAME --backend-url URL]\n' +
    '  a photo of a drawing on paper is cropped to the sheet and straightened (--no-straighten keeps the whole photo)\n' +
    `  styles: ${STYLE_IDS.join(', ')} (default: named in the prompt, else watercolour); size 64–2048 (default 512; with a sketch, its longer side: the sketch keeps its shape); count>1 writes FILE-1.png …\n` +
    '  --json prints, per file, a report: what each word became and where, words not drawn or left out, style, seed, size, horizon, light, what was read in the sketch\n' +
    BACKEND_USAGE,
  options: {
    prompt: { type: 'string' },
    negative: { type: 'string' },
    sketch: { type: 'string' },
    strength: { type: 'string' },
    style: { type: 'string' },
    seed: { type: 'string' },
    size: { type: 'string' },
    width: { type: 'string' },
    height: { type: 'string' },
    count: { type: 'string' },
    out: { type: 'string' },
    mkdir: { type: 'boolean' },
    json: { type: 'boolean' },
    'no-straighten': { type: 'boolean' },
    ...BACKEND_OPTIONS,
  },
  async run(inv) {
    const prompt = stringOpt(inv, 'prompt', true);
    if (prompt.trim() === '') throw new CliError(msg('generate.promptEmpty'));
    const negative = stringOpt(inv, 'negative') ?? '';
    const out = pngOut(inv);
    const style = styleOpt(inv);
    const strength = numberOpt(inv, 'strength', 0.7, 0, 1);
    const size = numberOpt(inv, 'size', 512, 64, 2048);
    const count = numberOpt(inv, 'count', 1, 1, 4);
    if (!Number.isInteger(count)) throw new CliError(msg('generate.countWholeNumberFrom'));
    const seed = seedOpt(inv, prompt);
    const sketchPath = stringOpt(inv, 'sketch');
    const photo = sketchPath ? await readImageFile(sketchPath, 'sketch') : undefined;
    // A photo of paper art: the sheet, found, straightened and evenly lit (the paper's aspect is the picture's).
    const paper = photo && inv.values['no-straighten'] !== true ? paperReport(photo) : undefined;
    // The sheet is a photo: its clean lines are followed (as the studio does with an uploaded photo).
    const sketch = paper?.image ? linesFromPhoto(paper.image) : photo;
    // A sketch keeps its shape: --size is then its longer side, and a single --width or --height sets the other.
    const fit = sketch
      ? sizeForAspect(
          sketch.width / sketch.height,
          size,
          stringOpt(inv, 'width') !== undefined ? numberOpt(inv, 'width', size, 64, 2048) : undefined,
          stringOpt(inv, 'height') !== undefined ? numberOpt(inv, 'height', size, 64, 2048) : undefined,
        )
      : undefined;
    const width = fit?.width ?? numberOpt(inv, 'width', size, 64, 2048);
    const height = fit?.height ?? numberOpt(inv, 'height', size, 64, 2048);
    if (![size, width, height].every(Number.isInteger)) throw new CliError(msg('generate.sizeWidthHeightWhole'));
    const remote = await remoteBackendOpt(inv);

    if (remote) {
      const images = await viaBackend(() =>
        remote.backend.generate({ prompt, negativePrompt: negative, sketch, sketchStrength: strength, style: style ?? '', seed, width, height, count }),
      );
      const written: { path: string; seed: number }[] = [];
      for (const [i, img] of images.entries()) {
        const path = numbered(out, i, count);
        await writePngFile(path, img);
        written.push({ path, seed: (seed + i) >>> 0 });
      }
      if (inv.values.json) {
        inv.io.out(
          JSON.stringify({
            files: written,
            params: {
              prompt,
              negative,
              style: style ?? null,
              seed,
              width,
              height,
              count,
              sketch: sketchPath ?? null,
              strength,
              ...(paper ? { paper: paper.report } : {}),
              backend: remote.kind,
              backendUrl: remote.origin,
            },
          }) + '\n',
        );
      } else inv.io.out(written.map((f) => f.path).join('\n') + '\n');
      return 0;
    }

    const files: { path: string; seed: number; report: GenerateReport & { paper?: PaperReport } }[] = [];
    let details: ReturnType<typeof generateWithDetails> | undefined;
    for (let i = 0; i < count; i++) {
      const s = (seed + i) >>> 0;
      details = generateWithDetails({ prompt, negativePrompt: negative, sketch, sketchStrength: strength, style, seed: s, width, height });
      const path = numbered(out, i, count);
      await writePngFile(path, details.image);
      files.push({ path, seed: s, report: paper ? { ...details.report, paper: paper.report } : details.report });
    }
    if (inv.values.json) {
      const a = details!.affect;
      inv.io.out(
        JSON.stringify({
          files,
          params: { prompt, negative, style: details!.style, seed, width, height, count, sketch: sketchPath ?? null, strength },
          ...(paper ? { paper: paper.report } : {}),
          reading: {
            emotions: a.emotions,
            valence: a.valence,
            arousal: a.arousal,
            colours: a.colours.map((c) => c.name),
            motifs: a.motifs,
            excluded: { colours: a.excludedColours.map((c) => c.name), motifs: a.excludedMotifs, emotions: a.excludedEmotions, tones: a.excludedTones },
          },
        }) + '\n',
      );
    } else {
      // Only a straightened sheet is news; a drawing with no sheet around it says so in --json alone.
      if (paper?.report.straightened) inv.io.err(`${paper.report.note}\n`);
      inv.io.out(files.map((f) => f.path).join('\n') + '\n');
    }
    return 0;
  },
};
