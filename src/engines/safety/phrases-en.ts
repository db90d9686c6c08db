import type { LanguagePhrases } from './phrase-list.ts';

/**
 * English crisis phrases, for clinical review. Syntax: see phrase-list.ts (`*` word ending,
 * `a|b` alternatives, `...` up to three words between). Levels follow the screen's definitions:
 * urgent = current intent, plan, means or imminent action; concern = passive ideation, self-harm,
 * danger from or to others. When in doubt a phrase is listed: a missed crisis costs more than a
 * false alarm, and the therapist reviews every alert.
 */
export const PHRASES_EN: LanguagePhrases = {
  language: 'en',
  groups: [
    {
      category: 'suicide',
      level: 'urgent',
      reason: 'states intent, a plan, means or a time to end their life',
      phrases: [
        'kill* myself', 'end* my life', 'know ... how ... do it', 'bleed out', 'how long ... to die|drown', 'not have to worry about me ... longer|anymore|soon',
        'not be a problem|burden ... longer|after|anymore', 'counting down ... until|till i can end|die', 'end my own life', 'take my own life', 'take my life',
        'off myself', 'commit suicide', 'going to end it', 'will end it', 'end it all tonight|today|now|soon',
        'plan* to die|suicide', 'have a plan to', 'made a plan to', 'suicide note', 'goodbye letter*|note*|message*', 'saying goodbye to everyone', 'this is goodbye', 'will not be here tomorrow',
        'not be around much longer', 'hang myself', 'shoot myself', 'drown myself', 'poison myself', 'gas myself',
        'slit* my wrist*|throat', 'jump off|from the|a bridge|roof|building|cliff', 'jump in front of',
        'am standing on the|a bridge|roof|ledge', 'standing on the|a bridge|roof|ledge right now|now', 'am on the|a bridge|roof|ledge',
        'on the ledge', 'bottle of pills|tablets', 'how many ... it takes', 'how many ... would kill', 'how many ... to die', 'how many paracetamol|pills|tablets|painkillers',
        'googl*|search*|look* up ... how to die|hang|overdose|kill', 'lethal dose', 'how to kill myself', 'feel like ending|end it', 'goodbye everyone|world|forever', 'took all|too many|loads ... pills|tablets|meds',
        'took 1*|2*|3*|4*|5*|6*|7*|8*|9* of my pills|tablets|meds|sleeping|painkillers', 'overdose', 'overdosing', 'overdosed',
        'took all my|the pills', 'took a bunch of pills', 'swallow* ... pills',
        'sav*|stockpil*|collect*|hoard* ... pills|meds|tablets|medication', 'have the pills|rope|gun|blade', 'bought a rope|gun',
        'rope ready', 'pills ready', 'tonight is the night', 'last night alive', 'want to die tonight',
        'do it tonight', 'bottle of ... pills|tablets', 'jump tonight|today|now', 'written|wrote|made|make my will', 'sorted ... passwords',
        'around my neck', 'belt|rope|cord|scarf ... neck', 'say* sorry and goodbye', 'letter* ... goodbye',
        'never come back', 'giv* away my|all', 'giv* my things|stuff|belongings away', 'giving ... things away', 'when i am gone', 'after i am gone',
        'after i die', 'want* to drive|crash ... into', 'drive|crash my car into', 'tried to kill myself', 'attempted suicide', 'suicide attempt',
      ],
    },
    {
      category: 'suicide',
      level: 'concern',
      reason: 'passive wish to be dead or not to exist',
      phrases: [
        'suicid*', 'want* to die', 'want ... to die', 'wish* i was|were dead', 'wish* i was|were not here|alive|born',
        'wish* i had never been born', 'wish* i could disappear', 'want to disappear', 'better off dead',
        'better off without me', 'be better without me', 'no reason to live', 'no point in|to living|live',
        'nothing to live for', 'why ... keep living|going', 'why ... go on living', 'reason to keep living|going', 'reason to go on', 'not want to live|exist', 'not want to be alive|here', 'not want to wake up',
        'hope i never|not wake up', 'never wake up again', 'cannot go on', 'cannot do this anymore',
        'cannot take it anymore', 'tired of living|life|existing', 'tired of being alive', 'hate being alive|here|born', 'hate living|existing', 'no will|desire to live', 'my blades|razors', 'hide|hid|hiding my blades|razors', 'cannot|not see myself ... alive|living|here', 'life has no meaning|point|purpose', 'my life is meaningless|pointless', 'not worth living',
        'what ... point of living|life', 'what ... point of going on', 'what ... point of being alive', 'life is not worth', 'sleep forever', 'want it all to end', 'want everything to end',
        'end it all', 'no longer want to live|be here', 'rather be dead', 'rather not exist', 'would not mind dying',
        'not mind if i died', 'if i died', 'if i was|were gone', 'nobody would miss me', 'no one would miss me', 'nobody would care if i', 'no one would care if i',
        'everyone would be better off', 'ready to die', 'thinking about death|dying', 'thoughts of death|dying',
        'not sure ... want to live|exist', 'not sure ... want to be alive|here', 'not know ... want to live|exist',
        'not know ... want to be alive|here', 'burden to everyone', 'would be ... without me', 'better|lighter|easier|happier|fine|okay without me', 'point of|in me',
        'hit by a car|bus|train|truck|lorry', 'stop* existing', 'stopped existing', 'no point anymore', 'no point any more', 'done with life|living', 'step* in front of', 'in front of a|the bus|train|truck|lorry',
        'stop forever', 'end forever', 'fine|okay|happier|better if i was|were not here|around|alive',
        'i ... die|disappear|vanish|vanished', 'wish ... not exist|existed', 'and not|never wake up',
        'not wake up again', 'train|railway tracks', 'edge of the|a roof|platform|cliff', 'not see a future', 'not see a way out', 'see no future', 'see no way out', 'no way out', 'no future for me|myself',
        'never woke|wake up', 'asleep forever', 'waste of space|oxygen|air', 'my own funeral', 'plan* my funeral', 'ending it', 'if i was|were not around|alive|here', 'if i live or die',
        'whether i live or die', 'everything|life|it all is pointless|meaningless', 'everything is pointless', 'i am a burden', 'disappear forever', 'stop existing', 'want to be dead', 'want out of life',
      ],
    },
    {
      category: 'self-harm',
      level: 'urgent',
      reason: 'intends to hurt themselves now, or a self-injury may need medical help',
      phrases: [
        'going to cut|hurt|harm|burn myself', 'will cut|hurt|harm|burn myself', 'going to self harm', 'will self harm', 'cut too deep', 'cannot stop the bleeding',
        'will not stop bleeding', 'bleeding a lot',
      ],
    },
    {
      category: 'self-harm',
      level: 'concern',
      reason: 'describes self-harm or the urge to self-harm',
      phrases: [
        'cut* myself', 'cut* my arm*|wrist*|leg*|thigh*', 'hurt* myself', 'harm* myself', 'self harm*', 'self injur*',
        'burn* myself', 'hit* myself', 'punch* myself', 'scratch* myself', 'bang* my head', 'starv* myself',
        'make myself bleed', 'made myself bleed', 'urge to cut|hurt', 'cutting again', 'started cutting', 'relapsed on self',
        'razor blade*', 'scratch* my arm*|leg*|skin|wrist*|thigh*', 'keep cutting', 'cutting ... deeper', 'until ... bruise*', 'bite|bit|biting my arm*|hand*|wrist*|skin', 'keep* ... razor|razors|blade|blades', 'punch* the|a wall', 'until ... bled|bleed|bleeds|bleeding', 'blades to cut', 'want to feel pain', 'deserve to hurt|suffer|bleed', 'punish myself',
      ],
    },
    {
      category: 'harm-to-others',
      level: 'urgent',
      reason: 'states intent or a plan to hurt someone',
      phrases: [
        'going to kill|shoot|stab|murder|hurt him|her|them|you|everyone|everybody|somebody|someone|people|my',
        'will kill|shoot|stab|murder|hurt him|her|them|you|everyone|everybody|somebody|someone|people|my',
        'shoot up the|my school|class|office|work', 'bring*|brought a gun|knife|weapon to school|work|class',
        'have a gun and', 'make them all pay', 'going to|will make him|her|them pay|bleed|suffer', 'kill them all', 'kill everyone', 'they will all pay',
      ],
    },
    {
      category: 'harm-to-others',
      level: 'concern',
      reason: 'describes urges or thoughts of hurting someone',
      phrases: [
        'want* to kill|hurt|stab|shoot|strangle|beat him|her|them|you|someone|somebody|people|everyone|my',
        'could kill him|her|them', 'feel like killing|hurting someone|somebody|him|her|people',
        'thoughts of hurting|killing', 'thinking about hurting|killing someone|somebody|him|her|them|people|my',
        'urge to hurt|kill someone|somebody|people|him|her', 'make him|her|them pay', 'kill yourself', 'imagin*|fantasi*|picture ... hurting|killing|stabbing|shooting',  'hurt|kill anyone|anybody who', 
        'want* to hurt|kill|punish the people|person|ones|guy|man|woman', 'might|could hurt|harm my baby|child|children|kids|son|daughter', 'know where he|she|they live*', 'hurt the baby', 'shake the baby',
      ],
    },
    {
      category: 'abuse-danger',
      level: 'urgent',
      reason: 'in immediate danger from someone',
      phrases: [
        'threaten* to kill me', 'going to kill me', 'will kill me', 'tried to kill me', 'has a gun|knife',
        'pointed a gun|knife at me', 'choked|strangled me', 'choking|strangling me', 'not safe right now',
        'not safe tonight',
      ],
    },
    {
      category: 'abuse-danger',
      level: 'concern',
      reason: 'describes abuse, violence or not feeling safe',
      phrases: [
        'hit*|beat*|kick*|slap*|punch*|shove*|chok*|burn* me', 'abus* me', 'abused', 'molest*', 'rape*',
        'touch* me when|where|there|down|inappropriately', 'touched me', 'forced me to|into', 'force me to',
        'afraid|scared|terrified to go home', 'afraid|scared|terrified of him|her|them',
        'afraid|scared|terrified of my dad|father|mom|mum|mother|husband|wife|partner|boyfriend|girlfriend|stepdad|stepfather|stepmom|stepmother|uncle|brother|ex',
        'not safe at home', 'not feel safe', 'not safe with him|her|them', 'locked me in', 'will not let me leave',
        'hurts me', 'hurt me again', 'comes|came into my room|bed at|when', 'into my room at night', 'hit*|beat*|hurt*|chok* my mom|mum|mother|sister|brother|little', 'not to tell anyone|anybody',
        'told me not to tell', 'throw*|threw ... at me', 'make* me uncomfortable', 'keep it a secret', 'our secret',
        'sends|sent me pictures|photos|messages at night', 'lock*|locked me in|out', 'not let me see|go|leave|talk|eat', 'takes|took my phone',
        'push*|pushed|shov* me down|into|against|over', 'threaten* me', 'bruises from', 'left bruises', 'domestic violence',
        'being bullied', 'they bully me', 'stalking me', 'follows me home', 'follow* me home|around|everywhere', 'sent nudes of me', 'blackmail* me',
      ],
    },
    {
      category: 'someone-else-at-risk',
      level: 'urgent',
      reason: 'someone else may be about to end their life',
      phrases: [
        'kill* himself|herself|themselves|themself tonight|today|now', 'going to kill himself|herself|themselves|themself',
        'took an overdose', 'said goodbye to everyone',
      ],
    },
    {
      category: 'someone-else-at-risk',
      level: 'concern',
      reason: 'someone else is at risk of suicide or self-harm',
      phrases: [
        'kill* himself|herself|themselves|themself', 'cut*|hurt*|harm* himself|herself|themselves|themself',
        'is suicidal', 'died by suicide', 'committed suicide', 'took his|her|their own life',
      ],
    },
  ],
};
