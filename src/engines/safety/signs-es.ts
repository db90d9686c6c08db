import type { LanguagePhrases } from './phrase-list.ts';

/**
 * Spanish phrases by clinical sign (round 2, issue #14), for clinical review. Accents are folded
 * before matching ("decidí" is "decidi", "mañana" "manana"); clitics are written both ways ("me
 * voy a matar", "voy a matarme"). Syntax as in phrases-en.ts; `{name}` lists are in macros.ts.
 */
export const SIGNS_ES: LanguagePhrases = {
  language: 'es',
  groups: [
    {
      category: 'suicide', sign: 'intent', level: 'urgent',
      reason: 'dice que ha decidido quitarse la vida, o cuándo (says they have decided to end their life, or when)',
      phrases: [
        'me voy a [quitar la vida|matar|suicidar|colgar|ahorcar|tirar|aventar|morir]',
        'voy a [quitarme la vida|matarme|suicidarme|colgarme|ahorcarme|tirarme|aventarme]',
        'hoy|manana|noche ... me mato', 'me mato [esta noche|hoy|manana]', 'esta noche ... [me mato|lo hago|termino|acabo]', 'hoy [termino|acabo] con todo',
        'acabar con todo',
        'terminar con todo', 'ya no [voy a estar|estare|estoy] manana', 'manana ya no estoy', 'voy a hacerlo [hoy|esta noche|manana]',
        'nadie [me va a|me puede|lo va a] [detener|parar|impedir]', 'ya tome la decision', 'en cuanto me quede [sola|solo]', 'acabo con todo',
        'ya no voy a estar', 'ya no voy a despertar', 'me encargo esta noche', 'mientras lo hago', 'cuando todos se duerman',
        'voy a [saltar|tirarme] del|de|por', 'me tiro [del|de|por] [balcon|puente|ventana|edificio|techo|azotea]',
        'me voy a tomar todas', 'todo listo para irme', 'irme esta noche', 'voy a hacerlo [esta noche|manana]', 'lo voy a hacer esta noche',
        'voy a tomarme todas', 'tomo todo el frasco', 'me quito la vida',
        'decidi [como|cuando]', 'me mato alv', 'hoy me suicido',
      ],
    },
    {
      category: 'suicide', sign: 'plan', level: 'urgent',
      reason: 'describe un plan (cómo, cuándo o dónde) (describes a plan)',
      phrases: [
        'ya se como ... hacer|hare|hacerlo', 'se como y cuando', 'tengo todo [planeado|pensado]', 'busque ... [cuantas pastillas|dosis letal|como morir]',
        'dosis letal', 'cuantas pastillas', 'practique el nudo', 'mi plan es', 'tengo un plan: las pastillas', 'ya elegi el puente|edificio|lugar',
        'elegi el edificio', 'y la hora', 'para que nadie me encuentre', 'el dia y el lugar', 'ya tengo el dia', 'he planeado todo',
      ],
    },
    {
      category: 'suicide', sign: 'means', level: 'urgent',
      reason: 'dice que tiene o junta los medios (says they have or are gathering the means)',
      phrases: [
        'tengo [la cuerda|una cuerda|la soga|una soga|una navaja|la navaja|la pistola|el arma|veneno]',
        'tengo ... pastillas [guardadas|suficientes|escondidas]',
        'guardando ... pastillas|medicamentos', 'pastillas [guardadas|escondidas|suficientes]', 'suficientes pastillas', 'junte ... pastillas|medicamentos',
        'compre [una soga|una cuerda|veneno|pastillas]',
        'compre ... en [tres|varias|distintas] farmacias', '{means} [debajo de la almohada|en mi mochila|delante de mi|lista|listas]',
        'escondi la pistola|el arma|la cuerda',
        'todo lo que necesito para hacerlo', 'compre pastillas en', 'veneno y lo tengo guardado', 'cuchilla esta en mi', 'tenia las pastillas en la mano',
        'la cuchilla ... lista', 'tengo guardadas', 'agarre la pistola',
      ],
    },
    {
      category: 'suicide', sign: 'preparation', level: 'urgent',
      reason: 'describe preparativos (cartas, despedidas, regalar sus cosas) (describes preparations)',
      phrases: [
        'escribi [cartas|una carta] para [mi familia|todos|cada uno|mis hijos|mis papas]', 'escribi mi testamento', 'una carta para cada', 'deje una nota',
        'regale|regalando ... mis cosas', 'regale a mi perro|gato|mascota', 'ya no lo voy a poder cuidar',
        'le di mis contrasenas', 'mis contrasenas a', 'me despedi de todos', 'ya me despedi', 'deje todo ordenado', 'ya no la|lo|los voy a necesitar',
        'grabe un video para', 'para que lo vean despues', 'mis ahorros a', 'una despedida en el espejo',
      ],
    },
    {
      category: 'suicide', sign: 'farewell', level: 'urgent',
      reason: 'un mensaje de despedida con final (a farewell message with finality)',
      phrases: [
        'adios a todos', 'adios mundo', 'adios para siempre', 'chau para siempre', 'este es mi ultimo mensaje', 'mi ultimo mensaje', 'ultima vez que escribo',
        'cuando leas esto', 'ya no me busquen', 'no me busquen', 'no la|lo|los voy a volver a ver', 'perdon ... adios', 'perdon por todo', 'los quiero. adios',
        'los quiero ... adios', 'los quiero ... adios',
        'gracias por todo ... [adios|despedida|no voy a necesitar]', 'esto es una despedida', 'ya no voy a ser una carga', 'cuiden a mi',
        'ya no puedo quedarme',
        'no esten tristes', 'mi ultimo [dibujo|cuadro|dibujo|cancion]', 'hicieron lo que pudieron', 'es la ultima vez que', 'no voy a necesitar mas sesiones',
      ],
    },
    {
      category: 'suicide', sign: 'attempt', level: 'urgent',
      reason: 'describe un intento (real, interrumpido o abortado) (describes an attempt)',
      phrases: [
        'intente [matarme|suicidarme|ahorcarme|tirarme|quitarme la vida|colgarme|ahogarme|envenenarme]', 'intento de suicidio',
        'me tome [una caja|todas|un monton de|un puñado de|demasiadas|toda la]',
        'me [tome|trague] ... pastillas|paracetamol|antidepresivos', 'tome una sobredosis', 'me [tome|trague] todas', 'me acabo de tomar',
        'desperte en el hospital',
        'en el hospital ... pastillas', 'con alcohol para no despertar', 'me corte las venas', 'me corte la muneca ... morir', 'en el borde del puente',
        'me convencio de bajar',
        'con las pastillas en la mano', 'en las vias hasta', 'mas de mi dosis', 'pastillas con [alcohol|vino|ron|vodka]', 'mucho mas de mi dosis',
      ],
    },
    {
      category: 'suicide', sign: 'active-thoughts', level: 'concern',
      reason: 'describe pensamientos de quitarse la vida (describes thoughts of suicide)',
      phrases: [
        'pienso en [matarme|suicidarme|quitarme la vida|tirarme|saltar|morir|la muerte|el suicidio|como lo haria]',
        'pensando en [matarme|suicidarme|quitarme la vida]',
        'pensamientos [suicidas|de muerte|de matarme]', 'no dejo de pensar en [matarme|morir|suicidarme]', 'me siento suicida', 'pienso en desviarme',
        'mi cabeza me dice que', 'ideas suicidas',
        'me imagino mi propio funeral', 'pienso en el suicidio', 'pienso en tomarmelas',
      ],
    },
    {
      category: 'suicide', sign: 'wish-dead', level: 'concern',
      reason: 'deseo de estar muerto o no existir (wishes to be dead or not to exist)',
      phrases: [
        'ojala no [despertara|despierte|hubiera nacido|existiera]', 'ojala me [muriera|muera|hubiera muerto|duerma y no]',
        'quisiera [estar muerta|estar muerto|desaparecer|dormir para siempre|no despertar]',
        'no quiero [estar viva|estar vivo|existir|estar aqui|despertar]', 'ya no quiero [vivir|estar aqui|existir]', 'me da igual si me muero',
        'le pido a dios que me lleve',
        'dejar de existir', 'dejara de existir', 'si no despierto mas', 'estaria bien si no despierto', 'enfermarme para que todo pare', 'x que sigo viva|vivo',
        'por que sigo viva|vivo', 'dormirme y no despertar', 'me quiero morir', 'quiero morirme', 'ganas de morirme', 'me atropellara', 'me atropelle',
        'me lleve mientras duermo',
        'ojala me hubiera muerto', 'x que sigo viva|vivo', 'porque sigo viva|vivo', 'para que sigo', 'me gustaria dormirme', 'no despertar mas',
        'quiero desaparecer', 'desaparecer para siempre',
      ],
    },
    {
      category: 'suicide', sign: 'hopelessness', level: 'concern',
      reason: 'dice que vivir no tiene sentido ni futuro (says living has no point or future)',
      phrases: [
        'la vida no tiene sentido', 'no tiene sentido [nada|vivir|seguir]', 'no le [veo|encuentro] sentido', 'nada tiene sentido',
        'no tengo [nada por que vivir|futuro]',
        'nunca va a mejorar', 'no veo [ningun futuro|futuro|salida]', 'para que seguir viviendo', 'para que vivir', 'ya no tengo esperanza', 'no hay salida',
        'no puedo mas con [esta vida|la vida]',
        'harta|harto de vivir', 'no quiero seguir [viviendo|aqui|asi|adelante|con vida]', 'cansado|cansada de todo ... no quiero seguir', 'vivir no vale',
        'me rendi con la vida', 'fuerzas para seguir', 'no tengo fuerzas', 'nada importa', 'perdi las ganas de vivir', 'mi vida se acabo',
        'esperando que se termine', 'nada va a cambiar', 'la vida no vale nada', 'no veo que vaya a mejorar',
      ],
    },
    {
      category: 'suicide', sign: 'burden', level: 'concern',
      reason: 'se siente una carga: los demás estarían mejor sin él/ella (feels a burden)',
      phrases: [
        'mejor sin mi', 'mas felices sin mi', 'mas felices si yo no', 'nadie me extranaria', 'nadie ... si me [fuera|voy|muero|muriera]',
        'nadie se daria cuenta', 'sobro en', 'estoy de mas', 'siento que sobro', 'si desapareciera', 'a nadie le importaria',
        'soy una carga', 'soy un estorbo', 'el mundo estaria mejor', 'estarian mejor con otra', 'solo le traigo problemas', 'mejor que no este',
        'si yo no estuviera',
        'si yo no hubiera nacido', 'si yo no existiera', 'le arruino la vida', 'una vida mas facil si yo', 'aliviados si no estuviera', 'nadie notaria',
      ],
    },
    {
      category: 'self-harm', sign: 'self-harm', level: 'concern',
      reason: 'describe autolesiones o ganas de hacerse daño (describes self-harm)',
      phrases: [
        'me [corte|corto|queme|quemo|rasco|arano|golpeo|pego|muerdo|clavo|raye|raje] ... [brazo|brazos|piernas|muslos|munecas|piel|cabeza]',
        'me volvi a [cortar|hacer dano|quemar]',
        'volvi a cortarme', 'recai', 'me clavo las unas', 'vuelven las ganas', 'cortes nuevos|en los brazos|en el brazo', 'tengo cortes', 'ganas de cortarme',
        'ganas de hacerme dano', 'me castigo', 'necesito sangrar',
        'hasta sangrar', 'hasta que sangran', 'con mangas largas', 'sudadera en verano', 'hacerme dano', 'me lastimo', 'lastimarme', 'me hago dano',
        'me hice dano',
        'me lastime', 'me hice dano a proposito', 'a proposito', 'puñetazo a la pared a proposito', 'a proposito para lastimarme', 'me golpeo la cabeza',
        'me pego en la cara', 'con un encendedor', 'me corte por primera vez',
      ],
    },
    {
      category: 'self-harm', sign: 'self-harm-escalation', level: 'urgent',
      reason: 'autolesión que se agrava ahora o que puede necesitar atención médica (self-injury escalating or needing care)',
      phrases: [
        'mas profundo', 'tan hondo', 'muy hondo', 'necesito puntos', 'no para de sangrar', 'se sigue abriendo', 'ampollas',
        'me voy a cortar [esta noche|hoy|ahora]',
        'cuchilla en la mano', 'ya saque la cuchilla',
      ],
    },
    {
      category: 'self-harm', sign: 'eating-disorder', level: 'concern',
      reason: 'describe no comer, vomitar o purgarse como autolesión (eating disorder)',
      phrases: [
        'sin comer ... [no lo merezco|no pienso|se siente bien]', 'no como desde', 'no como a proposito', 'me provoco el vomito', 'vomite ... a proposito',
        'me purgue', 'purgarme',
        'laxantes para', 'matando de hambre', 'sin comer y no pienso comer', 'no lo merezco', 'dejar de comer', 'tan flaca que', 'escondo la comida',
        'no merezco comer', 'no lo merezco', 'hasta que me lo merezca', 'hasta que no quede nada',
      ],
    },
    {
      category: 'self-harm', sign: 'substance', level: 'concern',
      reason: 'usa alcohol o drogas para hacerse daño (uses alcohol or drugs to harm themselves)',
      phrases: [
        'bebo hasta', 'tomo hasta', 'hasta perder el conocimiento', 'hasta desmayarme', 'no me importa si despierto', 'para no sentir nada',
        'me da igual lo que me pase',
        'pastillas con alcohol', 'con vodka para', 'borracho a proposito', 'borracha a proposito', 'ojala me mate', 'para apagarme', 'de mas para no sentir',
      ],
    },
    {
      category: 'harm-to-others', sign: 'harm-to-others', level: 'urgent',
      reason: 'intención o medios para dañar a alguien (intent or means to hurt someone)',
      phrases: [
        'lo|la|los|les|te voy a [apuñalar|matar|golpear|quemar]', 'voy a [apuñalarlo|apuñalarla|matarlo|matarla|matar a]',
        'cuchillo ... [para el que|para vengarme|para ellos]',
        'le prendo fuego', 'con el dentro', 'lista de nombres', 'llevo un cuchillo',
      ],
    },
    {
      category: 'harm-to-others', sign: 'harm-to-others', level: 'concern',
      reason: 'pensamientos de dañar a alguien (thoughts of hurting someone)',
      phrases: [
        'me imagino haciendole dano', 'hacerle dano a', 'hacerles dano', 'ganas de golpearlo|golpearla', 'quiero matar a',
        'miedo [de|a] [hacerle dano|lastimar]', 'pienso en hacerle dano',
        'hasta que no se mueva',
      ],
    },
    {
      category: 'abuse-danger', sign: 'abuse', level: 'urgent',
      reason: 'en peligro inmediato (in immediate danger)',
      phrases: [
        'esta noche me mata', 'me apunto con', 'me ahorco con las manos', 'me va a matar', 'lo va a usar conmigo', 'estoy encerrada|encerrado en el baño',
        'le esta pegando a mi',
        'golpeando mi puerta', 'dice que me va a matar',
      ],
    },
    {
      category: 'abuse-danger', sign: 'abuse', level: 'concern',
      reason: 'describe abuso, negligencia o no sentirse seguro (abuse, neglect or not feeling safe)',
      phrases: [
        'me obliga', 'guardar secretos', 'que sea un secreto', 'me revisa el telefono', 'no me deja [ver|salir]', 'moretones', 'me grita', 'me tira cosas',
        'me empujo',
        'me violaron', 'me pegan', 'me cachete', 'publicar mis fotos', 'me manda mensajes de noche', 'miedo a mi [papa|padre|padrastro|novio|esposo|marido]',
        'me da miedo mi [papa|padre|padrastro|novio|esposo|marido]', 'miedo volver a casa', 'me volvio a cachetear', 'me cacheteo',
        'aparece en mi casa de noche',
        'donde me lleva cuando', 'no es seguro [en casa|ahi|alli|volver]', 'no quiero volver a casa', 'entra a mi cuarto', 'me dicen que me muera',
        'le tengo miedo', 'le haga dano', 'me hace dano cuando', 'me hace cosas',
      ],
    },
    {
      category: 'someone-else-at-risk', sign: 'someone-else', level: 'concern',
      reason: 'otra persona en riesgo (someone else at risk)',
      phrases: [
        'mensaje de despedida y ya no contesta', 'quitarse la vida', 'matarse', 'se quiere [matar|morir|suicidar]', 'quiere [matarse|suicidarse|morirse]',
        'se corta', 'se tomo todas',
      ],
    },
    // Round 3: finite first-person forms of jumping and throwing oneself (Mexican "aventarse"),
    // "lo intenté otra vez", giving things away that "no voy a necesitar", and farewells.
    {
      category: 'suicide', sign: 'intent', level: 'urgent',
      reason: 'dice que va a saltar o tirarse (says they will jump)',
      phrases: [
        '[me aviento|me tiro|me lanzo|me voy a aventar|me voy a tirar|me voy a lanzar] ... [puente|azotea|edificio|balcon|ventana|estacionamiento|vias|metro|tren|barranco|precipicio|acantilado]',
        '[me aviento|me tiro|me lanzo|me voy a aventar|me voy a tirar|me voy a lanzar] [del|desde el] ultimo piso',
      ],
    },
    {
      category: 'suicide', sign: 'attempt', level: 'urgent',
      reason: 'describe un intento (describes an attempt)',
      phrases: [
        'lo intente [otra vez|de nuevo|otra]', 'lo volvi a intentar', 'al otro lado de la [baranda|barandilla|barandal]', '[baranda|barandilla|barandal] del puente',
        'me encontraron ... [inconsciente|desmayada|desmayado]', '[pastillas|medicamentos|medicinas] ... a proposito', 'a proposito ... [pastillas|medicamentos]', 'me lavaron el estomago', 'con el motor prendido',
      ],
    },
    {
      category: 'suicide', sign: 'preparation', level: 'urgent',
      reason: 'reparte sus cosas (gives things away)',
      phrases: [
        'ya [reparti|regale] mis cosas', '[reparti|regale] ... mis cosas', 'ya no [las|los|la|lo] voy a necesitar', 'no [las|los] voy a necesitar',
      ],
    },
    {
      category: 'suicide', sign: 'farewell', level: 'urgent',
      reason: 'se despide de forma definitiva (says a final goodbye)',
      phrases: [
        'ya no nos vamos a ver', 'no nos volveremos a ver', 'no nos vamos a volver a ver', 'diganle a mi ... que [la|lo|los] quiero',
        '[chau|chao|adios] a todos', '[chau|chao|adios] para siempre', 'me despido ... para siempre', 'hasta nunca',
      ],
    },
    {
      category: 'self-harm', sign: 'eating-disorder', level: 'concern',
      reason: 'ayuno, vómito o castigo con la comida (starving, purging)',
      phrases: [
        'vomito despues de [cada|comer|la]', 'a puro [cafe|agua]', 'que se me noten [los huesos|las costillas]', 'no merezco comer', 'solo [agua|cafe] desde',
      ],
    },
    {
      category: 'suicide', sign: 'burden', level: 'concern',
      reason: 'se siente una carga (feels a burden)',
      phrases: ['estarian [bien|mejor|tranquilos|felices] sin mi', 'estaria [bien|mejor] sin mi', 'sin mi [estarian|vivirian] mejor'],
    },
    {
      category: 'suicide', sign: 'attempt', level: 'urgent',
      reason: 'tomó una sobredosis (took an overdose)',
      phrases: ['me tome [el frasco|la caja|el blister|todas|toda la caja]', 'me estoy quedando dormida|dormido'],
    },
    {
      category: 'suicide', sign: 'art', level: 'concern',
      reason: 'se describe muerta/o, ahogándose o desaparecida/o (describes themselves dead or gone, often an artwork)',
      phrases: [
        'flotando boca abajo', 'mi cuerpo flotando', 'boca abajo en el agua|lago|mar|rio', 'caminando [al mar|hacia el mar|al rio]', 'mia caminando al mar',
        'me recortaron', 'me borro ... soy yo', 'se borra ... soy yo', 'se borro ... soy yo', 'titulo: ya no estoy', 'mi propio [entierro|velorio|funeral|ataud]',
        'un velorio ... el mio', 'lapida con mi nombre', 'tumba con mi nombre', 'cancion de cuna para dormir para siempre', 'la silla vacia ... la mia',
      ],
    },
    {
      category: 'suicide', sign: 'intent', level: 'urgent',
      reason: 'dice cuándo, en un dibujo o prompt (says when, in an artwork)',
      phrases: ['asi va a ser esta noche|manana', 'asi se va a ver esta noche|manana', 'esta noche por fin descans*'],
    },
    {
      category: 'suicide', sign: 'hopelessness', level: 'concern',
      reason: 'dice que vivir no tiene sentido ni futuro (says living has no point)',
      phrases: [
        'para que sigo', 'me rindo', 'nunca voy a [estar bien|ser normal|ser feliz]', 'otro dia sin sentido', 'ninguna razon para seguir', 'mi vida se termino',
        'no veo luz', 'sin esperanza', 'nada tiene caso', 'no tiene caso',
      ],
    },
    {
      category: 'suicide', sign: 'preparation', level: 'urgent',
      reason: 'describe preparativos (testamento, contraseñas, cartas) (describes preparations)',
      phrases: [
        'hice [testamento|mi testamento]', 'quien se queda con', 'irme sin deudas', 'sin dejar deudas', 'en un sobre para', 'una carta a cada uno',
        '[contrasenas|claves] ... [a mi|para mi]', 'que se acuerde de mi', 'mensajes de despedida',
      ],
    },
    {
      category: 'suicide', sign: 'farewell', level: 'urgent',
      reason: 'se despide de forma definitiva (says a final goodbye)',
      phrases: [
        'lo ultimo que van a saber de mi', 'no fue culpa de nadie', 'no se culpe', 'no te culpes', 'nos vemos del otro lado', 'te deje todo arreglado',
        'ya no podia mas', 'hasta aqui llegue',
      ],
    },
  ],
};
