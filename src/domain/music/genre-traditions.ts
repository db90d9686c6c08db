/**
 * Music genres and voices tagged by cultural tradition (issue 16, cultural tailoring): for each
 * tradition a client may choose (src/domain/supports/traditions.ts), the planner's genre that fits,
 * the sampled voices that carry it, a starting description in en/es/de that the music planner
 * reads into that genre and those voices, and what is appropriate to draw on and what is not
 * (docs/cultural-traditions.md). A client's chosen traditions put their genres and ideas first in
 * the music screen; nothing is inferred. A tradition may offer no music on purpose (see
 * `aboriginal-first-nations`): Hearth does not imitate closed or sacred forms.
 */
import type { VoiceName } from '../../engines/music/gm-voices.ts';
import { GENRES } from '../../engines/music/plan.ts';
import type { Genre } from '../../engines/music/plan.ts';

export interface TraditionMusic {
  readonly tradition: string;
  /** The planner's genre, or null when Hearth offers no music that imitates this tradition. */
  readonly genre: Genre | null;
  /** Sampled voices the ideas name (the planner picks them from the words). */
  readonly voices: readonly VoiceName[];
  /** A description to start from, per language (the composer's text box); empty when none is offered. */
  readonly ideas: { readonly en: string; readonly es: string; readonly de: string } | null;
  /** Appropriate to draw on in sound. */
  readonly drawOn: string;
  /** Not to imitate or offer. */
  readonly avoid: string;
}

