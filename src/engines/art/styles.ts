/**
 * The built-in styles: ten traditions, each rendered by its own file in styles/. Every style
 * also names the ink the client's own lines are drawn with on top, so the sketch stays the
 * skeleton whatever the style.
 */
import type { StyleId } from '../affect/index.ts';
import type { Col } from './color.ts';
import type { StyleRenderer } from './styles/style-kit.ts';
import { watercolour } from './styles/watercolour.ts';
import { inkWash } from './styles/ink-wash.ts';
import { impasto } from './styles/impasto.ts';
import { pastel } from './styles/pastel.ts';
import { mosaic } from './styles/mosaic.ts';
import { stainedGlass } from './styles/stained-glass.ts';
import { pointillism } from './styles/pointillism.ts';
import { woodcut } from './styles/woodcut.ts';
import { paperCut } from './styles/paper-cut.ts';
import { collage } from './styles/collage.ts';

/** A style the client can choose. */
export interface StyleInfo {
  readonly id: StyleId;
  /** Shown in the style picker. */
  readonly label: string;
  /** One sentence on what the style looks like. */
  readonly description: string;
  /** The art tradition it comes from. */
  readonly tradition: string;
}

interface StyleDef extends StyleInfo {
  readonly render: StyleRenderer;
  /** Colour of the client's lines drawn over the finished style. */
  readonly ink: Col;
}

const DEFS: readonly StyleDef[] = [
  {
    id: 'watercolour',
    label: 'Watercolour',
    description: 'Soft transparent washes that bleed into each other on white paper, darker at their edges.',
    tradition: 'European watercolour',
    render: watercolour,
    ink: [0.2, 0.19, 0.24],
  },
  {
    id: 'ink-wash',
    label: 'Ink wash',
    description: 'Black ink in a few dilutions on warm rice paper, with brush lines and one warm accent.',
    tradition: 'East Asian sumi-e',
    render: inkWash,
    ink: [0.06, 0.06, 0.08],
  },
  {
    id: 'impasto',
    label: 'Oil impasto',
    description: 'Thick swirling brush strokes of rich colour with a raised, lit paint surface.',
    tradition: 'Post-impressionist oil painting',
    render: impasto,
    ink: [0.12, 0.08, 0.06],
  },
  {
    id: 'pastel',
    label: 'Soft pastel',
    description: 'Chalky, light colours in diagonal strokes on toned paper that shows through.',
    tradition: 'Pastel drawing',
    render: pastel,
    ink: [0.22, 0.2, 0.26],
  },
  {
    id: 'mosaic',
    label: 'Mosaic',
    description: 'Small square tiles of stone in offset rows, set in light grout.',
    tradition: 'Roman and Byzantine mosaic',
    render: mosaic,
    ink: [0.14, 0.12, 0.12],
  },
  {
    id: 'stained-glass',
    label: 'Stained glass',
    description: 'Glowing panes of saturated glass held by dark lead lines.',
    tradition: 'Gothic stained glass',
    render: stainedGlass,
    ink: [0.06, 0.05, 0.05],
  },
  {
    id: 'pointillism',
    label: 'Pointillism',
    description: 'Separate dots of pure colour on a cream ground that the eye mixes.',
    tradition: 'Neo-impressionism (Seurat, Signac)',
    render: pointillism,
    ink: [0.15, 0.14, 0.22],
  },
  {
    id: 'woodcut',
    label: 'Woodcut',
    description: 'Black carved lines on paper, thick in the shadows and gone in the light.',
    tradition: 'Relief printmaking (woodcut, linocut)',
    render: woodcut,
    ink: [0.08, 0.07, 0.07],
  },
  {
    id: 'paper-cut',
    label: 'Paper cut',
    description: 'Flat sheets of coloured paper stacked in layers, each casting a soft shadow.',
    tradition: 'Paper cutting (jianzhi, Scherenschnitte)',
    render: paperCut,
    ink: [0.1, 0.09, 0.1],
  },
  {
    id: 'collage',
    label: 'Collage',
    description: 'Torn pieces of patterned and printed paper with white torn edges.',
    tradition: 'Collage (Matisse, Höch)',
    render: collage,
    ink: [0.1, 0.09, 0.1],
  },
];

/** Every built-in style: id, label, description and tradition. */
export const STYLES: readonly StyleInfo[] = DEFS.map(({ id, label, description, tradition }) => ({ id, label, description, tradition }));

/** The renderer and line ink of a style id. */
export function styleDef(id: StyleId): StyleDef {
  const d = DEFS.find((s) => s.id === id);
  if (!d) throw new RangeError(`unknown style ${id}`);
  return d;
}
