/**
 * Hearth's own words on top of the emoji annotations: kinds of a thing the library has no shape
 * for (ranunculus → a flower), places that are several things (festival → tent, flags, lights),
 * words for people (→ a painted figure, not an emoji) and the poses prompts describe — in
 * English, Spanish and German. Keys are lower-case; the reader also tries simple plural forms.
 */

/** A word → the library words to look up instead (in order; several = several things). */
export const THING_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  // kinds of flower and plant
  ranunculus: ['rose'], peony: ['rose'], camellia: ['rose'], dahlia: ['hibiscus'], poppy: ['hibiscus'], orchid: ['hibiscus'],
  lily: ['tulip'], daffodil: ['tulip'], iris: ['tulip'], lavender: ['tulip'], violet: ['blossom'], daisy: ['blossom'], marigold: ['sunflower'],
  flower: ['tulip'], flor: ['tulip'], blume: ['tulip'], bouquet: ['bouquet'], ramo: ['bouquet'], strauss: ['bouquet'],
  'flower pot': ['potted plant'], 'plant pot': ['potted plant'], 'maceta de flores': ['potted plant'], pot: ['potted plant'], flowerpot: ['potted plant'], maceta: ['potted plant'], topf: ['potted plant'], blumentopf: ['potted plant'], plant: ['potted plant'], planta: ['potted plant'], pflanze: ['potted plant'],
  lotus: ['lotus'], loto: ['lotus'], lotusblume: ['lotus'], tree: ['deciduous tree'], árbol: ['deciduous tree'], arbol: ['deciduous tree'], baum: ['deciduous tree'], oak: ['deciduous tree'], pine: ['evergreen tree'], willow: ['deciduous tree'],
  // buildings and places
  office: ['office building'], oficina: ['office building'], büro: ['office building'], buro: ['office building'], work: ['office building'], trabajo: ['office building'], arbeit: ['office building'],
  building: ['office building'], edificio: ['office building'], gebäude: ['office building'], city: ['cityscape'], ciudad: ['cityscape'], stadt: ['cityscape'],
  house: ['house'], home: ['house garden'], casa: ['house'], hogar: ['house garden'], haus: ['house'], zuhause: ['house garden'], cottage: ['house'], cabin: ['hut'], hut: ['hut'],
  school: ['school'], escuela: ['school'], schule: ['school'], hospital: ['hospital'], krankenhaus: ['hospital'], church: ['church'], iglesia: ['church'], kirche: ['church'],
  festival: ['circus tent', 'triangular flag', 'balloon'], fiesta: ['circus tent', 'triangular flag', 'balloon'], fest: ['circus tent', 'triangular flag', 'balloon'],
  party: ['balloon', 'party popper'], concert: ['guitar', 'microphone'], concierto: ['guitar', 'microphone'], konzert: ['guitar', 'microphone'],
  camping: ['tent'], campsite: ['tent'], lights: ['red paper lantern'], luces: ['red paper lantern'], lichter: ['red paper lantern'], lantern: ['red paper lantern'], farol: ['red paper lantern'], laterne: ['red paper lantern'],
  lighthouse: ['lighthouse'], faro: ['lighthouse'], leuchtturm: ['lighthouse'], boat: ['sailboat'], barco: ['sailboat'], boot: ['sailboat'], ship: ['ship'],
  // animals a prompt names in everyday words
  bird: ['bird'], pájaro: ['bird'], pajaro: ['bird'], vogel: ['bird'], dog: ['dog'], perro: ['dog'], hund: ['dog'], cat: ['cat'], gato: ['cat'], katze: ['cat'],
  fish: ['tropical fish'], pez: ['tropical fish'], fisch: ['tropical fish'], heart: ['red heart'], corazón: ['red heart'], corazon: ['red heart'], herz: ['red heart'],
  candle: ['candle'], vela: ['candle'], kerze: ['candle'], fire: ['fire'], fuego: ['fire'], feuer: ['fire'], stone: ['rock'], piedra: ['rock'], stein: ['rock'],
  butterfly: ['butterfly'], mariposa: ['butterfly'], schmetterling: ['butterfly'], leaf: ['maple leaf'], hoja: ['maple leaf'], blatt: ['maple leaf'],
  hands: ['open hands'], manos: ['open hands'], hände: ['open hands'], hande: ['open hands'], hand: ['raised hand'], mano: ['raised hand'],
  bench: ['bench'], banco: ['bench'], chair: ['chair'], silla: ['chair'], stuhl: ['chair'], bed: ['bed'], cama: ['bed'], bett: ['bed'],
  car: ['automobile'], coche: ['automobile'], carro: ['automobile'], auto: ['automobile'], automóvil: ['automobile'],
  table: ['table'], mesa: ['table'], tisch: ['table'], book: ['open book'], libro: ['open book'], buch: ['open book'], cup: ['hot beverage'], tea: ['teacup without handle'], taza: ['hot beverage'], tasse: ['hot beverage'],
};

