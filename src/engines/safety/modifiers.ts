import type { LanguageModifiers } from './phrase-list.ts';

/**
 * Context words that change how a crisis phrase counts, for clinical review. Same phrase syntax as
 * the phrase lists. Effects:
 * - negation (in the same clause, up to four words before the phrase or inside its `...` gap):
 *   the match does not raise the level but is still reported ("I would never hurt myself");
 * - resolved past (anywhere in the clause): one level lower ("I used to cut myself");
 * - figurative (overlapping the match): not counted ("this homework is killing me");
 * - another person as the nearest subject of a phrase without "I/me/my": the match moves to
 *   `someone-else-at-risk` at the same level ("my friend wants to die").
 */
export const MODIFIERS: readonly LanguageModifiers[] = [
  {
    language: 'en',
    negations: ['not', 'never', 'no', 'nor', 'neither'],
    pseudoNegations: [
      'no one', 'no matter', 'no idea', 'not sure', 'not know', 'not only', 'not certain', 'not stop', 'no longer want|wish|care|see|feel|have', 'not care', 'not want to live|exist|wake',
      'not want to be alive|here', 'no reason', 'no point', 'not worth', 'not think i can', 'not see the point', 'not be here',
      'not be around', 'not mind', 'not see why', 'no will|desire to live', 'not feel safe', 'not safe', 'not let me', 'not stop bleeding',
    ],
    resolvedPast: [
      'used to', 'years ago', 'year ago', 'long time ago', 'in the past', 'when i was younger|little|small', 'when i was a kid|child|teen*|teenager', 'when i was in|at school',
      'when i was 1*|2*|3*|4*|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty', 'at age',
      'as a teen*|kid|child', 'back in high school', 'back in school|college', 'been clean', 'clean for', 'recovered from', 'have not since',
      'in recovery',
    ],
    figurative: [
      'die|died|dying of|from embarrassment|laughter|laughing|boredom|cringe|shame|hunger|thirst|heat',
      'died laughing', 'dying to', 'to die for', 'die for a|some|the|this|that', 'disappear into the|a|my music|art|book|story|drawing|painting|game|forest|woods|mountains|countryside|nature|cabin|crowd|background',
      'kill for', 'killing it', 'killed it', 'going to kill|murder me when|if|for|because',
      'will kill|murder me when|if|for|because', 'would kill|murder me if', 'cut* myself some slack', 'cut* myself off', 'cut myself shaving',
      'cut my hair', 'hurt* myself playing|running|skiing|falling|lifting|training|at|in|on|while|during',
      'hit me up', 'it hit* me', 'that hit* me', 'beats me', 'beat me at|in|to', 'suicide prevention|awareness|hotline|rates|rate|bombing|squad|bomber',
      'kill* time', 'kill the mood|vibe|lights|engine', 'dead tired', 'bored to death', 'scared to death', 'sick to death',
      'overdose on chocolate|sugar|caffeine|coffee', 'death of me', 'dead inside', 'could sleep forever|for',  'am|are|is|be so dead', 'dead meat', 'tired of living in|at|here|there', 'self harm awareness', 'murder mystery',
    ],
    otherPeople: [
      'he', 'she', 'they', 'him', 'her', 'his', 'their', 'them', 'friend', 'friends', 'brother', 'sister', 'mom', 'mum', 'mother',
      'dad', 'father', 'son', 'daughter', 'cousin', 'uncle', 'aunt', 'grandma', 'grandpa', 'grandmother', 'grandfather',
      'boyfriend', 'girlfriend', 'partner', 'husband', 'wife', 'classmate', 'roommate', 'colleague', 'neighbour', 'neighbor',
      'someone', 'somebody', 'character', 'kid', 'child', 'student',
    ],
    self: ['i', 'me', 'my', 'myself', 'mine'],
    subjects: ['i', 'you', 'he', 'she', 'we', 'they', 'it', 'that', 'this'],
  },
  {
    language: 'es',
    negations: ['no', 'nunca', 'jamas', 'tampoco', 'ni'],
    pseudoNegations: ['no tengo ganas de vivir', 'no le veo sentido', 'no veo sentido', 'no se si', 'no estoy segura|seguro', 'no quiero vivir', 'no quiero seguir', 'no quiero despertar', 'no puedo mas', 'no aguanto', 'no me siento', 'no estoy segura|seguro en', 'no tengo razones', 'no vale'],
    resolvedPast: ['hace anos', 'hace mucho', 'cuando era nino|nina|pequeno|pequena|joven|adolescente', 'en el pasado', 'solia', 'ya lo supere'],
    figurative: ['muero|muera|morir|morirme|muriendo|muerto|muerta|mato|mata|mataba de', 'me va a matar si|cuando|porque', 'examen|trabajo|calor|frio|espera|trafico|clase|tarea|dia|jefe|jefa me ... mat*', 'me corte el pelo', 'de risa', 'de verguenza', 'de hambre', 'de calor', 'de sueno', 'de ganas', 'me mato trabajando|estudiando', 'matar el tiempo'],
    otherPeople: ['el', 'ella', 'ellos', 'ellas', 'amigo', 'amiga', 'hermano', 'hermana', 'padre', 'madre', 'primo', 'prima', 'novio', 'novia', 'hijo', 'hija'],
    self: ['yo', 'me', 'mi', 'mis'],
    subjects: ['yo', 'tu', 'ella', 'nosotros', 'ellos'],
  },
  {
    language: 'de',
    negations: ['nicht', 'nie', 'niemals', 'kein', 'keine', 'keinen'],
    pseudoNegations: ['keine|keinen lust|bock|kraft mehr', 'nicht mehr leben', 'nicht mehr aufwachen', 'nicht mehr da', 'nicht sicher', 'kein grund', 'keinen sinn', 'nicht mehr leben'],
    resolvedPast: ['fruher', 'vor jahren', 'vor langer zeit', 'als ich kind|jung|junger|jugendlich|klein war', 'in der vergangenheit', 'damals'],
    figurative: ['sterbe|sterben|sterb vor', 'lach* mich ... tot', 'totlachen', 'das|es|dies|diese|dieser bringt mich ... um', 'hitze|arbeit|schule|stress|larm|warten|langeweile|kind|kinder bringt|bringen mich ... um', 'zu tode gelangweilt', 'sterbe vor hunger|langeweile|hitze', 'todmude', 'beim schach|spiel|tennis|fussball|kartenspiel ... geschlagen'],
    otherPeople: ['er', 'sie', 'ihn', 'ihr', 'freund', 'freundin', 'bruder', 'schwester', 'mutter', 'vater', 'mann', 'frau', 'sohn', 'tochter'],
    self: ['ich', 'mich', 'mir', 'mein', 'meine'],
    subjects: ['ich', 'du', 'er', 'wir', 'ihr', 'es', 'das'],
  },
];
