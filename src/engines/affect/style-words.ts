/**
 * Style words and tone words.
 *
 * Style words name an art tradition ("in watercolour", "like a mosaic") and select one of the
 * image engine's styles; the ids here are the ids of art/styles.ts STYLES.
 * Tone words describe the picture's light and colour ("dark", "soft", "vivid") and nudge the
 * global brightness / saturation / contrast / warmth, each in −1..1.
 */

/** Ids of the built-in styles (kept in step with art/styles.ts by a test). */
export const STYLE_IDS = [
  'watercolour',
  'ink-wash',
  'impasto',
  'pastel',
  'mosaic',
  'stained-glass',
  'pointillism',
  'woodcut',
  'paper-cut',
  'collage',
] as const;

export type StyleId = (typeof STYLE_IDS)[number];

const STYLE_WORDS: Readonly<Record<string, StyleId>> = {
  watercolour: 'watercolour',
  watercolor: 'watercolour',
  aquarelle: 'watercolour',
  'ink wash': 'ink-wash',
  ink: 'ink-wash',
  'sumi-e': 'ink-wash',
  sumi: 'ink-wash',
  calligraphy: 'ink-wash',
  oil: 'impasto',
  'oil painting': 'impasto',
  impasto: 'impasto',
  'van gogh': 'impasto',
  pastel: 'pastel',
  chalk: 'pastel',
  crayon: 'pastel',
  mosaic: 'mosaic',
  tile: 'mosaic',
  tiles: 'mosaic',
  'stained glass': 'stained-glass',
  'stained-glass': 'stained-glass',
  glass: 'stained-glass',
  pointillism: 'pointillism',
  pointillist: 'pointillism',
  dots: 'pointillism',
  dotted: 'pointillism',
  seurat: 'pointillism',
  woodcut: 'woodcut',
  woodblock: 'woodcut',
  linocut: 'woodcut',
  engraving: 'woodcut',
  print: 'woodcut',
  'paper cut': 'paper-cut',
  'paper-cut': 'paper-cut',
  papercut: 'paper-cut',
  'cut paper': 'paper-cut',
  silhouette: 'paper-cut',
  collage: 'collage',
  scrapbook: 'collage',
  // Spanish and German (written without accents: the reader keeps a–z only)
  acuarela: 'watercolour',
  aquarell: 'watercolour',
  tinta: 'ink-wash',
  tusche: 'ink-wash',
  pastell: 'pastel',
  tiza: 'pastel',
  kreide: 'pastel',
  mosaico: 'mosaic',
  mosaik: 'mosaic',
  vitral: 'stained-glass',
  vidriera: 'stained-glass',
  buntglas: 'stained-glass',
  glasfenster: 'stained-glass',
  puntillismo: 'pointillism',
  pointillismus: 'pointillism',
  grabado: 'woodcut',
  holzschnitt: 'woodcut',
  linolschnitt: 'woodcut',
  scherenschnitt: 'paper-cut',
  recortes: 'collage',
};

/** The style a word or two-word phrase names, if any. */
export function styleOfWord(word: string): StyleId | undefined {
  return Object.prototype.hasOwnProperty.call(STYLE_WORDS, word) ? STYLE_WORDS[word] : undefined;
}

/** True when the string is one of the built-in style ids. */
export function isStyleId(s: string): s is StyleId {
  return (STYLE_IDS as readonly string[]).includes(s);
}

/** Global picture adjustments, each −1..1 (0 = neutral). */
export interface Tone {
  brightness: number;
  saturation: number;
  contrast: number;
  /** −1 cool (blue-leaning) … +1 warm (amber-leaning). */
  warmth: number;
}

/** The tone words and what they do. Negation flips the sign and halves it ("not dark" → lighter). */
export const TONE_WORDS: Readonly<Record<string, Partial<Tone>>> = {
  dark: { brightness: -0.5 },
  darkness: { brightness: -0.5 },
  dim: { brightness: -0.3 },
  gloomy: { brightness: -0.3, saturation: -0.3 },
  bright: { brightness: 0.4, saturation: 0.2 },
  light: { brightness: 0.3 },
  luminous: { brightness: 0.4 },
  pale: { brightness: 0.3, saturation: -0.4 },
  soft: { contrast: -0.4, saturation: -0.2 },
  gentle: { contrast: -0.3 },
  muted: { saturation: -0.5 },
  faded: { saturation: -0.5, contrast: -0.3 },
  vivid: { saturation: 0.6, contrast: 0.2 },
  vibrant: { saturation: 0.6, contrast: 0.2 },
  colourful: { saturation: 0.6 },
  colorful: { saturation: 0.6 },
  bold: { contrast: 0.5, saturation: 0.3 },
  harsh: { contrast: 0.6 },
  warm: { warmth: 0.6 },
  cosy: { warmth: 0.5, brightness: 0.1 },
  cozy: { warmth: 0.5, brightness: 0.1 },
  cool: { warmth: -0.5 },
  cold: { warmth: -0.7, saturation: -0.2 },
  icy: { warmth: -0.8, brightness: 0.2 },
};