/** Words that name what the picture is *about*, never a thing to draw ("picture of", "feeling"). */
export const NOT_THINGS: ReadonlySet<string> = new Set([
  'picture', 'image', 'drawing', 'painting', 'feeling', 'feelings', 'mood', 'colour', 'color', 'colours', 'colors', 'style', 'something',
  'imagen', 'dibujo', 'pintura', 'cuadro', 'sentimiento', 'bild', 'zeichnung', 'gemälde', 'gefühl', 'stimmung', 'farbe', 'farben',
  'time', 'day', 'today', 'place', 'thing', 'things', 'way', 'part', 'side', 'top', 'bottom', 'middle', 'left', 'right', 'front', 'back',
  'big', 'small', 'little', 'large', 'tiny', 'huge', 'soft', 'warm', 'cold', 'bright', 'dark', 'light', 'happy', 'sad', 'calm', 'quiet',
  'holding', 'holds', 'hold', 'standing', 'sitting', 'walking', 'lying', 'looking', 'feels', 'feel', 'where', 'there', 'here', 'while',
  'full', 'empty', 'alone', 'together', 'after', 'before', 'when', 'then', 'very', 'much', 'many', 'some', 'each', 'every', 'one', 'two', 'three',
  'head', 'arms', 'arm', 'open', 'eyes', 'cabeza', 'brazos', 'abiertos', 'kopf', 'armen', 'arme', 'offenen', 'offen',
  // pose and placement words (the pose is read from the phrase; see POSE_PHRASES)
  'hug', 'hugs', 'hugging', 'embrace', 'embraces', 'embracing', 'sits', 'seated', 'lies', 'lie', 'asleep', 'sleeping', 'walks', 'walk', 'strolling', 'stands', 'raised', 'outstretched', 'wide',
  'sentado', 'sentada', 'sentados', 'sienta', 'caminando', 'camina', 'paseando', 'acostado', 'acostada', 'tumbado', 'tumbada', 'durmiendo', 'abrazo', 'abrazan', 'abrazando', 'abrazados', 'pie', 'junto', 'cerca', 'lado', 'frente', 'detrás', 'encima', 'debajo', 'sujetando', 'sujeta',
  'sitzt', 'sitzend', 'geht', 'gehend', 'spaziert', 'wandert', 'liegt', 'liegend', 'schläft', 'steht', 'stehend', 'umarmt', 'umarmen', 'umarmung', 'hält', 'hände', 'händen', 'neben', 'hinter', 'seinem', 'seiner', 'seinen', 'ihrem', 'ihrer', 'ihren', 'ausgebreitet', 'weit',
  'next', 'beside', 'holding', 'sky', 'ground', 'world', 'life', 'everything', 'nothing', 'inside', 'outside', 'myself', 'herself', 'himself', 'someone',
]);

/** Words for people. `count` > 1 draws that many figures. */
export const PERSON_WORDS: Readonly<Record<string, { kind: 'adult' | 'child'; count?: number; hair?: 'long' | 'short' }>> = {
  woman: { kind: 'adult', hair: 'long' }, women: { kind: 'adult', hair: 'long', count: 2 }, girl: { kind: 'child', hair: 'long' }, mother: { kind: 'adult', hair: 'long' }, mum: { kind: 'adult', hair: 'long' }, mom: { kind: 'adult', hair: 'long' }, she: { kind: 'adult', hair: 'long' }, lady: { kind: 'adult', hair: 'long' },
  man: { kind: 'adult', hair: 'short' }, men: { kind: 'adult', hair: 'short', count: 2 }, boy: { kind: 'child', hair: 'short' }, father: { kind: 'adult', hair: 'short' }, dad: { kind: 'adult', hair: 'short' }, he: { kind: 'adult', hair: 'short' },
  person: { kind: 'adult' }, figure: { kind: 'adult' }, me: { kind: 'adult' }, myself: { kind: 'adult' }, someone: { kind: 'adult' }, friend: { kind: 'adult' }, child: { kind: 'child' }, kid: { kind: 'child' }, baby: { kind: 'child' },
  children: { kind: 'child', count: 2 }, kids: { kind: 'child', count: 2 }, people: { kind: 'adult', count: 3 }, family: { kind: 'adult', count: 3 }, friends: { kind: 'adult', count: 2 }, couple: { kind: 'adult', count: 2 },
  mujer: { kind: 'adult', hair: 'long' }, mujeres: { kind: 'adult', hair: 'long', count: 2 }, niña: { kind: 'child', hair: 'long' }, nina: { kind: 'child', hair: 'long' }, madre: { kind: 'adult', hair: 'long' }, ella: { kind: 'adult', hair: 'long' },
  hombre: { kind: 'adult', hair: 'short' }, hombres: { kind: 'adult', hair: 'short', count: 2 }, niño: { kind: 'child', hair: 'short' }, nino: { kind: 'child', hair: 'short' }, padre: { kind: 'adult', hair: 'short' }, él: { kind: 'adult', hair: 'short' },
  persona: { kind: 'adult' }, figura: { kind: 'adult' }, amigo: { kind: 'adult' }, amiga: { kind: 'adult', hair: 'long' }, niños: { kind: 'child', count: 2 }, ninos: { kind: 'child', count: 2 }, familia: { kind: 'adult', count: 3 }, gente: { kind: 'adult', count: 3 }, pareja: { kind: 'adult', count: 2 },
  frau: { kind: 'adult', hair: 'long' }, frauen: { kind: 'adult', hair: 'long', count: 2 }, mädchen: { kind: 'child', hair: 'long' }, madchen: { kind: 'child', hair: 'long' }, mutter: { kind: 'adult', hair: 'long' }, sie: { kind: 'adult', hair: 'long' },
  mann: { kind: 'adult', hair: 'short' }, männer: { kind: 'adult', hair: 'short', count: 2 }, junge: { kind: 'child', hair: 'short' }, vater: { kind: 'adult', hair: 'short' }, er: { kind: 'adult', hair: 'short' },
  mensch: { kind: 'adult' }, freund: { kind: 'adult' }, freundin: { kind: 'adult', hair: 'long' }, kind: { kind: 'child' }, kinder: { kind: 'child', count: 2 }, familie: { kind: 'adult', count: 3 }, leute: { kind: 'adult', count: 3 }, menschen: { kind: 'adult', count: 3 }, paar: { kind: 'adult', count: 2 },
};

