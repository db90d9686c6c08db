/**
 * How each tracked feature is described when it moves outside a client's usual range. Every
 * phrase is a plain comparative about the work or the drawing process, completed by "than this
 * client's usual". They describe; they never interpret, label or diagnose (a test scans them).
 */
export interface FeatureWording {
  /** Short label for charts and tables. */
  readonly label: string;
  /** [one work, several works] — e.g. ['uses a darker palette', 'use darker palettes']. */
  readonly higher: readonly [string, string];
  readonly lower: readonly [string, string];
  /** Floor for the baseline spread in the feature's units (see BaselineOptions.minSpread). */
  readonly minSpread: number;
  /** Whether the feature describes the finished image or how it was drawn. */
  readonly source: 'artwork' | 'process';
}

export const FEATURE_WORDING: Readonly<Record<string, FeatureWording>> = {
  brightness: {
    label: 'Brightness',
    source: 'artwork',
    minSpread: 0.03,
    higher: ['uses a lighter palette', 'use lighter palettes'],
    lower: ['uses a darker palette', 'use darker palettes'],
  },
  contrast: {
    label: 'Light–dark contrast',
    source: 'artwork',
    minSpread: 0.02,
    higher: ['has stronger light–dark contrast', 'have stronger light–dark contrast'],
    lower: ['has softer light–dark contrast', 'have softer light–dark contrast'],
  },
  saturation: {
    label: 'Saturation',
    source: 'artwork',
    minSpread: 0.03,
    higher: ['uses more saturated colours', 'use more saturated colours'],
    lower: ['uses more muted colours', 'use more muted colours'],
  },
  warmCoolBalance: {
    label: 'Warm/cool balance',
    source: 'artwork',
    minSpread: 0.08,
    higher: ['leans further towards warm colours', 'lean further towards warm colours'],
    lower: ['leans further towards cool colours', 'lean further towards cool colours'],
  },
  colourfulness: {
    label: 'Colourfulness',
    source: 'artwork',
    minSpread: 4,
    higher: ['is more colourful', 'are more colourful'],
    lower: ['is less colourful', 'are less colourful'],
  },
  paletteSize: {
    label: 'Number of main colours',
    source: 'artwork',
    minSpread: 0.75,
    higher: ['uses more main colours', 'use more main colours'],
    lower: ['uses fewer main colours', 'use fewer main colours'],
  },
  edgeDensity: {
    label: 'Line and detail',
    source: 'artwork',
    minSpread: 0.01,
    higher: ['has more lines and detail', 'have more lines and detail'],
    lower: ['has fewer lines and less detail', 'have fewer lines and less detail'],
  },
  symmetryLeftRight: {
    label: 'Left–right symmetry',
    source: 'artwork',
    minSpread: 0.02,
    higher: ['is more symmetrical left to right', 'are more symmetrical left to right'],
    lower: ['is less symmetrical left to right', 'are less symmetrical left to right'],
  },
  symmetryTopBottom: {
    label: 'Top–bottom symmetry',
    source: 'artwork',
    minSpread: 0.02,
    higher: ['is more symmetrical top to bottom', 'are more symmetrical top to bottom'],
    lower: ['is less symmetrical top to bottom', 'are less symmetrical top to bottom'],
  },
  inkCoverage: {
    label: 'Page coverage',
    source: 'artwork',
    minSpread: 0.03,
    higher: ['covers more of the page', 'cover more of the page'],
    lower: ['covers less of the page', 'cover less of the page'],
  },
  strokeCount: {
    label: 'Strokes',
    source: 'process',
    minSpread: 3,
    higher: ['was made with more strokes', 'were made with more strokes'],
    lower: ['was made with fewer strokes', 'were made with fewer strokes'],
  },
  totalTimeMs: {
    label: 'Drawing time',
    source: 'process',
    minSpread: 30_000,
    higher: ['took longer to draw', 'took longer to draw'],
    lower: ['took less time to draw', 'took less time to draw'],
  },
  activeTimeMs: {
    label: 'Time with pen down',
    source: 'process',
    minSpread: 15_000,
    higher: ['had more time with the pen on the page', 'had more time with the pen on the page'],
    lower: ['had less time with the pen on the page', 'had less time with the pen on the page'],
  },
  pauseCount: {
    label: 'Pauses',
    source: 'process',
    minSpread: 1,
    higher: ['had more pauses', 'had more pauses'],
    lower: ['had fewer pauses', 'had fewer pauses'],
  },
  longestPauseMs: {
    label: 'Longest pause',
    source: 'process',
    minSpread: 5_000,
    higher: ['had a longer longest pause', 'had longer longest pauses'],
    lower: ['had a shorter longest pause', 'had shorter longest pauses'],
  },
  pauseShare: {
    label: 'Share of time paused',
    source: 'process',
    minSpread: 0.05,
    higher: ['spent more of its time in pauses', 'spent more of their time in pauses'],
    lower: ['spent less of its time in pauses', 'spent less of their time in pauses'],
  },
  speedPxPerSec: {
    label: 'Drawing speed',
    source: 'process',
    minSpread: 20,
    higher: ['was drawn with faster strokes', 'were drawn with faster strokes'],
    lower: ['was drawn with slower strokes', 'were drawn with slower strokes'],
  },
  pressureMean: {
    label: 'Pen pressure',
    source: 'process',
    minSpread: 0.04,
    higher: ['was drawn with firmer pressure', 'were drawn with firmer pressure'],
    lower: ['was drawn with lighter pressure', 'were drawn with lighter pressure'],
  },
  pressureVariance: {
    label: 'Pressure variation',
    source: 'process',
    minSpread: 0.005,
    higher: ['shows more varied pressure', 'show more varied pressure'],
    lower: ['shows steadier pressure', 'show steadier pressure'],
  },
  erasingShare: {
    label: 'Erasing',
    source: 'process',
    minSpread: 0.03,
    higher: ['involved more erasing', 'involved more erasing'],
    lower: ['involved less erasing', 'involved less erasing'],
  },
};

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/**
 * One descriptive sentence, e.g. "The last four works use darker palettes than this client's
 * usual." `runLength` is how many of the most recent works share the change (≥ 1).
 */
export function describeChange(feature: string, direction: 'higher' | 'lower', runLength: number): string {
  const w = FEATURE_WORDING[feature];
  const noun = w?.source === 'process' ? ['drawing', 'drawings'] : ['work', 'works'];
  const n = Math.max(1, Math.floor(runLength));
  if (!w) {
    const label = feature.replace(/([A-Z])/g, ' $1').toLowerCase();
    const subject = n === 1 ? `The most recent ${noun[0]} has` : `The last ${NUMBER_WORDS[n] ?? n} ${noun[1]} have`;
    return `${subject} a ${direction} ${label} than this client's usual.`;
  }
  const phrase = n === 1 ? w[direction][0] : w[direction][1];
  const subject = n === 1 ? `The most recent ${noun[0]}` : `The last ${NUMBER_WORDS[n] ?? n} ${noun[1]}`;
  return `${subject} ${phrase} than this client's usual.`;
}
