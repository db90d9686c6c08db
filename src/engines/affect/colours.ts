/**
 * Colour words → sRGB. Each named colour also belongs to a family (its hue neighbourhood) so
 * that "no blue" also keeps navy and sky blue out of the picture.
 */

/** An sRGB colour, each channel 0..255. */
export type Rgb = readonly [number, number, number];

/** Hue families used for exclusion; achromatic families are judged by lightness instead. */
export type ColourFamily = 'red' | 'orange' | 'yellow' | 'green' | 'cyan' | 'blue' | 'purple' | 'pink' | 'brown' | 'black' | 'white' | 'grey';

export interface ColourWord {
  /** Canonical name, e.g. "sky blue". */
  readonly name: string;
  readonly rgb: Rgb;
  readonly family: ColourFamily;
}

const table: readonly ColourWord[] = [
  { name: 'red', rgb: [205, 40, 40], family: 'red' },
  { name: 'crimson', rgb: [170, 20, 50], family: 'red' },
  { name: 'scarlet', rgb: [225, 45, 30], family: 'red' },
  { name: 'maroon', rgb: [120, 25, 35], family: 'red' },
  { name: 'orange', rgb: [240, 135, 35], family: 'orange' },
  { name: 'amber', rgb: [240, 170, 40], family: 'orange' },
  { name: 'coral', rgb: [245, 120, 95], family: 'orange' },
  { name: 'peach', rgb: [250, 190, 150], family: 'orange' },
  { name: 'yellow', rgb: [245, 215, 60], family: 'yellow' },
  { name: 'gold', rgb: [225, 180, 60], family: 'yellow' },
  { name: 'golden', rgb: [225, 180, 60], family: 'yellow' },
  { name: 'ochre', rgb: [200, 145, 55], family: 'yellow' },
  { name: 'green', rgb: [70, 160, 80], family: 'green' },
  { name: 'emerald', rgb: [30, 140, 90], family: 'green' },
  { name: 'olive', rgb: [120, 125, 55], family: 'green' },
  { name: 'sage', rgb: [150, 175, 140], family: 'green' },
  { name: 'lime', rgb: [160, 210, 60], family: 'green' },
  { name: 'teal', rgb: [30, 140, 140], family: 'cyan' },
  { name: 'turquoise', rgb: [60, 200, 195], family: 'cyan' },
  { name: 'cyan', rgb: [60, 200, 225], family: 'cyan' },
  { name: 'aqua', rgb: [90, 205, 215], family: 'cyan' },
  { name: 'blue', rgb: [45, 100, 200], family: 'blue' },
  { name: 'sky blue', rgb: [125, 185, 235], family: 'blue' },
  { name: 'light blue', rgb: [150, 195, 235], family: 'blue' },
  { name: 'dark blue', rgb: [25, 45, 120], family: 'blue' },
  { name: 'navy', rgb: [25, 35, 95], family: 'blue' },
  { name: 'azure', rgb: [70, 150, 230], family: 'blue' },
  { name: 'cobalt', rgb: [35, 75, 180], family: 'blue' },
  { name: 'indigo', rgb: [60, 45, 140], family: 'blue' },
  { name: 'purple', rgb: [130, 60, 170], family: 'purple' },
  { name: 'violet', rgb: [140, 90, 200], family: 'purple' },
  { name: 'lavender', rgb: [185, 165, 225], family: 'purple' },
  { name: 'lilac', rgb: [200, 160, 215], family: 'purple' },
  { name: 'magenta', rgb: [210, 50, 160], family: 'pink' },
  { name: 'pink', rgb: [240, 150, 180], family: 'pink' },
  { name: 'rose', rgb: [225, 110, 140], family: 'pink' },
  { name: 'brown', rgb: [125, 80, 45], family: 'brown' },
  { name: 'beige', rgb: [225, 205, 170], family: 'brown' },
  { name: 'cream', rgb: [245, 235, 210], family: 'white' },
  { name: 'white', rgb: [245, 245, 240], family: 'white' },
  { name: 'silver', rgb: [190, 195, 200], family: 'grey' },
  { name: 'grey', rgb: [128, 128, 128], family: 'grey' },
  { name: 'gray', rgb: [128, 128, 128], family: 'grey' },
  { name: 'black', rgb: [20, 20, 25], family: 'black' },
];

const byName = new Map(table.map((c) => [c.name, c]));

/** Looks up a colour word or two-word phrase ("sky blue"); undefined if not a colour. */
export function colourOfWord(word: string): ColourWord | undefined {
  return byName.get(word);
}

/** Every colour name the engine understands. */
export const COLOUR_NAMES: readonly string[] = table.map((c) => c.name);

/**
 * Hue range (degrees, centre ± half-width) of each chromatic family, used to keep an excluded
 * colour out of the final image. Achromatic families (black/white/grey) have none.
 */
export const FAMILY_HUE: Readonly<Partial<Record<ColourFamily, { centre: number; halfWidth: number }>>> = {
  red: { centre: 0, halfWidth: 22 },
  orange: { centre: 30, halfWidth: 16 },
  yellow: { centre: 52, halfWidth: 14 },
  green: { centre: 115, halfWidth: 48 },
  cyan: { centre: 180, halfWidth: 18 },
  blue: { centre: 222, halfWidth: 32 },
  purple: { centre: 275, halfWidth: 22 },
  pink: { centre: 325, halfWidth: 22 },
  brown: { centre: 28, halfWidth: 16 },
};
