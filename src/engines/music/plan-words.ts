/**
 * Spanish and German words the description planner reads, next to its English tables. They are
 * matched against the folded text ({@link foldText}: lower case, accents removed, ß → ss), so
 * "rápido"/"rapido" and "Flöte"/"Flote" read alike. German compounds ("Klavierstück",
 * "Streicherklang", "Meeresrauschen") are matched by stems that occur only in those words.
 */
import type { Instrument, NatureTexture } from './plan.ts';

/** Lower case without accents (NFD minus combining marks), ß → ss: the form the tables below expect. */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss');
}

export const ES_DE_INSTRUMENTS: ReadonlyArray<[RegExp, Instrument]> = [
  [/\bpianos?\b|klavier|\bflugel\b/, 'piano'],
  [/\b(cuerdas?|violin(es)?|violas?|violonchelos?|chelos?|orquesta\w*|violinen?|bratschen?|celli)\b|streicher|geige|orchester/, 'strings'],
  [/\b(sintetizador(es)?|sinte|colchon(es)? sonoros?)\b|synthesizer|klangflache|\bflachen\w*/, 'pad'],
  [/\b(campan\w*|carillon\w*|caja de musica|cajita de musica|celesta|kalimba|vibrafono|xilofono)\b|glocke|glockchen|spieluhr|windspiel|vibraphon/, 'bells'],
  [/\b(flaut\w*|quenas?|zampona|ocarina|clarinete|flautin)\b|flote|klarinette|okarina/, 'flute'],
  [/\b(guitarr\w*|arpas?|ukelele|laud|charango)\b|gitarre|harfe|\bukulele|zither/, 'guitar'],
  [/\b(contrabajos?|bajo electrico|(el|un|con|y) bajo)\b|kontrabass|bassgitarre|\be-bass/, 'bass'],
  [/\b(coros?|coral|voces|tararea\w*|cantando)\b|\b\w*chor(e|gesang\w*|klang\w*|stimmen?|musik)?\b|\bgesang\b|\bstimmen\b|\bsumm(en|t)\b/, 'choir'],
];

export const ES_DE_TEXTURES: ReadonlyArray<[RegExp, NatureTexture]> = [
  [
    /\b(lluvi\w*|llovizna|tormenta|aguacero)\b|\b(?!an|auf|er)\w*regen\b|\bregen(tropfen|schauer|guss|wetter|gerausch\w*|nacht|tag|wald|rauschen|klang\w*|musik)|\bniesel|gewitter/,
    'rain',
  ],
  [
    /\b(mar|oceano|olas?|playa|orilla|marea)\b|meer|ozean|\bwellen|brandung|\b(am|vom|zum|an den) strand\b|\bstrand(es|nah\w*|spaziergang|rauschen)\b|\bkuste/,
    'sea',
  ],
  [/\b(viento|ventos\w*|brisa|rafagas?)\b|\b(wind|windig\w*|windrauschen|windhauch|brise|sturm\w*)\b/, 'wind'],
  [/\b(pajar\w*|aves|bosque|trinos?)\b|vogel|gezwitscher|zwitscher|\bwald/, 'birds'],
];