/** Pronouns only make a figure when no other person word is present and a pose is named. */
export const PRONOUNS: ReadonlySet<string> = new Set(['she', 'he', 'me', 'myself', 'ella', 'él', 'sie', 'er']);

export type Pose = 'standing' | 'sitting' | 'head-in-hands' | 'arms-open' | 'lying' | 'walking' | 'embracing';

/** Phrases (matched on the lower-cased prompt) that name a pose, most specific first. */
export const POSE_PHRASES: readonly { pose: Pose; re: RegExp }[] = [
  { pose: 'head-in-hands', re: /\b(head in (her|his|their|my)? ?hands|holding (her|his|their|my) head|hands over (her|his|my) face|cabeza entre las manos|sujeta(ndo)? (su|la) cabeza|(kopf|gesicht) in (den|die) händen?|hält (ihren|seinen) kopf)/u },
  { pose: 'embracing', re: /\b(hug|hugs|hugging|embrace|embraces|embracing|holding each other|abrazo|abrazan|abrazando|abrazados|umarm\p{L}*)/u },
  { pose: 'arms-open', re: /\b(arms (wide )?open|open arms|arms outstretched|arms raised|brazos abiertos|brazos (en )?alto|(mit )?offenen armen|arme (weit )?offen|arme ausgebreitet)/u },
  { pose: 'lying', re: /\b(lying|lies down|lie down|asleep|sleeping|acostad[oa]|tumbad[oa]|durmiendo|liegt|liegend|schläft)/u },
  { pose: 'sitting', re: /\b(sitting|sits|seated|sat|sentad[oa]|se sienta|sitzt|sitzend)/u },
  { pose: 'walking', re: /\b(walking|walks|walk|strolling|caminando|camina|paseando|geht|gehend|spaziert|wandert)/u },
  { pose: 'standing', re: /\b(standing|stands|de pie|steht|stehend)/u },
];

/** Spanish and German colour words → the English colour name the affect reader knows (stems: see colourName). */
export const COLOUR_WORDS: Readonly<Record<string, string>> = {
  rojo: 'red', azul: 'blue', verde: 'green', amarillo: 'yellow', negro: 'black', blanco: 'white', rosa: 'pink', rosado: 'pink', naranja: 'orange',
  morado: 'purple', violeta: 'violet', lila: 'lilac', gris: 'grey', marrón: 'brown', marron: 'brown', café: 'brown', dorado: 'gold', plateado: 'silver', turquesa: 'turquoise', celeste: 'light blue',
  rot: 'red', blau: 'blue', grün: 'green', gruen: 'green', gelb: 'yellow', schwarz: 'black', weiß: 'white', weiss: 'white', orange: 'orange',
  violett: 'violet', grau: 'grey', braun: 'brown', golden: 'gold', gold: 'gold', silbern: 'silver', türkis: 'turquoise', hellblau: 'light blue', dunkelblau: 'dark blue',
};

/** Forms of a Spanish/German colour adjective to look up: "rojas" → "rojo", "grünes" → "grün". */
export function colourName(word: string): string | undefined {
  const forms = [word, word.replace(/(as|os|a|o)$/, 'o'), word.replace(/(es|en|er|em|e)$/, ''), word.replace(/s$/, '')];
  for (const f of forms) if (COLOUR_WORDS[f]) return COLOUR_WORDS[f];
  return undefined;
}
