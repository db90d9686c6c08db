import type { LanguagePhrases } from './phrase-list.ts';

/**
 * German crisis phrases, for clinical review (umlauts are folded before matching: "schlägt" is
 * written "schlagt", "töten" "toten"). Syntax and levels as in phrases-en.ts. German puts "nicht"
 * and "nie" inside the verb phrase ("ich würde mich nie umbringen"), so phrases use `...` and the
 * screen checks those gaps for negation.
 */
export const PHRASES_DE: LanguagePhrases = {
  language: 'de',
  groups: [
    {
      category: 'suicide',
      level: 'urgent',
      reason: 'äußert Absicht, Plan, Mittel oder Zeitpunkt (states intent, plan, means or timing)',
      phrases: [
        'mich ... umbringen', 'bringe|bring mich ... um', 'bringe|bring ich mich ... um', 'spring|springe ... dach|brucke|hochhaus|fenster', 'mach|mache ... schluss mit allem', 'weiss ... wie ich es ... machen|tun', 'mach|mache ... schluss mit dem leben', 'hang|hange mich ... auf', 'erhange mich', 'mir ... das leben nehmen', 'mich ... toten', 'nehme mir ... das leben',
        'abschiedsbrief*', 'tabletten gesammelt|gehortet', 'alle tabletten genommen', 'zu viele tabletten', 'tabletten ... zu viele', 'uberdosis',
        'von der|einer|dem brucke|dach|hochhaus springen', 'vor den|einen zug', 'mich ... erhangen|aufhangen',
        'heute nacht ... schluss machen', 'versucht mich umzubringen', 'mich umzubringen', 'mir das leben zu nehmen', 'mich zu toten',
      ],
    },
    {
      category: 'suicide',
      level: 'concern',
      reason: 'passiver Todeswunsch (passive wish to be dead)',
      phrases: [
        'suizid*', 'selbstmord*', 'will ... sterben', 'mochte ... sterben', 'wunschte ich ware tot', 'ware lieber tot',
        'will nicht mehr leben', 'mochte nicht mehr leben', 'will nicht mehr aufwachen', 'will nicht mehr da sein',
        'will einfach verschwinden', 'nicht mehr existieren', 'besser dran ohne mich', 'besser ohne mich', 'keinen sinn mehr zu leben',
        'kein grund zu leben', 'ich will nicht mehr', 'keinen ausweg', 'kein ausweg', 'ich kann nicht mehr leben', 'lebensmude', 'ich bin eine last', 'wenn ich nicht mehr da|hier ware', 'wenn ich weg|tot ware', 'keiner|niemand wurde es merken', 'will|mochte weg ... fur immer', 'fur immer weg', 'niemand ... mich vermissen', 'leid zu leben', 'mude zu leben', 'keine kraft mehr zu leben', 'nicht mehr aufwachen',
      ],
    },
    {
      category: 'self-harm',
      level: 'concern',
      reason: 'beschreibt Selbstverletzung (describes self-harm)',
      phrases: ['ritze mich', 'ritzen', 'geritzt', 'mich ... verletzen', 'verletze mich', 'selbstverletz*', 'mich ... schneiden', 'aufgeschnitten', 'aufgeritzt', 'schneide mich', 'mir ... weh tun'],
    },
    {
      category: 'harm-to-others',
      level: 'urgent',
      reason: 'Absicht, jemanden zu verletzen (intent to hurt someone)',
      phrases: ['bringe|bring ihn|sie|dich ... um', 'werde ihn|sie|dich ... toten|umbringen|abstechen|erschiessen'],
    },
    {
      category: 'harm-to-others',
      level: 'concern',
      reason: 'Gedanken, jemanden zu verletzen (thoughts of hurting someone)',
      phrases: ['will|mochte ihn|sie|dich ... umbringen|toten|verletzen|schlagen'],
    },
    {
      category: 'abuse-danger',
      level: 'urgent',
      reason: 'in unmittelbarer Gefahr (in immediate danger)',
      phrases: ['droht mich umzubringen', 'gedroht ... mich ... toten|umzubringen', 'droht mir mich umzubringen', 'bringt mich um', 'mich ... gewurgt', 'wurgt mich', 'will mich umbringen', 'hat ein messer|eine waffe|eine pistole'],
    },
    {
      category: 'abuse-danger',
      level: 'concern',
      reason: 'beschreibt Gewalt oder fehlende Sicherheit (abuse or not feeling safe)',
      phrases: [
        'schlagt mich', 'schlug mich', 'schlagt|schlug ... mich', 'schlagt|schlug|verprugelt meine|meinen mutter|mama|bruder|schwester', 'hat mich ... geschlagen', 'tritt mich', 'verprugelt', 'verhauen', 'missbraucht mich', 'hat mich ... missbraucht',
        'hat mich ... vergewaltigt', 'angst nach hause', 'angst vor meinem vater|mann|freund|stiefvater|partner',
        'angst vor meiner mutter|frau|freundin|partnerin', 'fuhle mich ... nicht sicher', 'bedroht mich', 'fasst mich an', 'hat mich ... angefasst|begrapscht', 'mich ... anfassen', 'sperrt mich ein', 'sperrt|sperrte mich ... ein',
      ],
    },
    {
      category: 'someone-else-at-risk',
      level: 'concern',
      reason: 'eine andere Person ist gefährdet (someone else at risk)',
      phrases: ['will sich umbringen', 'sich ... das leben genommen', 'ritzt sich', 'hat sich umgebracht'],
    },
  ],
};
