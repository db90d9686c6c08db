import type { ScreenLanguage } from './phrase-list.ts';

/**
 * Word classes for the compositional layer (compose.ts), per language, for clinical review. Entries
 * are single normalised words (lower case, accents folded); `stem*` matches any word starting with
 * the stem; entries of six letters or more also match one-letter typos. Where the phrase lists name
 * whole phrases, these name the parts people build them from: who (self), what they want or mean
 * to do (desire, intent), what would happen (death, self-harm, harm), with what (means) and when
 * (time) — so "i think im gonna unalive myself this weekend" is read from its parts.
 */
export interface WordClasses {
  readonly language: ScreenLanguage;
  /** Function words used only to guess the language of a text. */
  readonly stopwords: readonly string[];
  /** Wanting, wishing, thinking about, being tempted (passive: lifts to concern). */
  readonly desire: readonly string[];
  /** Going to, will, decided, ready, about to (intent: lifts to urgent when the act is the writer's). */
  readonly intent: readonly string[];
  /** Words naming death or ending one's life when the writer wants or intends it. */
  readonly death: readonly string[];
  /** Verbs of self-injury that need a reflexive object ("cut my arms", "me corté"). */
  readonly injure: readonly string[];
  /** Reflexive objects and body parts that make an injury verb self-directed. */
  readonly selfObject: readonly string[];
  /** Means of suicide or self-injury. */
  readonly means: readonly string[];
  /** Times that make an act imminent. */
  readonly time: readonly string[];
  /** Preparations: buying, saving, writing letters, saying goodbye, deciding. */
  readonly preparation: readonly string[];
  /** Things that make an injury accidental or everyday ("cooking", "hair", "finger"). */
  readonly accidental: readonly string[];
  /** Words that make a sentence about fiction, news, lessons, songs or artworks. */
  readonly reported: readonly string[];
  /** Words that close a past episode ("now I'm doing better", "hoy estoy bien"). */
  readonly recovered: readonly string[];
}

