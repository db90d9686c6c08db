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
    negations: ['not', 'never', 'no', 'nor', 'neither', 'zero'],
    pseudoNegations: [
      'no one', 'no matter', 'no idea', 'not sure', 'not know', 'not only', 'not certain', 'not stop', 'no longer want|wish|care|see|feel|have', 'not care',
      'not want to live|exist|wake',
      'not want to be alive|here', 'not want to do this|life', 'no reason', 'no point', 'not worth', 'not think i can', 'not see the point', 'not be here',
      'not be around', 'not mind', 'not see why', 'no will|desire to live', 'not feel safe', 'not safe', 'not let me', 'not stop bleeding',
    ],
    resolvedPast: [
      'used to', 'years ago', 'year ago', 'long time ago', 'in the past', 'when i was younger|little|small', 'when i was a kid|child|teen*|teenager',
      'when i was in|at school',
      'when i was 1*|2*|3*|4*|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty', 'at age',
      'have not ... in|for ... years|months', 'back then', 'as a teen*|kid|child', 'back in high school', 'back in school|college', 'been clean', 'clean for',
      'recovered from', 'have not since',
      'in recovery', 'a decade ago', 'years back', 'long ago', 'once upon a time', 'in my teens|twenties|20s|30s', 'as a teenager|student',
      'back in high school|uni|college|the day|the 90s|2000s', 'my teenage self', 'the old me', 'my younger self',
    ],
    figurative: [
      'die|died|dying of|from embarrassment|laughter|laughing|boredom|cringe|shame|hunger|thirst|heat',
      'died laughing', 'dying to', 'to die for', 'die for a|some|the|this|that',
      'disappear into the|a|my music|art|book|story|drawing|painting|game|forest|woods|mountains|countryside|nature|cabin|crowd|background',
      'kill for', 'killing it', 'killed it', 'going to kill|murder me when|if|for|because',
      'will kill|murder me when|if|for|because', 'would kill|murder me if', 'cut* myself some slack', 'cut* myself off', 'cut myself shaving',
      'cut my hair', 'hurt* myself playing|running|skiing|falling|lifting|training|at|in|on|while|during',
      'hit me up', 'it hit* me', 'that hit* me', 'beats me', 'beat me at|in|to', 'suicide prevention|awareness|hotline|rates|rate|bombing|squad|bomber',
      'kill* time', 'kill the mood|vibe|lights|engine', 'dead tired', 'bored to death', 'scared to death', 'sick to death',
      'overdose on chocolate|sugar|caffeine|coffee', 'kill*|killed myself laughing', 'disappear under|beneath|behind|inside the|a|my',
      'disappear [to a|to the|for a|for the|for some|into a good|into a new|into the woods]', 'disappear into my books|bed|room|work|games|hobbies|music|art',
      'nearly|almost killed myself', 'dead serious', 'full i could die',
      'could die of', 'pills|tablets|meds|medicine|medicines|medication|prescription to the pharmacy|chemist', 'disposed of',
      'took|take|taken ... ... to the pharmacy|chemist', 'death of me', 'dead inside', 'could sleep forever|for', 'am|are|is|be so dead', 'dead meat',
      'tired of living in|at|here|there', 'self harm awareness', 'murder mystery',
    ],
    recovered: [
      'better place', 'good place', 'behind me', 'another life', 'doing well|better|great|fine|okay|ok',
      'am well|better|fine|okay|happy|safe|ok|alive|grateful',
      'in recovery', 'recovered', 'fully recovered', 'proud of myself', 'grateful', 'they are gone', 'it is gone', 'not anymore', 'not any more',
      'do not anymore',
      'not true', 'helped me|a lot', 'therapy helped', 'got help', 'worked through it', 'long gone', 'feel safe', 'happy now', 'married|happy|sober|clean',
      'much better', 'a lot better', 'come so far', 'volunteer', 'a mum|mom|dad of', 'feel strong|good|great|well|healthy|happy|alive',
      'i am 2*|3*|4*|5*|6*|7* now', 'years later', 'years since', 'since then', 'these days i', 'celebrat*', 'thriving',
    ],
    distress: [
      'do not know what to do', 'keep thinking about', 'cannot stop thinking', 'cannot sleep', 'have not slept', 'not slept', 'scared', 'terrified',
      'worried sick',
      'my fault', 'blame myself', 'should have been me', 'join him|her|them', 'cannot cope', 'not coping', 'haunts me', 'falling apart', 'want to die too',
      'it should have been', 'makes me want to', 'cannot stop crying', 'panic', 'freaking out', 'what do i do',
    ],
    otherPeople: [
      'he', 'she', 'they', 'him', 'her', 'his', 'their', 'them', 'friend', 'friends', 'brother', 'sister', 'mom', 'mum', 'mother',
      'celebrity', 'singer', 'actor', 'rapper', 'streamer', 'patient', 'patients', 'people', 'man', 'woman', 'boy', 'girl', 'teen', 'teenager', 'students',
      'person',
      'victim', 'victims', 'nephew', 'niece', 'mate', 'teammate', 'coworker', 'stepdad', 'stepmum', 'stepmom', 'grandmother', 'grandma', 'nan', 'gran',
      'flatmate', 'colleague',
      'dad', 'father', 'son', 'daughter', 'cousin', 'uncle', 'aunt', 'grandma', 'grandpa', 'grandmother', 'grandfather',
      'boyfriend', 'girlfriend', 'partner', 'husband', 'wife', 'classmate', 'roommate', 'colleague', 'neighbour', 'neighbor',
      'someone', 'somebody', 'character', 'kid', 'child', 'student',
    ],
    self: ['i', 'me', 'my', 'myself', 'mine'],
    subjects: ['i', 'you', 'he', 'she', 'we', 'they', 'it', 'that', 'this'],
  },
  {
    language: 'es',
    negations: ['no', 'nunca', 'jamas', 'tampoco', 'ni', 'cero'],
    pseudoNegations: [
      'no tengo ganas de vivir', 'no le veo sentido', 'no veo sentido', 'no se si', 'no estoy segura|seguro', 'no quiero vivir', 'no quiero seguir',
      'no quiero despertar', 'no puedo mas', 'no aguanto', 'no me siento', 'no estoy segura|seguro en', 'no tengo razones', 'no vale',
    ],
    resolvedPast: [
      'cuando tenia ... anos', 'a los 1*|2*|3*|4*|5*', 'llevo ... sin', 'antes me|yo', 'hace anos', 'hace mucho',
      'cuando era nino|nina|pequeno|pequena|joven|adolescente', 'en el pasado', 'solia', 'ya lo supere',
      'hace ... anos', 'de adolescente|joven|chica|chico|nina|nino|chiquita|chiquito', 'en la secundaria|prepa|facu|universidad', 'hubo un tiempo|invierno|ano|verano',
    ],
    figurative: [
      'chiste|video|meme|pelicula|serie me ... mato|mata|mataste', 'me mataste', 'tirar* a la alberca|piscina|pileta|playa|cama',
      'desaparecer debajo|bajo|entre de',
      'desaparecer debajo de', 'muero|muera|morir|morirme|muriendo|muerto|muerta|mato|mata|mataba de', 'me va a matar si|cuando|porque',
      'examen|trabajo|calor|frio|espera|trafico|clase|tarea|dia|jefe|jefa me ... mat*', 'me corte el pelo', 'de risa', 'de verguenza', 'de hambre', 'de calor',
      'de sueno', 'de ganas', 'me mato trabajando|estudiando', 'matar el tiempo',
    ],
    recovered: [
      'estoy bien|mejor|feliz|tranquila|tranquilo|orgullosa|orgulloso', 'ya lo supere', 'lo supere', 'ya no', 'me ayudo', 'me ayudo mucho', 'en recuperacion',
      'recuperada|recuperado',
      'salio adelante', 'sali adelante', 'a salvo', 'soy feliz', 'hace mucho', 'he avanzado', 'ahora estoy', 'trabajado en terapia', 'mucho mejor',
      'tengo 2*|3*|4*|5*|6*|7* anos', 'desde entonces', 'anos despues', 'ya no lo pienso', 'celebr*', 'agradecida|agradecido',
    ],
    distress: [
      'no se que hacer', 'no dejo de pensar', 'no puedo dejar de pensar', 'no puedo dormir', 'no he dormido', 'miedo', 'asustada|asustado', 'mi culpa',
      'deberia haber sido yo', 'no puedo con esto', 'me persigue', 'quiero morirme tambien',
    ],
    otherPeople: ['el', 'ella', 'ellos', 'ellas', 'amigo', 'amiga', 'hermano', 'hermana', 'padre', 'madre', 'primo', 'prima', 'novio', 'novia', 'hijo', 'hija',
      'tia', 'tio', 'abuela', 'abuelo', 'companero', 'companera', 'paciente', 'chico', 'chica', 'persona', 'personas', 'vecina', 'vecino'],
    self: ['yo', 'me', 'mi', 'mis'],
    subjects: ['yo', 'tu', 'ella', 'nosotros', 'ellos'],
  },
  {
    language: 'de',
    negations: ['nicht', 'nie', 'niemals', 'kein', 'keine', 'keinen', 'null', 'nix'],
    pseudoNegations: [
      'keine|keinen|null lust|bock|kraft mehr', 'null bock auf leben', 'nicht mehr leben', 'nix mehr wert', 'nicht mehr aus', 'nicht mehr kann', 'nicht mehr aufwachen', 'nicht mehr da', 'nicht sicher', 'kein grund', 'keinen sinn',
      'nicht mehr leben',
    ],
    resolvedPast: [
      'seit ... nicht mehr', 'seit ... jahren|monaten nicht', 'fruher', 'vor jahren', 'vor langer zeit', 'als ich kind|jung|junger|jugendlich|klein war',
      'in der vergangenheit', 'damals', 'vor ... jahren', 'als jugendliche|jugendlicher|teenager|teenie|kind|schulerin|schuler', 'in der schulzeit|jugend|pubertat',
      'als ich 1*|2*|3* war',
    ],
    figurative: [
      'fur ... toten|morden', 'bringt|bringen mich noch um', 'suizidpravention', 'pravention', 'sterbe|sterben|sterb vor', 'lach* mich ... tot', 'totlachen',
      'das|es|dies|diese|dieser bringt mich ... um', 'hitze|arbeit|schule|stress|larm|warten|langeweile|kind|kinder bringt|bringen mich ... um',
      'zu tode gelangweilt', 'sterbe vor hunger|langeweile|hitze', 'todmude', 'beim schach|spiel|tennis|fussball|kartenspiel ... geschlagen',
    ],
    recovered: [
      'geht es mir gut|besser', 'geht mir gut|besser', 'uberwunden', 'bin stolz', 'stolz', 'glucklich', 'in der genesung', 'in sicherheit', 'geschafft',
      'hat geholfen',
      'aufgearbeitet', 'nicht mehr', 'heute bin ich', 'so weit gekommen', 'seit langem', 'viel besser',
      'bin jetzt 2*|3*|4*|5*|6*', 'seitdem', 'jahre spater', 'dankbar', 'feier*',
    ],
    distress: [
      'weiss nicht was ich tun soll', 'weiss nicht was ich machen soll', 'muss immer daran denken', 'kann nicht schlafen', 'nicht geschlafen', 'angst',
      'meine schuld',
      'hatte ich sein sollen', 'halte das nicht aus', 'will auch sterben',
    ],
    otherPeople: ['er', 'sie', 'ihn', 'ihr', 'freund', 'freundin', 'bruder', 'schwester', 'mutter', 'vater', 'mann', 'frau', 'sohn', 'tochter', 'patienten',
      'tante', 'onkel', 'oma', 'opa', 'cousine', 'cousin', 'mitschuler', 'mitschulerin', 'patient', 'patientin', 'junge', 'madchen', 'menschen', 'nachbarin',
      'nachbar',
    ],
    self: ['ich', 'mich', 'mir', 'mein', 'meine'],
    subjects: ['ich', 'du', 'er', 'wir', 'ihr', 'es', 'das'],
  },
];
