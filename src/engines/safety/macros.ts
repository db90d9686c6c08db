import type { ScreenLanguage } from './phrase-list.ts';

/**
 * Named word lists the phrase lists use as `{name}` (see phrase-list.ts), for clinical review:
 * one place to add a medicine, a weekday or a family word for every phrase that names them.
 * Values are `|`-separated single normalised words (lower case, accents folded).
 */
export const MACROS: Readonly<Record<ScreenLanguage, Readonly<Record<string, string>>>> = {
  en: {
    means: 'pills|pill|tablets|tablet|meds|medication|medicine|paracetamol|tylenol|ibuprofen|painkillers|codeine|insulin|lithium|antidepressants|'
      + 'sleeping|oxy|rope|noose|gun|guns|bullets|blade|blades|razor|razors|knife|belt|bleach|charcoal|hosepipe|poison|prescription',
    drugs: 'pills|tablets|meds|medication|paracetamol|tylenol|ibuprofen|painkillers|codeine|insulin|lithium|antidepressants|oxy|prescription',
    time: 'tonight|today|tomorrow|tmrw|tomorow|weekend|friday|saturday|sunday|monday|tuesday|wednesday|thursday|morning|evening|soon|now',
    recent: 'yesterday|tonight|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|week|morning|night|hour|ago',
    kin: 'mum|mom|mother|dad|father|sister|brother|kids|children|son|daughter|family|parents|husband|wife|partner|boyfriend|girlfriend|friend|friends|'
      + 'grandma|grandpa|nan|gran|cousin|neighbour|neighbor|flatmate|roommate',
    pet: 'cat|dog|rabbit|hamster|bird|fish|pet|pets|plants|guinea',
    many: 'all|whole|entire|loads|load|lot|bunch|handful|box|bottle|packet|pack|too',
  },
  es: {
    means: 'pastillas|pastilla|medicamentos|medicinas|pildoras|paracetamol|antidepresivos|cuerda|soga|cuchillo|navaja|cuchilla|pistola|arma|veneno',
    time: 'noche|hoy|manana|finde|viernes|sabado|domingo|lunes|martes|miercoles|jueves|pronto|ahora',
    recent: 'ayer|anoche|hoy|lunes|martes|miercoles|jueves|viernes|sabado|domingo|finde|semana|hace',
    kin: 'mama|mami|madre|papa|padre|hermana|hermano|hijos|hijas|hijo|hija|familia|papas|padres|esposo|esposa|marido|pareja|novio|novia|'
      + 'amiga|amigo|abuela|abuelo|prima|primo',
  },
  de: {
    means: 'tabletten|pillen|medikamente|schlaftabletten|antidepressiva|paracetamol|seil|strick|messer|klinge|klingen|rasierklinge|pistole|waffe|gift',
    time: 'heute|morgen|nacht|abend|wochenende|freitag|samstag|sonntag|montag|dienstag|mittwoch|donnerstag|gleich|bald|jetzt',
    recent: 'gestern|heute|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|wochenende|woche|nacht|vor',
    kin: 'mama|mutter|papa|vater|schwester|bruder|kinder|kind|sohn|tochter|familie|eltern|mann|frau|partner|partnerin|freund|freundin|oma|opa|cousine|cousin',
  },
};
