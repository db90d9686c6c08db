import type { LanguagePhrases } from './phrase-list.ts';

/**
 * German phrases by clinical sign (round 2, issue #14), for clinical review. Umlauts are folded
 * before matching ("müde" is "mude", "Brücke" "brucke", "ß" "ss"). German puts "nicht" and the verb
 * late ("ich will nicht mehr aufwachen"), so many phrases use `...`. Syntax as in phrases-en.ts.
 */
export const SIGNS_DE: LanguagePhrases = {
  language: 'de',
  groups: [
    {
      category: 'suicide', sign: 'intent', level: 'urgent',
      reason: 'sagt, dass die Entscheidung gefallen ist oder wann (says they have decided, or when)',
      phrases: [
        'bring|bringe mich [heute|heut|morgen|gleich|bald] ... um', 'heute nacht ... [bringe ich mich um|mach ich schluss|tu ichs|tue ich es]',
        'heute abend ist schluss', 'ist schluss, fur immer',
        'an dem ich es beende', 'springe nach der arbeit', 'werde mich ... ... erhangen', 'wahrend ich es ... tue', 'alles ist vorbereitet', 'nach diesem post',
        'schluss mit allem', 'ich [spring|springe] ... [brucke|dach|hochhaus|fenster|zug|gleise]', 'stürz|sturz|sturze mich',
        'nehme ... [das leben|mir das leben]', 'mir ... das leben nehmen', 'nicht mehr [leben|da sein] ... [geburtstag|morgen|wochenende]',
        '[niemand|keiner] [halt|wird] mich [auf|aufhalten]', 'kein zuruck', 'sobald ich allein bin',
        'sobald alle schlafen', 'ich nehme ... alle tabletten', 'nehm ... die ganze packung', 'mit absicht gegen', 'bereit zu sterben',
        'ich werd mich umbringen', 'mich aufhangen',
        'ich beende alles', 'beende ich alles', 'will mich heute umbringen',
      ],
    },
    {
      category: 'suicide', sign: 'plan', level: 'urgent',
      reason: 'beschreibt einen Plan (wie, wann, wo) (describes a plan)',
      phrases: [
        'weiss genau wie', 'wie und wann', 'hab alles ... durchdacht', 'nachgelesen wie viele', 'wie viele tabletten',
        'todliche dosis', 'knoten geubt', 'mein plan ist', 'einen plan: tabletten', 'alles fur [sonntag|samstag|freitag|heute|morgen] geplant',
        'der brief, der ort', 'die brucke und die uhrzeit', 'damit mich niemand findet', 'tag und ort', 'der brief, der ort', 'nachgeschaut wie viele',
      ],
    },
    {
      category: 'suicide', sign: 'means', level: 'urgent',
      reason: 'sagt, dass die Mittel bereitliegen oder gesammelt werden (says the means are at hand)',
      phrases: [
        'morgen bin ich nicht mehr da', 'ich bin eine last', 'bin allen eine last', 'leben ist es nicht wert', 'keine kraft mehr [weiterzuleben|zu leben]',
        'mich ein auto uberfahrt',
        '[brucke|haus|hochhaus|ort|tag] ... ausgesucht', 'frische schnitte im sommer', '{means} ... [gesammelt|gehortet|gebunkert|gekauft|versteckt|besorgt]',
        'sammle ... ... [tabletten|schlaftabletten|medikamente]', '[tabletten|schlaftabletten] mit [wein|alkohol|wodka|bier|schnaps]',
        'waffe ... in meinem zimmer versteckt', 'alles, was ich brauche, um', 'alles was ich brauche um', 'genug tabletten', 'ein seil gekauft',
        'messer unter meinem kissen', 'waffe ... versteckt', 'tabletten liegen [gerade|bereit]', 'alles, was ich brauche', 'alles was ich brauche',
        'seil ... [schrank|rucksack|bereit]',
        'klinge ... [rucksack|bereit]', 'in drei apotheken', '{means} ... [vor mir|bereit]', 'das seil hab ich', 'das seil habe ich',
      ],
    },
    {
      category: 'suicide', sign: 'preparation', level: 'urgent',
      reason: 'beschreibt Vorbereitungen (Briefe, Abschiede, Sachen verschenken) (describes preparations)',
      phrases: [
        '[briefe|einen brief] an [meine familie|alle|jeden|meine kinder|meine eltern] ... geschrieben', 'abschiedsbriefe geschrieben', 'jedem einen brief',
        'testament geschrieben', 'einen zettel auf', 'verschenke ... meine sachen', 'meine sachen verschenkt',
        'katze|hund ... gegeben', 'kann mich nicht mehr kummern', 'meine passworter', 'mich von allen verabschiedet', 'brauche sie|ihn|es nicht mehr',
        'video fur meine kinder', 'mein erspartes', 'abschied auf den spiegel', 'ich ziehe nicht um', 'damit sie es danach hat',
        'damit sie keine probleme haben',
      ],
    },
    {
      category: 'suicide', sign: 'farewell', level: 'urgent',
      reason: 'eine Abschiedsnachricht mit Endgültigkeit (a farewell message with finality)',
      phrases: [
        'tschuss an alle', 'mein letzter [eintrag|post|beitrag]', 'meine letzten worte', 'hab euch lieb. tschuss', 'hab euch lieb ... tschuss',
        'es tut mir leid ... tschuss', 'lebt wohl', 'meine letzte nachricht', 'das letzte mal, dass ich', 'wenn du das liest', 'sucht mich nicht',
        'werde sie|ihn|euch nicht wiedersehen',
        'verzeiht mir', 'entschuldigt alles', 'keine last mehr', 'passt auf ... auf, ich', 'nicht langer bleiben',
        'danke fur alles ... [abschied|tschuss|keine sitzungen]',
        'das ist ein abschied', 'seid nicht traurig', '[mein letztes bild|mein letztes lied]', 'zum letzten mal von mir', 'ihr habt getan, was ihr konntet',
        'brauche keine sitzungen mehr', 'hab euch lieb ... tschuss',
      ],
    },
    {
      category: 'suicide', sign: 'attempt', level: 'urgent',
      reason: 'beschreibt einen Versuch (ausgeführt, unterbrochen oder abgebrochen) (describes an attempt)',
      phrases: [
        'versucht mich [umzubringen|zu erhangen|zu toten|aufzuhangen]', 'versucht ... [das leben zu nehmen|mich umzubringen|mich zu toten]',
        'versucht mich ... ... [zu erhangen|umzubringen]', 'handvoll ... geschluckt',
        'wodka mit meinen schlaftabletten', 'dreimal erbrochen', 'suizidversuch', 'selbstmordversuch',
        '[ganze packung|alle tabletten|alle meine tabletten|haufen tabletten|viele tabletten] ... [genommen|geschluckt]',
        'uberdosis', 'im krankenhaus aufgewacht', 'pulsadern aufgeschnitten', 'handgelenk aufgeschnitten', 'am rand der brucke', 'runtergeredet',
        'tabletten schon in der hand',
        'auf den gleisen', 'mit alkohol genommen', 'um nicht aufzuwachen', 'mehr als meine dosis', 'zu viele tabletten', 'tabletten genommen, um',
        'um zu sterben',
      ],
    },
    {
      category: 'suicide', sign: 'active-thoughts', level: 'concern',
      reason: 'beschreibt Suizidgedanken (describes thoughts of suicide)',
      phrases: [
        'denke ... daran, mich umzubringen', 'daran, mir das leben zu nehmen', 'an suizid', 'suizidgedanken', 'todesgedanken', 'suizidal', 'denke ans springen',
        'wie ich es machen wurde', 'denke ich daran, alle zu nehmen',
        'denke darüber nach, wie ich es', 'denke daruber nach, wie', 'meine eigene beerdigung vor', 'sagt mir, ich soll mich umbringen', 'in den gegenverkehr',
        'daran, alle zu nehmen', 'mich umzubringen',
      ],
    },
    {
      category: 'suicide', sign: 'wish-dead', level: 'concern',
      reason: 'Wunsch, tot zu sein oder nicht zu existieren (wishes to be dead)',
      phrases: [
        'nicht mehr aufwachen', 'nicht mehr aufzuwachen', 'nie wieder aufwachen', 'wunschte, ich ware nie geboren', 'nie geboren', 'ware lieber tot',
        'will tot sein', 'mochte tot sein',
        'will nicht mehr leben', 'will nicht mehr existieren', 'nicht mehr da sein', 'egal, ob ich sterbe', 'egal ob ich sterbe', 'dass gott mich holt',
        'im schlaf sterben',
        'fur immer verschwinden', 'will sterben', 'will nich mehr', 'will einfach nicht mehr', 'ware ich doch tot', 'war ich doch tot', 'warum leb ich',
        'warum lebe ich',
        'bei dem unfall gestorben', 'schlaf ich ein und wach nicht mehr auf', 'wach nicht mehr auf', 'im schlaf holt', 'egal, ob ich sterbe',
        'mir ist egal ob ich sterbe',
        'krank zu werden', 'fur immer einzuschlafen', 'krank zu werden, damit', 'krank und alles hort auf', 'nicht am leben sein',
      ],
    },
    {
      category: 'suicide', sign: 'hopelessness', level: 'concern',
      reason: 'sagt, das Leben habe keinen Sinn oder keine Zukunft (says living has no point or future)',
      phrases: [
        'leben hat ... keinen sinn', 'keinen sinn mehr', 'nichts hat mehr einen sinn', 'in nichts mehr einen sinn', 'nichts, wofur es sich', 'wird nie besser',
        'keine zukunft',
        'wozu ... leben', 'keine hoffnung mehr', 'keinen ausweg', 'kann nicht mehr mit diesem leben', 'lebensmude', 'leben aufgegeben',
        'nichts ist mehr wichtig', '[keinen bock|keine lust|keine kraft] mehr auf [das|dieses|mein] leben', '[keinen bock|keine lust] mehr zu leben',
        'warum bin ich ... noch [da|am leben|hier]', 'wozu ... weiterleben', 'nichts, wofur es sich ... lohnt', 'nichts wert und ich auch nicht',
        'warte, dass es vorbei ist', 'warte bis es vorbei ist', 'nicht, dass es heller wird', 'lebenswillen verloren', 'mein leben ist vorbei',
        'warte, dass es vorbei ist', 'nichts wird sich je andern', 'wird heller',
      ],
    },
    {
      category: 'suicide', sign: 'burden', level: 'concern',
      reason: 'fühlt sich als Last: andere wären ohne sie/ihn besser dran (feels a burden)',
      phrases: [
        'besser dran ohne mich', 'allen egal, wenn ich sterbe', 'glucklicher, wenn es mich nicht', 'wenn es mich nicht gabe',
        'mit einer anderen mutter|mama|vater besser', 'glucklicher, wenn es mich nicht', 'glucklicher ohne mich', 'niemand wurde mich vermissen',
        'keiner wurde es merken', 'besser ohne mich',
        'allen nur im weg', 'wenn ich nicht da bin', 'wenn ich nicht da ware', 'egal, wenn ich sterbe', 'leichter, wenn ich nie', 'erleichtert, wenn ich weg',
        'allen das leben kaputt', 'allen nur probleme',
      ],
    },
    {
      category: 'self-harm', sign: 'self-harm', level: 'concern',
      reason: 'beschreibt Selbstverletzung (describes self-harm)',
      phrases: [
        'geritzt', 'ritze', 'ritzen', 'svv', 'selbst verletzt', 'mir ... weh zu tun', 'kratze mich blutig', 'blutig', 'schlage meinen kopf', 'rückfall',
        'ruckfall',
        'frische schnitte', 'wieder geritzt', 'kommt der drang zuruck', 'voller schnitte', 'bestrafe mich', 'muss bluten', 'beisse mir', 'nagel in die arme',
        'mit einem feuerzeug', 'verbrenne mich',
        'schlage mir ins gesicht', 'aufgeritzt', 'drang zu ritzen',
      ],
    },
    {
      category: 'self-harm', sign: 'self-harm-escalation', level: 'urgent',
      reason: 'Selbstverletzung, die sich steigert oder ärztlich versorgt werden muss (escalating or needs care)',
      phrases: [
        'tiefer als', 'so tief', 'genaht werden', 'hort nicht auf zu bluten', 'geht immer wieder auf', 'blasen wirft', 'mit der klinge im bad',
        'ritze ... heute nacht',
        'werde heute nacht ritzen', 'klinge liegt ... bereit',
      ],
    },
    {
      category: 'self-harm', sign: 'eating-disorder', level: 'concern',
      reason: 'beschreibt Hungern, Erbrechen oder Abführmittel als Selbstverletzung (eating disorder)',
      phrases: [
        'nichts gegessen ... [verdiene|werde es auch nicht|leer]', 'esse seit ... nichts', 'esse absichtlich nichts', 'erbreche mich',
        'absichtlich ... erbrochen',
        'abfuhrmittel', 'hungere mich', 'aufhoren zu essen', 'hore auf zu essen', 'so dunn', 'verstecke essen', 'verdiene kein essen',
        'bis ich es mir verdient',
      ],
    },
    {
      category: 'self-harm', sign: 'substance', level: 'concern',
      reason: 'nutzt Alkohol oder Drogen, um sich zu schaden (uses alcohol or drugs to harm themselves)',
      phrases: [
        'bis zum filmriss', 'damit ich nichts fuhle', 'egal, ob ich aufwache', 'egal ob ich aufwache', 'um nichts mehr zu fuhlen', 'um nichts zu fuhlen',
        'tabletten mit alkohol|wodka', 'mit wodka, um',
        'absichtlich betrunken', 'hoffentlich bringt es mich', 'bis ich ... umkippe', 'mehr tabletten als ich darf', 'schmerzmittel genommen, um',
      ],
    },
    {
      category: 'harm-to-others', sign: 'harm-to-others', level: 'urgent',
      reason: 'Absicht oder Mittel, jemanden zu verletzen (intent or means to hurt someone)',
      phrases: [
        'steche ihn|sie ... ab', 'werde ihn|sie|dich ... [erstechen|abstechen|erschiessen|umbringen|toten]', 'messer ... [schule|rucksack] ... [dran|fur den]',
        'liste mit namen',
        'zunde ... an, wahrend', 'wahrend er drin ist', 'morgen ist er dran', 'ihn morgen erstechen', 'dann sind sie dran', 'messer mit in die schule',
      ],
    },
    {
      category: 'harm-to-others', sign: 'harm-to-others', level: 'concern',
      reason: 'Gedanken, jemanden zu verletzen (thoughts of hurting someone)',
      phrases: [
        'stelle mir vor, [meinem|ihm|ihr] ... weh zu tun', 'etwas anzutun', 'will ihn|sie schlagen', 'denen weh tun',
        'angst, [meinem|meinen|meiner] ... weh zu tun',
        'bis er sich nicht mehr bewegt', '[konnte|wurde] [ihn|sie|euch] ... [umbringen|toten|erwurgen]', 'angst, [meinem|meinen|meiner] ... ... weh zu tun',
        'stelle mir vor, ... ... weh zu tun', 'will meinen stiefvater umbringen', 'den leuten ... weh zu tun', 'weh zu tun, die mich',
      ],
    },
    {
      category: 'abuse-danger', sign: 'abuse', level: 'urgent',
      reason: 'in unmittelbarer Gefahr (in immediate danger)',
      phrases: [
        'heute nacht umbringt', 'ein messer und hammert', 'messer ... gerade', 'mich umbringt', 'pistole an den kopf', 'gewurgt bis', 'benutzt es gegen mich',
        'im bad eingeschlossen', 'schlagt gerade meine',
        'hammert gegen meine tur', 'er bringt mich um',
      ],
    },
    {
      category: 'abuse-danger', sign: 'abuse', level: 'concern',
      reason: 'beschreibt Gewalt, Vernachlässigung oder fehlende Sicherheit (abuse, neglect or feeling unsafe)',
      phrases: [
        'zwingt mich', 'angst, heute abend nach hause', 'angst ... nach hause zu gehen', 'sperrt mich ... ... ein', 'wo er mich hinbringt',
        'geheimnisse zu bewahren', 'geheim halten', 'kontrolliert mein handy', 'lasst mich ... nicht', 'blaue flecken', 'schreit mich an',
        'wirft sachen nach mir',
        'die treppe runtergeschubst', 'vergewaltigt', 'schlagen mich', 'ohrfeige', 'veroffentlicht meine fotos', 'schreibt mir nachts',
        'angst vor meinem vater|stiefvater|freund|mann',
        'zuhause nicht sicher', 'da ist es nicht sicher', 'will nicht nach hause', 'kommt nachts in mein zimmer', 'ich soll mich umbringen',
        'tut mir weh, wenn',
        'fasst mich so an', 'angst, dass er ihr weh tut', 'dass er ihr weh tut', 'nicht ohne ihn aus dem haus', 'steht nachts vor meiner',
      ],
    },
    {
      category: 'someone-else-at-risk', sign: 'someone-else', level: 'concern',
      reason: 'eine andere Person ist gefährdet (someone else at risk)',
      phrases: ['sich ... umbringen will', 'sie will sich umbringen', 'er will sich umbringen', 'ritzt sich', 'sie ware tot', 'er ware tot'],
    },
    // Round 3: German word order and compounds. After a time or place first, the verb comes second
    // and the subject third ("morgen früh spring ich"), and separable verbs split ("häng ich mich …
    // auf"); "reicht nicht mehr" marks self-harm escalating.
    {
      category: 'suicide', sign: 'intent', level: 'urgent',
      reason: 'sagt, wann oder wo (Verb vor dem Subjekt) (says when or where, verb before subject)',
      phrases: [
        '[spring|springe] ich ... [brucke|dach|parkhaus|hochhaus|balkon|fenster|gleise|zug|klippe|staudamm|stock|stockwerk]',
        '{time} ... [bring|bringe] ich mich ... um', '{time} ... [hang|hange] ich mich ... auf', '{time} ... [nehm|nehme] ich mir ... das leben',
        '{time} ... [geh|gehe] ich [ins wasser|auf die gleise|vor den zug|in den see|in den fluss]', '{time} ... [tu|tue|mach|mache] [ich es|ichs]',
        '{time} ... [stürz|sturz|sturze] ich mich',
      ],
    },
    {
      category: 'self-harm', sign: 'self-harm-escalation', level: 'urgent',
      reason: 'Selbstverletzung nimmt zu (self-harm escalating)',
      phrases: [
        '[ritzen|schnitte|schneiden|kratzen|verbrennen] ... [reicht|reichen|bringt|bringen] ... nicht mehr', '{time} ... [schneid|schneide|ritz|ritze] ich ... tiefer',
        '{time} ... tiefer ... [schneiden|ritzen]', 'wie weit ich gehen kann', 'so tief ... dass es ... [genaht|klafft]',
      ],
    },
    {
      category: 'suicide', sign: 'attempt', level: 'urgent',
      reason: 'beschreibt einen Versuch (describes an attempt)',
      phrases: [
        '[hab|habe] es ... [wieder|nochmal|erneut] versucht', '[ubers|uber das|uber] ... gelander ... geklettert', 'mit laufendem motor', 'motor laufen lassen',
        'vom [dach|balkon|parkhaus] [gesprungen|springen wollte]', 'in die garage gesetzt', '[tabletten|medikamente|schlaftabletten] ... mit absicht',
        'mit absicht ... [tabletten|medikamente|schlaftabletten]',
      ],
    },
    {
      category: 'suicide', sign: 'preparation', level: 'urgent',
      reason: 'verschenkt Dinge, die nicht mehr gebraucht werden (gives things away)',
      phrases: [
        'alles verschenkt', '[verschenkt|verschenke|weggegeben] ... [brauch|brauche] ... nicht mehr', '[brauch|brauche] ich ja ... nicht mehr',
        'brauch ich eh nix mehr',
      ],
    },
    {
      category: 'suicide', sign: 'farewell', level: 'urgent',
      reason: 'verabschiedet sich endgültig (says a final goodbye)',
      phrases: [
        'verabschiede mich [hiermit|von allen|fur immer]', 'ich verabschiede mich ... von allen', 'wir [sehen|werden] uns nicht [wieder|mehr]',
        'es lag nicht an [ihnen|dir|euch]', 'bin dann mal weg ... fur immer',
      ],
    },
    {
      category: 'self-harm', sign: 'eating-disorder', level: 'concern',
      reason: 'hungert, erbricht oder bestraft sich mit Essen (starving, purging)',
      phrases: [
        '[kotz|kotze|erbreche|erbrech] ... nach [jedem|dem] essen', 'seit ... tagen nur [wasser|kaffee|tee]', 'nur [wasser|kaffee] ... seit ... tagen',
        'essen ... nicht verdient', 'knochen sehen', 'rippen sehen',
      ],
    },
    {
      category: 'suicide', sign: 'burden', level: 'concern',
      reason: 'fühlt sich als Last (feels a burden)',
      phrases: [
        'last fur [meine|die|alle|meine ganze]', 'ohne mich [hatten|waren|ware|hatte] ... [leichter|besser|ruhe|glucklicher|froh]',
        'ohne mich ... besser dran',
      ],
    },
    {
      category: 'suicide', sign: 'art', level: 'concern',
      reason: 'beschreibt sich tot, ertrinkend oder verschwunden (describes themselves dead or gone, often an artwork)',
      phrases: [
        'mit dem gesicht nach unten', 'ich im wasser treib*', 'wo ich im wasser treibe', 'mein korper treibt', '[grabstein|grab] mit meinem namen', 'titel: nicht mehr da',
        'titel: weg', 'mein stuhl ist leer', 'bis man mich kaum noch sieht', 'dahinter ist nichts', 'mich als [grabstein|leiche|geist|toten]',
      ],
    },
    {
      category: 'suicide', sign: 'intent', level: 'urgent',
      reason: 'sagt wann oder wo, in einem Bild oder Prompt (says when or where, in an artwork)',
      phrases: ['[dort|da] werde ich es tun', '[da|dort] [steh|stehe] ich {time}', 'das bin ich [am|heute|morgen] {time}', 'heute endlich aufhort', 'so wird es {time} aussehen'],
    },
    {
      category: 'suicide', sign: 'hopelessness', level: 'concern',
      reason: 'sagt, das Leben habe keinen Sinn oder keine Zukunft (says living has no point)',
      phrases: [
        'hoffnungslos', 'keinen zweck', '[geb|gebe] ... auf', 'nie normal', 'keinen grund mehr', 'schwarzes loch', 'wird sich nie', 'geht nie weg',
        'nicht vorstellen [alter|erwachsen] zu werden', 'sinnloser tag', 'da geht ... nix',
      ],
    },
    {
      category: 'suicide', sign: 'preparation', level: 'urgent',
      reason: 'beschreibt Vorbereitungen (Testament, Passwörter, Briefe) (describes preparations)',
      phrases: [
        'testament [gemacht|geandert|geschrieben]', '[meinem|meiner] ... [passworter|passwort]', 'neues zuhause gefunden', 'sauber gehen', 'umschlag fur',
        'erst danach lesen', 'wird es spater verstehen', 'von allen verabschiedet', 'schulden ... zuruckgezahlt',
      ],
    },
    {
      category: 'suicide', sign: 'farewell', level: 'urgent',
      reason: 'eine Abschiedsnachricht mit Endgültigkeit (a farewell message with finality)',
      phrases: [
        'bin ich schon weg', 'nicht eure schuld', 'nicht ihre schuld', 'meinen frieden gemacht', 'letzter post', 'das letzte was ihr von mir', 'ich hab euch lieb ... tschuss',
        'getan was sie konnten', 'ich bin raus ... passt auf euch auf',
      ],
    },
    {
      category: 'suicide', sign: 'wish-dead', level: 'concern',
      reason: 'Wunsch, tot zu sein oder nicht zu existieren (wishes to be dead)',
      phrases: [
        'mude vom leben', 'todessehnsucht', 'todeswunsch', 'beneide ... [jung gestorben|tot sind]', 'einschlafen und fertig', '[uberfahrt|erwischt|uberfahren] ... erleichtert',
        'aufhoren zu existieren', 'nicht mehr existieren',
      ],
    },
    {
      category: 'suicide', sign: 'intent', level: 'urgent',
      reason: 'sagt, dass die Entscheidung gefallen ist oder wann (says they have decided, or when)',
      phrases: [
        'ich sterbe [diese woche|heute|morgen|am wochenende|bald]', '[mach|mache] ich ein ende', 'ein ende [machen|mache]', '[hab|habe] beschlossen zu sterben',
        'ich [tu|tue] es [dieses wochenende|heute|morgen|heute nacht|heute abend]', 'endgultig entschieden', 'mein entschluss steht',
      ],
    },
    {
      category: 'suicide', sign: 'burden', level: 'concern',
      reason: 'fühlt sich als Last (feels a burden)',
      phrases: ['zur last', 'allen im weg', 'eine zumutung', 'verschwendet [ihre|seine] zeit mit mir', 'ich [wurd|wurde] [ihn|sie|euch] befreien'],
    },
    {
      category: 'suicide', sign: 'attempt', level: 'urgent',
      reason: 'beschreibt einen Versuch (describes an attempt)',
      phrases: [
        'mich erhangt', 'erhangen wollen', 'vor [die s bahn|den zug|die bahn|einen zug] [stellen|werfen] wollen', 'absichtlich vor [einen|ein|den|die] [lkw|auto|bus|zug|bahn]',
        '[seit|nach] dem versuch', 'wollte ich [vom|von der] [balkon|dach|brucke] springen',
      ],
    },
    {
      category: 'suicide', sign: 'means', level: 'urgent',
      reason: 'sagt, dass die Mittel bereitliegen oder gesammelt werden (says the means are at hand)',
      phrases: [
        '[strick|seil] liegt', 'einen vorrat', '[tabletten|schlaftabletten] in [ner|einer] socke', 'in [drei|vier|mehreren|verschiedenen] apotheken', 'die flinte', 'das gewehr',
        'jede zweite tablette zur seite',
      ],
    },
    {
      category: 'suicide', sign: 'plan', level: 'urgent',
      reason: 'beschreibt einen Plan (wie, wann, wo) (describes a plan)',
      phrases: [
        'zug rausgesucht', 'gegen den [bruckenpfeiler|pfeiler|baum] ... [fahr|fahre]', '[fahr|fahre] ... gegen den [bruckenpfeiler|pfeiler|baum]', 'schlauch [hab|habe] ich',
        'alles ist geplant', 'am niedrigsten',
      ],
    },
    {
      category: 'self-harm', sign: 'eating-disorder', level: 'concern',
      reason: 'hungert, erbricht oder bestraft sich mit Essen (starving, purging)',
      phrases: [
        'nur noch jeden zweiten tag', 'kalorien ... nicht verdient', 'hungern ist', 'verboten ... zu essen', 'nur schwarzen kaffee', 'nur [nen|einen] apfel gegessen',
      ],
    },
    {
      category: 'self-harm', sign: 'self-harm', level: 'concern',
      reason: 'beschreibt Selbstverletzung (describes self-harm)',
      phrases: ['[reiss|reisse] mir die haare aus', 'mich wieder geritzt', 'wieder die klinge'],
    },
  ],
};