/** Mood words in Spanish and German, in the same order and with the same nudges as the English table. */
export const ES_DE_MOODS: readonly RegExp[] = [
  /\b(tranquil\w*|calma\w*|seren[oa]s?|relaja\w*|paz|pacific\w*|apacible|sosegad\w*|ruhig\w*|entspann\w*|friedlich\w*|gelassen\w*|besinnlich\w*)\b/,
  /\b(trist\w*|duelo|pena|traurig\w*|trauer\w*)\b/,
  /\b(dormir|sueno|nana|cancion de cuna|noche|nocturn\w*|medita\w*|schlaf\w*|einschlaf\w*|wiegenlied\w*|nacht\w*|abend\w*|abends)\b/,
  /\b(suaves?|lent[oa]s?|delicad\w*|tiern[oa]s?|silencios\w*|despacio|sanft\w*|leise\w*|langsam\w*|zart\w*)\b/,
  /\b(feliz|felices|alegr\w*|luminos\w*|soleado|esperanz\w*|manana|calid[oa]|frohlich\w*|glucklich\w*|heiter\w*|sonnig\w*|hoffnung\w*|morgen\w*|warm\w*)\b/,
  /\b(melancol\w*|nostalgi\w*|solitari\w*|sombri\w*|oscur\w*|melanchol\w*|wehmut\w*|einsam\w*|dunk(el|l)\w*|nostalg\w*|sehnsucht\w*)\b/,
  /\b(energic\w*|animad\w*|bailable|baile|rapid\w*|juguet\w*|emocionant\w*|energisch\w*|lebhaft\w*|tanz\w*|schnell\w*|verspielt\w*|aufregend\w*|flott\w*|beschwingt\w*)\b/,
  /\b(ansios\w*|tens[oa]s?|inquiet\w*|nervios\w*|angstlich\w*|angespannt\w*|unruhig\w*|nervos\w*)\b/,
  /\b(sonador\w*|etere\w*|flotant\w*|espacios\w*|vertraumt\w*|traumerisch\w*|schwebend\w*|atherisch\w*|luftig\w*)\b/,
];

/** Tempo words: the same rules as "very slow", "slow", "fast", "lively" and "moderate" in English. */
export const ES_DE_TEMPO = {
  verySlow: /\bmuy (lent[oa]|despacio)\b|\b(sehr|ganz) langsam\w*/,
  slow: /\b(lent[oa]s?|despacio|pausad[oa]s?)\b|\blangsam(e|er|es|en|em)?\b|\bgemachlich\w*/,
  fast: /\b(rapid[oa]s?|deprisa|velo(z|ces))\b|\bschnell(e|er|es|en|em)?\b|\bzugig\w*/,
  lively: /\b(animad[oa]s?|energic[oa]s?|bailable|emocionante|lebhaft\w*|energisch\w*|tanzmusik|aufregend\w*|beschwingt\w*)\b/,
  moderate: /\b(tempo|ritmo) (moderado|medio)\b|\bmoderad[oa]\b|\bmassig(e|em|en|er|es)? tempo\b|\bmittler(e|em|en|er|es)? tempo\b/,
};

/** Tempo shapes ("empieza rápido y luego más lento", "schnell anfangen und dann langsamer werden"). */
export const ES_DE_ARCS = {
  breathing: /\b(respira\w*|atem\w*|atmen|atmung)\b/,
  sleep: /\b(dormir|duerm\w*|adormec\w*|schlafen|einschlaf\w*|schlaf ein)\b/,
  wakeUp: /\b(despierta\w*|despiertame|despertar\w*|aufwach\w*|weck\w* mich|wach werden|munter werden)\b/,
  calmDown:
    /\b((empieza|empezar|comienza|comenzar) (rapid\w*|deprisa)|(luego|despues) mas (lent\w*|despacio)|cada vez mas (lent\w*|despacio)|bajar el ritmo|calmarme|tranquiliz(arme|ame|ate|arse)|relajarme|schnell (anfangen|beginnen)|(dann|immer) langsamer|langsamer werden|beruhig\w*|runterkommen|zur ruhe kommen)\b/,
};

export const ES_DE_GENRES = {
  cinematic: /\b(cinematografic\w*|de pelicula|banda sonora|epic[oa]|filmmusik|episch\w*)\b/,
  classical: /\b(clasic\w*|barroc\w*|klassisch\w*|barock\w*)\b/,
  folk: /\b(folclor\w*|folk\w*|volksmusik|volkslied\w*|lagerfeuer\w*)\b/,
  world: /\b(japon\w*|afric\w*|afrikan\w*|indisch\w*|india|andin\w*|arab\w*|latin\w*)\b/,
  ambient: /\b(ambiental|ambiente|klangteppich\w*|atmospharisch\w*|atmosferic\w*)\b/,
};

