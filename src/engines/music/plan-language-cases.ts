/**
 * Labelled descriptions in English, Spanish and German for the planner's language test. Written
 * before the planner learned Spanish and German words (commit "musiclang: labelled cases"), and
 * labelled by what a listener means: the tempo band (slow < 66 ≤ moderate < 90 ≤ lively), the
 * instruments named, nature sounds named and the tempo shape ("start fast and slow down").
 */
import type { Arc, Instrument, NatureTexture } from './plan.ts';

export interface LanguageCase {
  text: string;
  band?: 'slow' | 'moderate' | 'lively';
  instruments?: Instrument[];
  textures?: NatureTexture[];
  arc?: Arc['kind'];
}

export const LANGUAGE_CASES: Record<'en' | 'es' | 'de', LanguageCase[]> = {
  en: [
    { text: 'calm slow piano with low pitch', band: 'slow', instruments: ['piano'] },
    { text: 'fast energetic guitar and drums', band: 'lively', instruments: ['guitar'] },
    { text: 'very slow cello melody', band: 'slow', instruments: ['strings'] },
    { text: 'gentle rain with soft strings', band: 'slow', instruments: ['strings'], textures: ['rain'] },
    { text: 'upbeat cheerful flute tune', band: 'lively', instruments: ['flute'] },
    { text: 'lively dance music with bells', band: 'lively', instruments: ['bells'] },
    { text: 'quiet choir humming in the evening', band: 'slow', instruments: ['choir'] },
    { text: 'peaceful harp by the sea', band: 'slow', instruments: ['guitar'], textures: ['sea'] },
    { text: 'quick playful piano piece', band: 'lively', instruments: ['piano'] },
    { text: 'slow sad violin', band: 'slow', instruments: ['strings'] },
    { text: 'relaxing synth pads with ocean waves', band: 'slow', instruments: ['pad'], textures: ['sea'] },
    { text: 'birdsong and a soft flute in the forest', band: 'slow', instruments: ['flute'], textures: ['birds'] },
    { text: 'energetic rock with electric guitar', band: 'lively', instruments: ['guitar'] },
    { text: 'start fast and slow down, piano', arc: 'calm-down', instruments: ['piano'] },
    { text: 'help me fall asleep with gentle strings', arc: 'sleep', instruments: ['strings'] },
    { text: 'wake me up slowly with bells', arc: 'wake-up', instruments: ['bells'] },
    { text: 'acoustic guitar at a moderate tempo', band: 'moderate', instruments: ['guitar'] },
    { text: 'tranquil double bass and piano', band: 'slow', instruments: ['bass', 'piano'] },
    { text: 'excited fast strings and choir', band: 'lively', instruments: ['strings', 'choir'] },
    { text: 'soft music box lullaby', band: 'slow', instruments: ['bells'] },
    { text: 'windy night with a low synth drone', band: 'slow', instruments: ['pad'], textures: ['wind'] },
    { text: 'happy ukulele song at a quick pace', band: 'lively', instruments: ['guitar'] },
    { text: 'slow jazz piano', band: 'slow', instruments: ['piano'] },
  ],
  es: [
    { text: 'piano tranquilo y lento con tono grave', band: 'slow', instruments: ['piano'] },
    { text: 'guitarra rápida y enérgica con batería', band: 'lively', instruments: ['guitar'] },
    { text: 'violonchelo muy lento', band: 'slow', instruments: ['strings'] },
    { text: 'lluvia suave con cuerdas delicadas', band: 'slow', instruments: ['strings'], textures: ['rain'] },
    { text: 'flauta alegre y animada', band: 'lively', instruments: ['flute'] },
    { text: 'música bailable y animada con campanas', band: 'lively', instruments: ['bells'] },
    { text: 'coro suave que tararea por la noche', band: 'slow', instruments: ['choir'] },
    { text: 'arpa tranquila junto al mar', band: 'slow', instruments: ['guitar'], textures: ['sea'] },
    { text: 'pieza de piano rápida y juguetona', band: 'lively', instruments: ['piano'] },
    { text: 'violín triste y lento', band: 'slow', instruments: ['strings'] },
    { text: 'sintetizadores relajantes con olas del mar', band: 'slow', instruments: ['pad'], textures: ['sea'] },
    { text: 'canto de pájaros y una flauta suave en el bosque', band: 'slow', instruments: ['flute'], textures: ['birds'] },
    { text: 'rock enérgico con guitarra eléctrica', band: 'lively', instruments: ['guitar'] },
    { text: 'empieza rápido y luego más lento, con piano', arc: 'calm-down', instruments: ['piano'] },
    { text: 'ayúdame a dormir con violines suaves', arc: 'sleep', instruments: ['strings'] },
    { text: 'despiértame poco a poco con campanitas', arc: 'wake-up', instruments: ['bells'] },
    { text: 'guitarra acústica a un tempo moderado', band: 'moderate', instruments: ['guitar'] },
    { text: 'contrabajo y piano, muy sereno', band: 'slow', instruments: ['bass', 'piano'] },
    { text: 'cuerdas y coro, rápido y emocionante', band: 'lively', instruments: ['strings', 'choir'] },
    { text: 'nana suave con caja de música', band: 'slow', instruments: ['bells'] },
    { text: 'noche ventosa con un sintetizador grave', band: 'slow', instruments: ['pad'], textures: ['wind'] },
    { text: 'ukelele feliz a ritmo rápido', band: 'lively', instruments: ['guitar'] },
    { text: 'piano de jazz lento', band: 'slow', instruments: ['piano'] },
  ],
  de: [
    { text: 'ruhiges, langsames Klavier mit tiefer Tonlage', band: 'slow', instruments: ['piano'] },
    { text: 'schnelle, energische Gitarre mit Schlagzeug', band: 'lively', instruments: ['guitar'] },
    { text: 'sehr langsames Cello', band: 'slow', instruments: ['strings'] },
    { text: 'sanfter Regen mit leisen Streichern', band: 'slow', instruments: ['strings'], textures: ['rain'] },
    { text: 'fröhliche, lebhafte Flötenmelodie', band: 'lively', instruments: ['flute'] },
    { text: 'lebhafte Tanzmusik mit Glocken', band: 'lively', instruments: ['bells'] },
    { text: 'leiser Chor, der abends summt', band: 'slow', instruments: ['choir'] },
    { text: 'friedliche Harfe am Meer', band: 'slow', instruments: ['guitar'], textures: ['sea'] },
    { text: 'ein schnelles, verspieltes Klavierstück', band: 'lively', instruments: ['piano'] },
    { text: 'trauriges, langsames Geigenspiel', band: 'slow', instruments: ['strings'] },
    { text: 'entspannende Synthesizerflächen mit Meeresrauschen', band: 'slow', instruments: ['pad'], textures: ['sea'] },
    { text: 'Vogelgezwitscher und eine sanfte Flöte im Wald', band: 'slow', instruments: ['flute'], textures: ['birds'] },
    { text: 'energischer Rock mit E-Gitarre', band: 'lively', instruments: ['guitar'] },
    { text: 'schnell anfangen und dann langsamer werden, mit Klavier', arc: 'calm-down', instruments: ['piano'] },
    { text: 'hilf mir beim Einschlafen mit sanften Streichern', arc: 'sleep', instruments: ['strings'] },
    { text: 'weck mich langsam mit Glockenspiel', arc: 'wake-up', instruments: ['bells'] },
    { text: 'Akustikgitarre in mäßigem Tempo', band: 'moderate', instruments: ['guitar'] },
    { text: 'Kontrabass und Klavier, ganz gelassen', band: 'slow', instruments: ['bass', 'piano'] },
    { text: 'Streicherklang und Chor, schnell und aufregend', band: 'lively', instruments: ['strings', 'choir'] },
    { text: 'sanftes Wiegenlied mit Spieluhr', band: 'slow', instruments: ['bells'] },
    { text: 'windige Nacht mit tiefen Synthesizerklängen', band: 'slow', instruments: ['pad'], textures: ['wind'] },
    { text: 'fröhliche Ukulele in schnellem Tempo', band: 'lively', instruments: ['guitar'] },
    { text: 'langsames Jazzklavier', band: 'slow', instruments: ['piano'] },
  ],
};

