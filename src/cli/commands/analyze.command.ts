import { msg } from '../cli-i18n.ts';
import sharp from 'sharp';
import { artworkFeaturesFromImage } from '../../engines/analysis/index.ts';
import type { ArtworkFeatures } from '../../engines/analysis/index.ts';
import { CliError, numberOpt } from '../command.ts';
import type { CliCommand } from '../command.ts';

/** Largest image decoded, in pixels (guards memory; ~40 MP). */
const MAX_PIXELS = 40_000_000;

/** `hearth analyze FILE [--json] [--colors N]`: descriptive features of an image. */
export const analyzeCommand: CliCommand = {
  name: 'analyze',
  get summary() {
    return msg('analyze.summary');
  },
  usage: 'hearth analyze FILE [--json] [--colors N]',
  maxPositionals: Number.POSITIVE_INFINITY,
  options: {
    json: { type: 'boolean' },
    colors: { type: 'string' },
  },
  async run(inv) {
    const file = inv.positionals[0];
    if (!file) throw new CliError(msg('analyze.analyzeNeedsImageFile'));
    if (inv.positionals.length > 1) throw new CliError(msg('analyze.analyzeTakesOneFile', { count: inv.positionals.length }));
    const k = numberOpt(inv, 'colors', 5, 1, 16);
    const image = await decode(file);
    const features = artworkFeaturesFromImage(image, { palette: { k: Math.round(k) } });
    if (inv.values['json']) inv.io.out(`${JSON.stringify({ file, ...features }, null, 2)}\n`);
    else inv.io.out(describe(file, features));
    return 0;
  },
};

async function decode(file: string): Promise<{ width: number; height: number; data: Uint8ClampedArray }> {
  try {
    const { data, info } = await sharp(file, { limitInputPixels: MAX_PIXELS }).rotate().ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    if (info.channels !== 4) throw new Error(`expected 4 channels, got ${info.channels}`);
    return { width: info.width, height: info.height, data: new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength) };
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    if (/no such file|ENOENT|missing/i.test(reason)) throw new CliError(msg('analyze.readSuchFile', { file }));
    throw new CliError(msg('analyze.decodeImage', { file, value: reason.split('\n')[0] }));
  }
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const n2 = (x: number): string => x.toFixed(2);

function describe(file: string, f: ArtworkFeatures): string {
  const s = f.space;
  const lines = [
    `${file}  ${f.width}×${f.height}`,
    `palette         ${f.palette.map((c) => `${c.hex} ${pct(c.share)}`).join('  ')}`,
    `brightness      ${n2(f.tone.brightness)}  (0 black … 1 white)   contrast ${n2(f.tone.contrast)}`,
    `saturation      ${n2(f.tone.saturation)}  (0 greys … 1 vivid)`,
    `warm/cool       ${f.tone.warmCoolBalance >= 0 ? '+' : ''}${n2(f.tone.warmCoolBalance)}  (warm ${pct(f.tone.warmShare)}, cool ${pct(f.tone.coolShare)} of coloured pixels)`,
    `colourfulness   ${f.tone.colourfulness.toFixed(1)}  (Hasler–Süsstrunk: 15 slightly, 33 moderately, 59 quite, 82 highly)`,
    `edges           density ${pct(f.edges.edgeDensity)}, mean gradient ${n2(f.edges.meanGradient)}`,
    `symmetry        left–right ${n2(f.symmetry.leftRight)}, top–bottom ${n2(f.symmetry.topBottom)}  (1 = mirror image)`,
    `ink coverage    ${pct(s.inkCoverage)} of the page against background ${s.background}`,
  ];
  if (s.boundingBox && s.centreOfMass) {
    lines.push(
      `centre of mass  x ${n2(s.centreOfMass.x)}, y ${n2(s.centreOfMass.y)}  (0.5, 0.5 = centre)`,
      `empty margins   top ${pct(s.margins.top)}, right ${pct(s.margins.right)}, bottom ${pct(s.margins.bottom)}, left ${pct(s.margins.left)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
