/**
 * Faces for emotion cards. The shape library holds things, not feelings, so a feeling word
 * (English, Spanish or German) gets a simple drawn face: a round face whose mouth, brows and
 * eyes change with the feeling, in one calm colour per feeling. Plain SVG, rendered by sharp.
 * Faces are shown, never read: the card's word says what the feeling is.
 */

/** How a face looks: mouth curve −1 (down) … 1 (up), brow tilt −1 (angry, inner ends down) … 1 (worried, inner ends up), eyes open 0.5 … 1.6. */
interface FaceLook {
  mouth: number;
  brows: number | null;
  eyes: number;
  /** An open round mouth (surprise, fear). */
  open?: boolean;
  /** A wavy mouth (confused). */
  wavy?: boolean;
  tear?: boolean;
  colour: string;
}

const LOOKS: Record<string, FaceLook> = {
  happy: { mouth: 0.9, brows: null, eyes: 1, colour: '#ffd45c' },
  sad: { mouth: -0.8, brows: 0.8, eyes: 0.9, tear: true, colour: '#9cc7f0' },
  angry: { mouth: -0.6, brows: -1, eyes: 0.8, colour: '#f39a82' },
  scared: { mouth: 0, brows: 0.9, eyes: 1.6, open: true, colour: '#c9b8f0' },
  worried: { mouth: -0.4, brows: 0.7, eyes: 1.1, colour: '#d8c8a8' },
  calm: { mouth: 0.45, brows: null, eyes: 0.5, colour: '#a9dcc0' },
  tired: { mouth: -0.15, brows: null, eyes: 0.5, colour: '#c8ccd4' },
  surprised: { mouth: 0, brows: 0.3, eyes: 1.5, open: true, colour: '#ffe08a' },
  excited: { mouth: 1, brows: 0.3, eyes: 1.4, colour: '#ffbf69' },
  confused: { mouth: 0, brows: 0.4, eyes: 1, wavy: true, colour: '#e2d1f0' },
  proud: { mouth: 0.7, brows: -0.2, eyes: 0.7, colour: '#f6c667' },
  lonely: { mouth: -0.5, brows: 0.5, eyes: 0.8, colour: '#b5c3d6' },
};

/** Feeling words in en/es/de → the face they get. */
const WORDS: Record<string, keyof typeof LOOKS> = {};
const add = (look: keyof typeof LOOKS, ...ws: string[]): void => {
  for (const w of ws) WORDS[w] = look;
};
add('happy', 'happy', 'glad', 'joy', 'joyful', 'feliz', 'contento', 'contenta', 'alegre', 'alegría', 'froh', 'glücklich', 'fröhlich', 'freude');
add('sad', 'sad', 'unhappy', 'upset', 'triste', 'tristeza', 'traurig', 'trauer');
add('angry', 'angry', 'mad', 'cross', 'furious', 'enfadado', 'enfadada', 'enojado', 'enojada', 'furioso', 'rabia', 'wütend', 'wut', 'sauer', 'ärgerlich');
add('scared', 'scared', 'afraid', 'frightened', 'fear', 'asustado', 'asustada', 'miedo', 'ängstlich', 'angst', 'erschrocken');
add('worried', 'worried', 'nervous', 'anxious', 'preocupado', 'preocupada', 'nervioso', 'nerviosa', 'ansioso', 'ansiosa', 'besorgt', 'nervös', 'unruhig');
add('calm', 'calm', 'relaxed', 'peaceful', 'ok', 'okay', 'tranquilo', 'tranquila', 'calma', 'relajado', 'relajada', 'ruhig', 'entspannt', 'gelassen');
add('tired', 'tired', 'sleepy', 'exhausted', 'cansado', 'cansada', 'agotado', 'agotada', 'müde', 'erschöpft');
add('surprised', 'surprised', 'sorprendido', 'sorprendida', 'überrascht');
add('excited', 'excited', 'emocionado', 'emocionada', 'aufgeregt', 'begeistert');
add('confused', 'confused', 'confundido', 'confundida', 'verwirrt');
add('proud', 'proud', 'orgulloso', 'orgullosa', 'stolz');
add('lonely', 'lonely', 'alone', 'solo', 'sola', 'einsam', 'allein');

/** The face a feeling word (or a short phrase containing one) names, or null. */
export function feelingOf(phrase: string): string | null {
  for (const w of phrase.toLowerCase().split(/[^\p{L}]+/u)) {
    const f = WORDS[w];
    if (f) return f;
  }
  return null;
}

const n = (x: number): string => x.toFixed(1);

/** The face for a feeling (one of the keys feelingOf returns) as an SVG document `edge` px square. */
export function feelingFaceSvg(feeling: string, edge: number): string {
  const look = LOOKS[feeling] ?? LOOKS.calm!;
  const c = 50;
  const parts: string[] = [`<circle cx="50" cy="50" r="44" fill="${look.colour}" stroke="#3a3430" stroke-width="3"/>`];
  const eyeR = 4.5 * look.eyes;
  for (const x of [35, 65]) {
    if (look.eyes < 0.6) parts.push(`<path d="M${x - 6} 42 Q${x} 47 ${x + 6} 42" fill="none" stroke="#3a3430" stroke-width="3" stroke-linecap="round"/>`);
    else parts.push(`<ellipse cx="${x}" cy="42" rx="${n(Math.min(eyeR, 6))}" ry="${n(eyeR)}" fill="#3a3430"/>`);
  }
  if (look.brows !== null) {
    const t = look.brows * 5;
    parts.push(`<path d="M27 ${n(31 + t)} L42 ${n(31 - t)}" stroke="#3a3430" stroke-width="3" stroke-linecap="round"/>`);
    parts.push(`<path d="M58 ${n(31 - t)} L73 ${n(31 + t)}" stroke="#3a3430" stroke-width="3" stroke-linecap="round"/>`);
  }
  if (look.open) parts.push(`<ellipse cx="${c}" cy="68" rx="7" ry="9" fill="#3a3430"/>`);
  else if (look.wavy) parts.push(`<path d="M34 68 Q40 62 46 68 T58 68 T68 66" fill="none" stroke="#3a3430" stroke-width="3" stroke-linecap="round"/>`);
  else {
    const y = 66 - look.mouth * 2;
    parts.push(`<path d="M34 ${n(y)} Q50 ${n(y + look.mouth * 16)} 66 ${n(y)}" fill="none" stroke="#3a3430" stroke-width="3.5" stroke-linecap="round"/>`);
  }
  if (look.tear) parts.push(`<path d="M66 50 Q70 58 66 61 Q62 58 66 50 Z" fill="#4a90d9"/>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${edge}" height="${edge}" viewBox="0 0 100 100">${parts.join('')}</svg>`;
}
