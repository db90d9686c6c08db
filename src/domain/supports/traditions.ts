/**
 * Cultural traditions a client may choose as their own (issue 16, cultural tailoring). For each:
 * its name in en/es/de, motif words the symbol library draws (for supports and prompts), the
 * built-in directives that adapt well to it, and what is appropriate to draw on and what is not
 * (docs/cultural-traditions.md says why). The client chooses; Hearth never infers a tradition.
 */
export interface Tradition {
  readonly id: string;
  readonly names: { readonly en: string; readonly es: string; readonly de: string };
  /** Words the shape library draws (checked by a test), offered as pictures and prompt motifs. */
  readonly motifs: readonly string[];
  /** Built-in directives that adapt well, with the tradition's own materials or forms. */
  readonly directives: readonly string[];
  /**
   * Studio styles (engines/art STYLES ids) whose craft the tradition shares openly, offered first in the
   * studio's tradition picker. Empty where Hearth offers no style that imitates it.
   */
  readonly styles: readonly string[];
  /** Appropriate to draw on (forms that are shared openly by the tradition's own people). */
  readonly drawOn: string;
  /** Not to imitate or offer (sacred imagery, closed practices, stereotypes). */
  readonly avoid: string;
}

export const TRADITIONS: readonly Tradition[] = [
  {
    id: 'mexican-folk',
    names: { en: 'Mexican folk art', es: 'Arte popular mexicano', de: 'Mexikanische Volkskunst' },
    motifs: ['marigold', 'sunflower', 'butterfly', 'cactus', 'sun', 'candle'],
    directives: ['memory-box', 'gratitude-garden', 'tree-of-life', 'hope-jar'],
    styles: ['paper-cut', 'collage'],
    drawOn: 'Papel picado cut patterns, bright folk palettes, marigolds, alebrije-style imagined animals, remembering loved ones with their favourite things.',
    avoid:
      'Building an ofrenda as decoration or a “Day of the Dead” costume theme; sugar-skull face paint as a style; religious figures (the Virgin of Guadalupe) as motifs.',
  },
  {
    id: 'west-african-adinkra',
    names: { en: 'West African (Adinkra, kente)', es: 'África occidental (adinkra, kente)', de: 'Westafrikanisch (Adinkra, Kente)' },
    motifs: ['drum', 'heart', 'hand', 'sun', 'tree', 'bird'],
    directives: ['strengths-shield', 'name-art', 'rhythm-conversation', 'support-circles'],
    styles: ['woodcut', 'collage'],
    drawOn:
      'Adinkra symbols with their proverbs (e.g. Sankofa: go back and fetch it) chosen by the client, strip-weave colour patterns, call-and-response rhythm.',
    avoid: 'Symbols used without their meaning; royal or chieftaincy regalia; masks and shrine objects from specific societies; “tribal” as a style word.',
  },
  {
    id: 'japanese',
    names: { en: 'Japanese arts', es: 'Artes japonesas', de: 'Japanische Künste' },
    motifs: ['blossom', 'wave', 'crane', 'bamboo', 'moon', 'fan'],
    directives: ['breath-lines', 'leaves-on-a-stream', 'five-senses-grounding', 'container'],
    styles: ['ink-wash', 'woodcut'],
    drawOn: 'Ink brush and empty space (ma), seasonal motifs, kintsugi as a metaphor for mending, origami cranes.',
    avoid: 'Shrine and temple objects (torii, Buddha images) as decoration; calligraphy of words the client cannot read; geisha and samurai stereotypes.',
  },
  {
    id: 'islamic-geometric',
    names: { en: 'Islamic geometric art', es: 'Arte geométrico islámico', de: 'Islamische geometrische Kunst' },
    motifs: ['star', 'moon', 'lantern', 'rose', 'tea', 'olive'],
    directives: ['mood-mandala', 'breath-lines', 'safe-place', 'gratitude-garden'],
    styles: ['mosaic', 'stained-glass'],
    drawOn: 'Repeating geometric stars and tessellations, arabesque plant scrolls, garden imagery, lantern light.',
    avoid: 'Depicting the Prophet or sacred figures; Qur’anic verses or the name of God as decoration; assuming a client’s faith from their background.',
  },
  {
    id: 'south-asian-rangoli',
    names: { en: 'South Asian (rangoli, kolam)', es: 'Sur de Asia (rangoli, kolam)', de: 'Südasiatisch (Rangoli, Kolam)' },
    motifs: ['lotus', 'diya', 'peacock', 'elephant', 'blossom', 'sun'],
    directives: ['mood-mandala', 'gratitude-garden', 'safe-place', 'feelings-weather'],
    styles: ['pastel', 'mosaic'],
    drawOn: 'Rangoli and kolam threshold patterns drawn from dots and lines, festival colours, lamps and lotus flowers.',
    avoid:
      'Images of deities as motifs; the bindi or religious marks as decoration; mandala offered as a religious practice (Hearth’s mood mandala is a circle for colour, not a ritual).',
  },
  {
    id: 'celtic',
    names: { en: 'Celtic and Irish', es: 'Celta e irlandés', de: 'Keltisch und irisch' },
    motifs: ['knot', 'harp', 'tree', 'boat', 'bird', 'leaf'],
    directives: ['lifeline', 'tree-of-life', 'support-circles', 'songs-of-my-life'],
    styles: ['stained-glass', 'woodcut'],
    drawOn: 'Knotwork and interlace, spirals, illuminated initials, trad music and song.',
    avoid: 'Neo-pagan or druidic ritual presented as heritage; symbols co-opted by hate groups (some Celtic crosses in certain designs).',
  },
  {
    id: 'andean',
    names: { en: 'Andean weaving', es: 'Textiles andinos', de: 'Andine Webkunst' },
    motifs: ['llama', 'mountain', 'corn', 'sun', 'river', 'bird'],
    directives: ['lifeline', 'tree-of-life', 'hands-of-support', 'emotion-colour-map'],
    styles: ['mosaic', 'collage'],
    drawOn: 'Woven stripe and step patterns, natural-dye colours, mountains and the harvest, weaving as telling a life.',
    avoid: 'Ceremonial objects and offerings (despacho) as craft; patterns that belong to a specific community presented as generic.',
  },
  {
    id: 'chinese',
    names: { en: 'Chinese arts', es: 'Artes chinas', de: 'Chinesische Künste' },
    motifs: ['lantern', 'dragon', 'bamboo', 'blossom', 'fish', 'kite'],
    directives: ['breath-lines', 'future-self-postcard', 'hope-jar', 'gratitude-garden'],
    styles: ['ink-wash', 'paper-cut'],
    drawOn: 'Paper cutting, ink-and-wash landscapes, auspicious motifs (fish for abundance), lanterns and kites.',
    avoid: 'Characters the client cannot read used as decoration; temple deities as motifs; “oriental” stereotypes.',
  },
  {
    id: 'nordic',
    names: { en: 'Nordic folk art', es: 'Arte popular nórdico', de: 'Nordische Volkskunst' },
    motifs: ['snowflake', 'horse', 'tulip', 'boat', 'tree', 'heart'],
    directives: ['comfort-object', 'safe-place', 'calming-soundscape', 'memory-box'],
    styles: ['paper-cut', 'woodcut'],
    drawOn: 'Rosemaling and folk painting, woven and knitted patterns, Dala horses, winter light.',
    avoid: 'Runes and symbols misused by hate groups; Sámi patterns, the gákti or joik offered by non-Sámi (Sámi culture is its own, not “Nordic”).',
  },
  {
    id: 'aboriginal-first-nations',
    names: {
      en: 'Aboriginal and First Nations (the client’s own)',
      es: 'Pueblos aborígenes y originarios (los propios)',
      de: 'Aborigines und First Nations (die eigenen)',
    },
    motifs: ['feather', 'turtle', 'river', 'tree', 'sun', 'bird'],
    directives: ['lifeline', 'tree-of-life', 'support-circles', 'hands-of-support'],
    styles: [],
    drawOn:
      'Only what the client brings from their own nation and community: their stories, their country and places, their family’s art — led by them, ideally with community guidance.',
    avoid:
      'Imitating dot painting, Dreaming stories, totems, dreamcatchers, headdresses, medicine wheels or ceremonies: these are owned by nations and often closed. Hearth offers no style that imitates them.',
  },
];

/** Tradition ids, for validating a client's choice. */
export const TRADITION_IDS: readonly string[] = TRADITIONS.map((t) => t.id);

export const traditionById = (id: string): Tradition | undefined => TRADITIONS.find((t) => t.id === id);