export const WORD_CLASSES: readonly WordClasses[] = [
  {
    language: 'en',
    stopwords: [
      'the', 'and', 'i', 'to', 'is', 'it', 'my', 'of', 'you', 'am', 'not', 'was', 'what', 'at', 'want', 'this', 'that', 'so', 'just', 'do', 'have', 'with',
      'for', 'be', 'in', 'on',
      'a', 'an', 'about', 'me', 'myself', 'are', 'can', 'if', 'all', 'but', 'like', 'would', 'there', 'they', 'he', 'she', 'we', 'him', 'her', 'or', 'will',
      'from', 'draw', 'make',
      'nobody', 'everyone', 'going', 'get', 'got', 'been', 'feel', 'im', 'dont', 'its', 'when', 'how', 'why', 'who', 'out', 'up', 'off', 'never', 'anymore',
      'title', 'song',
      'gonna', 'wanna', 'gotta', 'tonight', 'lol', 'idk', 'rn', 'tbh', 'kms', 'ngl', 'cap', 'cant', 'ive', 'u', 'ur', 'pls', 'omg', 'bc', 'cuz', 'kinda',
      'really', 'sh',
    ],
    desire: [
      'want*', 'wish*', 'hope', 'hoping', 'rather', 'tempt*', 'urge*', 'crave*', 'long', 'longing', 'thinking', 'think', 'thought*', 'fantasi*', 'imagin*',
      'dream*', 'ready', 'feel', 'feeling', 'pray*',
    ],
    intent: [
      'going', 'will', 'gonna', 'about', 'decided', 'deciding', 'plan', 'plans', 'planned', 'planning', 'ready', 'prepared', 'intend*', 'finally', 'tryna',
      'attempt',
    ],
    death: [
      'die', 'dye', 'kill', 'kills', 'dying', 'dead', 'death', 'suicide', 'suicidal', 'unalive', 'sewerslide', 'disappear', 'gone', 'overdose', 'od', 'hang',
      'jump', 'drown', 'exist', 'existing', 'alive', 'wake', 'woke', 'woken', 'waking', 'end', 'ending', 'sleep',
    ],
    injure: [
      'razor*', 'blade*', 'smash*', 'slam*', 'bang*', 'cut', 'cutting', 'cuts', 'burn', 'burning', 'burned', 'burnt', 'hurt', 'hurting', 'harm', 'harming',
      'scratch*', 'carv*', 'slic*', 'stab', 'stabbing', 'punch', 'punching', 'hit', 'hitting', 'bite', 'biting', 'starv*', 'bruis*', 'bleed',
    ],
    selfObject: ['myself', 'my', 'me', 'self', 'wrist', 'wrists', 'arm', 'arms', 'thigh', 'thighs', 'leg', 'legs', 'skin', 'stomach', 'hips'],
    means: [
      'pill', 'pills', 'tablet', 'tablets', 'meds', 'medication', 'tylenol', 'paracetamol', 'ibuprofen', 'medicine', 'painkiller*', 'sleeping', 'rope', 'noose',
      'knife', 'razor', 'razors', 'blade', 'blades', 'gun', 'bridge', 'roof', 'ledge', 'tracks', 'beam', 'bleach', 'lighter',
    ],
    time: [
      'tonight', 'today', 'tomorrow', 'weekend', 'soon', 'later', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'birthday',
      'asleep', 'morning', 'evening',
    ],
    preparation: [
      'bought', 'buy', 'saved', 'saving', 'collected', 'collecting', 'stockpil*', 'hoard*', 'wrote', 'written', 'writing', 'letters', 'goodbye', 'goodbyes',
      'farewell', 'decided', 'counted', 'gave', 'giving', 'last', 'swallowed', 'took', 'taken', 'plan',
    ],
    accidental: [
      'accident*', 'accidentally', 'oven', 'stove', 'shelf', 'door', 'cooking', 'vegetables', 'shaving', 'paper', 'finger', 'knee', 'ankle', 'practice',
      'football', 'slipped', 'fell', 'playing', 'gym', 'bike',
    ],
    reported: [
      'novel', 'book', 'story', 'movie', 'film', 'show', 'series', 'episode', 'song', 'lyrics', 'lyric', 'poem', 'character', 'villain', 'hero', 'game', 'news',
      'article', 'documentary', 'class', 'lesson', 'prevention', 'awareness', 'statistics', 'rates', 'painting', 'drawing', 'sculpture', 'picture', 'play',
      'chapter', 'hamlet', 'romeo', 'juliet', 'podcast',
      'actor', 'actress', 'played', 'performance', 'role', 'theatre', 'theater', 'opera', 'musical', 'comic', 'manga', 'anime', 'cartoon', 'plot', 'scene',
      'barriers', 'nets', 'headline', 'newspaper', 'reporter', 'journalist', 'report'],
    recovered: [
      'better', 'recovered', 'recovery', 'healed', 'clean', 'proud', 'hope', 'hopeful', 'good', 'fine', 'okay', 'ok', 'helped', 'survived', 'safe', 'stable',
    ],
  },
  {
    language: 'es',
    stopwords: [
      'he', 'has', 'ha', 'hemos', 'han', 'estado', 'sido', 'lo', 'le', 'les', 'su', 'sus', 'nos', 'mis', 'tu', 'como', 'cuando', 'porque', 'si', 'nada',
      'nadie', 'hacer', 'estar', 'ser', 'fue',
      'era', 'hay', 'tiene', 'ayer', 'manana', 'sin', 'sobre', 'despues', 'antes', 'ahora', 'siempre', 'nunca', 'tambien', 'puedo', 'bien', 'dia', 'noche',
      'donde',
      'el', 'la', 'los', 'las', 'que', 'de', 'del', 'al', 'se', 'te', 'ya', 'otra', 'vez', 'voy', 'todas', 'tengo', 'hoy', 'esta', 'este', 'y', 'en', 'yo',
      'no', 'me', 'mi', 'es', 'un', 'una', 'por', 'con', 'para', 'lo', 'muy', 'estoy', 'quiero', 'pero', 'mas', 'todo', 'todos',
    ],
    desire: ['quiero', 'quiere', 'quisiera', 'ojala', 'ganas', 'deseo', 'pienso', 'pensando', 'prefiero', 'preferiria', 'sueno'],
    intent: ['voy', 'vamos', 'ire', 'decidi', 'decidido', 'plan', 'planeo', 'pienso', 'lista', 'listo', 'hare', 'hago'],
    death: [
      'morir', 'morirme', 'muerto', 'muerta', 'muerte', 'matarme', 'suicid*', 'desaparecer', 'existir', 'existiera', 'despertar', 'vivir', 'estuviera', 'muero',
      'muera', 'muriera', 'aventarme', 'aventar', 'matar', 'quitarme', 'acabar', 'terminar', 'tirarme', 'ahorcarme',
    ],
    injure: [
      'raje', 'rajo', 'rajarme', 'raye', 'rayo', 'corte', 'corto', 'cortar', 'cortarme', 'cortes', 'queme', 'quemo', 'quemarme', 'lastim*', 'golpeo', 'dano',
      'danarme', 'hago', 'hice', 'hacerme',
    ],
    selfObject: ['me', 'mi', 'mis', 'brazos', 'brazo', 'piernas', 'munecas', 'muneca', 'piel', 'dano'],
    means: [
      'pastillas', 'pastilla', 'medicamentos', 'cuerda', 'soga', 'cuchillo', 'navaja', 'cuchilla', 'pistola', 'arma', 'puente', 'azotea', 'edificio', 'vias',
      'veneno',
    ],
    // (estuviera: 'si yo no estuviera' — only counted in a negated frame)
    time: ['noche', 'hoy', 'manana', 'pronto', 'finde', 'viernes', 'sabado', 'domingo', 'lunes'],
    preparation: [
      'compre', 'guarde', 'guardadas', 'guardado', 'junte', 'escribi', 'despedida', 'despido', 'despedi', 'adios', 'decidi', 'tome', 'trague', 'regale',
    ],
    accidental: [
      'pelo', 'dedo', 'cocinando', 'cocina', 'accidente', 'querer', 'futbol', 'rodilla', 'cabello', 'unas', 'sarten', 'horno', 'olla', 'plancha', 'aceite',
      'estufa', 'bici',
    ],
    reported: ['letra', 'estrofa', 'coro', 'obra', 'teatro', 'campana', 'reina', 'rey', 'comic', 'capitulo', 'reportaje', 'videojuego', 'actor', 'actriz',
      'novela', 'libro', 'pelicula', 'serie', 'cancion', 'personaje', 'juego', 'noticias', 'noticia', 'articulo', 'clase', 'prevencion', 'pinte', 'dibuje',
      'cuadro', 'protagonista', 'cuento',
    ],
    recovered: ['bien', 'mejor', 'supere', 'superado', 'recuperado', 'recuperada', 'orgullosa', 'orgulloso'],
  },
  {
    language: 'de',
    stopwords: ['haben', 'wir', 'uber', 'auch', 'sich', 'den', 'dem', 'des', 'im', 'von', 'aus', 'bei', 'nach', 'fur', 'war', 'sind', 'wird', 'werde', 'hat',
      'oder', 'nur', 'schon', 'alle', 'immer', 'doch', 'kein', 'keine', 'meinen', 'meinem', 'meiner', 'dich', 'du', 'wie', 'wo', 'warum', 'heute', 'gestern',
      'weil', 'aber',
      'sein', 'ihn', 'ihm', 'uns', 'nichts', 'niemand', 'mal', 'jetzt', 'wieder', 'ganz', 'gar', 'bin', 'ja',
      'ich', 'am', 'und', 'die', 'der', 'das', 'nicht', 'ist', 'mich', 'mir', 'es', 'ein', 'eine', 'zu', 'mit', 'sie', 'er', 'auf', 'mein', 'meine', 'habe',
      'hab', 'bin', 'will', 'einfach', 'noch', 'mehr', 'wenn', 'dass',
      // Round 10: regional function words (normalize.ts DE_DIALECT), so dialect is read as German.
      'isch', 'ned', 'nimma', 'nimmer', 'nit', 'nod', 'hob', 'han', 'koa', 'dat', 'wat', 'nich', 'nix', 'scho', 'jetz', 'mei', 'oida', 'ois', 'mog',
      'nume', 'nimme', 'gsi', 'hoam', 'dahoam', 'zamm', 'bissl', 'eich', 'um',
    ],
    desire: ['will', 'willst', 'mochte', 'wunsche', 'wunschte', 'lust', 'bock', 'liebsten', 'denk*', 'gedanken', 'sehne', 'wurde', 'lieber'],
    intent: ['werde', 'werd', 'bring', 'bringe', 'plane', 'geplant', 'entschieden', 'entschlossen', 'bereit', 'gleich'],
    death: [
      'sterben', 'tot', 'tod', 'umbringen', 'umzubringen', 'suizid*', 'selbstmord*', 'verschwinden', 'aufwachen', 'aufzuwachen', 'leben', 'toten', 'springen',
      'erhangen', 'aufhangen',
    ],
    injure: [
      'ritz*', 'geritzt', 'kratz*', 'aufgekratzt', 'schneide', 'schneiden', 'geschnitten', 'verletz*', 'brenne', 'verbrannt', 'weh', 'schlage', 'kratze',
    ],
    selfObject: ['mich', 'mir', 'selbst', 'arme', 'arm', 'handgelenk*', 'beine', 'haut', 'pulsadern'],
    means: [
      'tabletten', 'pillen', 'medikamente', 'schlaftabletten', 'seil', 'strick', 'messer', 'klinge', 'rasierklinge*', 'pistole', 'waffe', 'brucke', 'dach',
      'gleise', 'zug', 'hochhaus',
    ],
    time: ['heute', 'morgen', 'gleich', 'bald', 'nacht', 'abend', 'wochenende', 'freitag', 'samstag', 'sonntag'],
    preparation: [
      'gekauft', 'gesammelt', 'gehortet', 'geschrieben', 'abschied', 'abschiedsbrief*', 'verabschiedet', 'entschieden', 'genommen', 'geschluckt', 'verschenkt',
    ],
    accidental: ['finger', 'haare', 'kochen', 'basteln', 'versehen', 'unfall', 'knie', 'fussball', 'rasieren'],
    reported: ['theaterstuck', 'stuck', 'konigin', 'konig', 'hauptfigur', 'kapitel', 'comic', 'oper', 'kampagne', 'bericht', 'meldung', 'videospiel',
      'schauspieler', 'refrain', 'strophe', 'film', 'buch', 'roman', 'serie', 'lied', 'song', 'figur', 'held', 'heldin', 'spiel', 'nachrichten', 'artikel',
      'schule', 'unterricht', 'pravention', 'gemalt', 'bild', 'geschichte', 'gedicht',
    ],
    recovered: ['gut', 'besser', 'uberwunden', 'stolz', 'geschafft', 'stabil'],
  },
];