/** Register, density, percussion, metre, melody and room words. */
export const ES_DE_MISC = {
  low: /\b(grave|graves|profund[oa]s?)\b|\btief\w*/,
  high: /\b(agud[oa]s?|brillante|liger[oa])\b|\bhoch\w*|\bhell\w*|\bleicht\w*/,
  sparse: /\b(escas[oa]|minimalista|sencill[oa])\b|\bsparsam\w*|\bminimal\w*/,
  rich: /\b(fluid[oa]|ric[oa]|dens[oa])\b|\bfliessend\w*|\breich\w*|\bdicht\w*/,
  percussion: /\b(bateria|percusion|tambor\w*|ritmic\w*|latido)\b|schlagzeug|trommel|perkussion|rhythmisch\w*|herzschlag/,
  triple: /\b(vals|nana|cancion de cuna|walzer|wiegenlied\w*|schlaflied\w*)\b/,
  noMelody: /\b(de fondo|sin melodia|textura|hintergrund\w*|ohne melodie|klangteppich\w*)\b/,
  roomy: /\b(onirico|etereo|espacios[oa]|catedral|vertraumt\w*|atherisch\w*|kathedrale|halle)\b/,
  meditative: /\b(medita\w*|de fondo|ambiental|hintergrund\w*|meditativ\w*)\b/,
  bpm: /\b(\d{2,3}(?:\.\d+)?)\s*(?:ppm|pulsaciones por minuto|golpes por minuto|pulsos por minuto|schlage (?:pro|je|in der) minute)\b/,
  fromTo: /\b(?:de|desde|von)\s+(\d{2,3})\s*(?:bpm\s*)?(?:a|hasta|auf|zu|bis)\s+(\d{2,3})\s*bpm\b/,
  breaths: /\b(\d{1,2}(?:\.\d)?)\s*(?:respiraciones|atemzuge)\s*(?:por|pro|je|al|in der)\s*minut[oe]\b/,
};

const SOLFEGE: Readonly<Record<string, string>> = { do: 'C', re: 'D', mi: 'E', fa: 'F', sol: 'G', la: 'A', si: 'B' };
const GERMAN_LETTER: Readonly<Record<string, string>> = { c: 'C', d: 'D', e: 'E', f: 'F', g: 'G', a: 'A', h: 'B', b: 'Bb' };

/**
 * Keys and modes in Spanish ("la menor", "re bemol mayor", "en tonalidad menor") and German
 * ("a-Moll", "Fis-Dur", "Es-Dur", "in Moll"), read from the folded text. The key is a letter name
 * such as "F#" or "Eb"; undefined parts were not named.
 */
export function esDeKey(f: string): { key?: string; mode?: 'major' | 'minor' } {
  const es = /\b(do|re|mi|fa|sol|la|si)(?:\s*(sostenido|bemol|#|b))?\s+(mayor|menor)\b/.exec(f);
  if (es) {
    const acc = es[2] === 'sostenido' || es[2] === '#' ? '#' : es[2] ? 'b' : '';
    return { key: SOLFEGE[es[1]!]! + acc, mode: es[3] === 'mayor' ? 'major' : 'minor' };
  }
  const de = /\b([a-h])(is|es|s)?[\s-]?(dur|moll)\b/.exec(f);
  if (de) {
    let key = GERMAN_LETTER[de[1]!]!;
    if (de[2] === 'is') key = key === 'Bb' ? 'B' : key + '#';
    else if (de[2] && key !== 'Bb') key = key + 'b';
    return { key, mode: de[3] === 'dur' ? 'major' : 'minor' };
  }
  const mode = /\b(?:tonalidad|modo|tono|escala|en)\s+(mayor|menor)\b|\b(dur|moll)\b/.exec(f);
  if (!mode) return {};
  return { mode: mode[1] === 'mayor' || mode[2] === 'dur' ? 'major' : 'minor' };
}