/**
 * Held out: written after the Spanish and German tables, never used to tune them (their misses are
 * reported, not fixed). Other words for the same kinds of request.
 */
export const LANGUAGE_HELDOUT: Record<'en' | 'es' | 'de', LanguageCase[]> = {
  en: [
    { text: 'unhurried cello and harp for winding down', arc: 'calm-down', instruments: ['strings', 'guitar'] },
    { text: 'rapid bouncy marimba', band: 'lively', instruments: ['bells'] },
    { text: 'slow ocean soundscape with choir', band: 'slow', instruments: ['choir'], textures: ['sea'] },
    { text: 'a fast cheerful fiddle tune', band: 'lively', instruments: ['strings'] },
    { text: 'soft violin and rain on the window', band: 'slow', instruments: ['strings'], textures: ['rain'] },
    { text: 'gentle music box and birds singing', band: 'slow', instruments: ['bells'], textures: ['birds'] },
    { text: 'energetic piano and drums', band: 'lively', instruments: ['piano'] },
    { text: 'slowly drifting synth with wind', band: 'slow', instruments: ['pad'], textures: ['wind'] },
    { text: 'quick flute and guitar duet', band: 'lively', instruments: ['flute', 'guitar'] },
    { text: 'sad slow piano and cello', band: 'slow', instruments: ['piano', 'strings'] },
  ],
  es: [
    { text: 'violonchelo y arpa para relajarme poco a poco', arc: 'calm-down', instruments: ['strings', 'guitar'] },
    { text: 'marimba rápida y alegre', band: 'lively', instruments: ['bells'] },
    { text: 'paisaje sonoro lento del océano con coro', band: 'slow', instruments: ['choir'], textures: ['sea'] },
    { text: 'melodía de violín rápida y alegre', band: 'lively', instruments: ['strings'] },
    { text: 'violín suave y lluvia en la ventana', band: 'slow', instruments: ['strings'], textures: ['rain'] },
    { text: 'cajita de música delicada y pajaritos cantando', band: 'slow', instruments: ['bells'], textures: ['birds'] },
    { text: 'piano enérgico con tambores', band: 'lively', instruments: ['piano'] },
    { text: 'sintetizador lento que flota con viento', band: 'slow', instruments: ['pad'], textures: ['wind'] },
    { text: 'dúo rápido de flauta y guitarra', band: 'lively', instruments: ['flute', 'guitar'] },
    { text: 'piano y violonchelo, tristes y lentos', band: 'slow', instruments: ['piano', 'strings'] },
  ],
  de: [
    { text: 'Cello und Harfe zum Runterkommen', arc: 'calm-down', instruments: ['strings', 'guitar'] },
    { text: 'schnelles, fröhliches Marimbaspiel', band: 'lively', instruments: ['bells'] },
    { text: 'langsame Meeresklanglandschaft mit Chor', band: 'slow', instruments: ['choir'], textures: ['sea'] },
    { text: 'flotte, fröhliche Fiedelmelodie', band: 'lively', instruments: ['strings'] },
    { text: 'leise Violine und Regentropfen am Fenster', band: 'slow', instruments: ['strings'], textures: ['rain'] },
    { text: 'zarte Spieluhr und singende Vögel', band: 'slow', instruments: ['bells'], textures: ['birds'] },
    { text: 'energisches Klavier mit Trommeln', band: 'lively', instruments: ['piano'] },
    { text: 'langsam schwebender Synthesizer mit Wind', band: 'slow', instruments: ['pad'], textures: ['wind'] },
    { text: 'schnelles Duett für Flöte und Gitarre', band: 'lively', instruments: ['flute', 'guitar'] },
    { text: 'Klavier und Cello, traurig und langsam', band: 'slow', instruments: ['piano', 'strings'] },
  ],
};