export const TRADITION_MUSIC: readonly TraditionMusic[] = [
  {
    tradition: 'mexican-folk',
    genre: 'folk',
    voices: ['marimba', 'steel-guitar'],
    ideas: {
      en: 'warm folk guitar waltz with a gentle marimba',
      es: 'vals folk cálido con guitarra y marimba suave',
      de: 'warmer Folk-Walzer mit Gitarre und sanfter Marimba',
    },
    drawOn: 'Son and ranchera-like waltz lilt, guitar and marimba colours, songs the client knows from home.',
    avoid: 'Mariachi as a costume or comic backdrop; Day of the Dead music as decoration; religious hymns as a mood.',
  },
  {
    tradition: 'west-african-adinkra',
    genre: 'world',
    voices: ['kalimba'],
    ideas: {
      en: 'gentle west african rhythm with kalimba and soft drums, call and response',
      es: 'ritmo africano suave con kalimba y tambores tranquilos',
      de: 'sanfter afrikanischer Rhythmus mit Kalimba und leisen Trommeln',
    },
    drawOn: 'Interlocking rhythm, call and response, mbira/kalimba patterns: forms taught openly to anyone.',
    avoid: 'Sacred or royal drum languages of particular peoples; “tribal” as a sound word; a whole continent as one style.',
  },
  {
    tradition: 'japanese',
    genre: 'world',
    voices: ['koto', 'shakuhachi'],
    ideas: {
      en: 'calm japanese koto and shakuhachi with space between the notes',
      es: 'koto y shakuhachi japoneses en calma, con silencio entre las notas',
      de: 'ruhige Koto und Shakuhachi mit viel Raum zwischen den Tönen',
    },
    drawOn: 'Pentatonic koto and shakuhachi colours, silence between phrases (ma), seasonal feeling.',
    avoid: 'Buddhist sutra chanting or temple bells as background; gongs and “oriental” clichés.',
  },
  {
    tradition: 'islamic-geometric',
    genre: 'world',
    voices: ['dulcimer'],
    ideas: {
      en: 'slow arabic modal melody with santur and strings over a soft drone',
      es: 'melodía modal lenta con santur y cuerdas sobre un bordón suave',
      de: 'langsame modale Melodie mit Santur und Streichern über einem leisen Bordun',
    },
    drawOn: 'Modal melody over a drone, hammered dulcimer (santur) and strings, slow ornamented lines.',
    avoid: 'Qur’anic recitation or the call to prayer as music or background; assuming a client’s faith from their background.',
  },
  {
    tradition: 'south-asian-rangoli',
    genre: 'world',
    voices: ['sitar', 'shakuhachi'],
    ideas: {
      en: 'slow indian evening drone with sitar and bamboo flute',
      es: 'bordón lento de la tarde con sitar y flauta de bambú',
      de: 'langsame indische Abendstimmung mit Sitar und Bambusflöte',
    },
    drawOn: 'A drone with a slow melody on sitar or bamboo flute (bansuri-like), evening and festival moods.',
    avoid: 'Devotional songs (bhajans), mantras or temple music as background; calling a piece a raga (a raga has its own rules, times and teachers).',
  },
  {
    tradition: 'celtic',
    genre: 'folk',
    voices: ['harp', 'whistle', 'flute'],
    ideas: {
      en: 'gentle celtic folk air with harp and tin whistle',
      es: 'melodía folk celta suave con arpa y flauta',
      de: 'sanfte keltische Folk-Melodie mit Harfe und Flöte',
    },
    drawOn: 'Slow airs, harp and whistle, trad session tunes and songs the client grew up with.',
    avoid: 'Neo-pagan ritual music presented as heritage; rebel songs or anthems as a mood.',
  },
  {
    tradition: 'andean',
    genre: 'world',
    voices: ['pan-flute', 'harp'],
    ideas: {
      en: 'andean pan flute over a gentle harp, mountain morning',
      es: 'zampoña andina sobre un arpa suave, mañana en la montaña',
      de: 'andine Panflöte über sanfter Harfe, Morgen in den Bergen',
    },
    drawOn: 'Pan pipes (zampoña) and harp, huayno-like lilt, mountain and harvest imagery.',
    avoid: 'Ceremonial music and offerings as a mood; one community’s songs presented as generic “Andean”.',
  },
  {
    tradition: 'chinese',
    genre: 'world',
    voices: ['koto', 'shakuhachi'],
    ideas: {
      en: 'calm east asian guzheng and bamboo flute, an ink-wash landscape',
      es: 'guzheng y flauta de bambú tranquilos, un paisaje de tinta',
      de: 'ruhige Guzheng und Bambusflöte, eine Tuschelandschaft',
    },
    drawOn: 'Guzheng and bamboo-flute colours, pentatonic melody, landscape and season.',
    avoid: 'Temple and ritual music; gongs and “oriental” clichés (the planner still reads that word: do not offer it).',
  },
  {
    tradition: 'nordic',
    genre: 'folk',
    voices: ['fiddle', 'violin'],
    ideas: {
      en: 'slow nordic folk tune with fiddle and soft strings, winter light',
      es: 'melodía folk nórdica lenta con violín y cuerdas suaves, luz de invierno',
      de: 'langsame nordische Volksmusik mit Fiedel und sanften Streichern, Winterlicht',
    },
    drawOn: 'Fiddle tunes and slow folk songs, winter and light.',
    avoid: 'Joik offered by non-Sámi (a joik belongs to the person or place it is for); runes or “Viking” themes misused by hate groups.',
  },
  {
    tradition: 'aboriginal-first-nations',
    genre: null,
    voices: [],
    ideas: null,
    drawOn: 'Only music the client brings from their own nation and community (a recording of their own can be continued in the composer).',
    avoid: 'Imitating didgeridoo (yidaki), songlines, powwow drums or ceremonial songs: they belong to the nations that hold them. Hearth offers none.',
  },
];

export const traditionMusic = (id: string): TraditionMusic | undefined => TRADITION_MUSIC.find((m) => m.tradition === id);

/** Every genre with the traditions it is tagged with. */
export const GENRE_TRADITIONS: Readonly<Record<Genre, readonly string[]>> = (() => {
  const out = {} as Record<Genre, readonly string[]>;
  for (const g of GENRES) out[g] = TRADITION_MUSIC.filter((m) => m.genre === g).map((m) => m.tradition);
  return out;
})();

/** The planner's genres, those of the client's chosen traditions first (in the order chosen), then the rest in their usual order. */
export function genresForTraditions(chosen: readonly string[]): Genre[] {
  const first = chosen.flatMap((id) => {
    const g = traditionMusic(id)?.genre;
    return g ? [g] : [];
  });
  return [...new Set([...first, ...GENRES])];
}
