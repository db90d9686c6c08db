import type { LanguagePhrases } from './phrase-list.ts';

/**
 * Spanish crisis phrases, for clinical review (accents are folded before matching, so "daño" and
 * "dano" both match). Syntax and levels as in phrases-en.ts.
 */
export const PHRASES_ES: LanguagePhrases = {
  language: 'es',
  groups: [
    {
      category: 'suicide',
      level: 'urgent',
      reason: 'expresa intención, plan, medios o momento (states intent, plan, means or timing)',
      phrases: [
        'matarme', 'me voy a matar', 'me mato', 'suicidarme', 'me voy a suicidar', 'quitarme la vida', 'acabar con mi vida',
        'terminar con mi vida', 'carta de despedida', 'tengo las pastillas', 'tome todas las pastillas', 'sobredosis',
        'tirarme de|por el|la|un|una puente|edificio|ventana|balcon', 'ahorcarme', 'cortarme las venas', 'esta noche lo hago', 'me voy a tirar', 'se como lo ... hacer|hare', 'me tiro de|del|por|al', 'tirar* del|al puente|edificio|balcon', 'tirar* de un|una|la|el puente|edificio|ventana|balcon',
        'intente suicidarme', 'intente matarme', 'me voy|quiero|pienso|puedo|gustaria ... matar|suicidar',
      ],
    },
    {
      category: 'suicide',
      level: 'concern',
      reason: 'deseo pasivo de morir (passive wish to be dead)',
      phrases: [
        'suicid*', 'quiero morir*', 'me quiero morir', 'quisiera morir*', 'quisiera estar muerto|muerta', 'ojala estuviera muerto|muerta',
        'ojala no hubiera nacido', 'no quiero vivir', 'no quiero seguir viviendo', 'no quiero despertar', 'no quiero seguir aqui|asi', 'harto|harta|hastiado|hastiada de vivir', 'hasta la madre de vivir', 'me atropelle|atropellara|atropellen', 'quiero|quisiera irme para siempre', 'si me muero|muriera', 'nadie ... importaria|extranaria', 'quiero desaparecer', 'dejar de existir', 'sentido a la vida', 'sentido a vivir', 'sin sentido vivir',
        'mejor muerto|muerta', 'estarian mejor sin mi', 'estaria mejor muerto|muerta', 'no tengo razones para vivir',
        'no vale la pena vivir', 'no puedo mas', 'no aguanto mas', 'cansado|cansada de vivir', 'nadie me extranaria',
        'soy una carga', 'pienso en la muerte', 'pienso en morir*', 'me muriera', 'me muera', 'morirme', 'me ... morir', 'no despertar nunca|mas', 'nunca despertar', 'ganas de morir*', 'ganas de desaparecer',
      ],
    },
    {
      category: 'self-harm',
      level: 'concern',
      reason: 'describe autolesiones (describes self-harm)',
      phrases: [
        'me corto', 'me corte', 'cortarme', 'hacerme dano', 'me hago dano', 'me hice dano', 'lastimarme', 'me lastimo',
        'autolesion*', 'me quemo', 'me golpeo', 'me ... cortar|lastimar|quemar', 'me hago cortes', 'cortes en los|mis brazos|piernas|munecas',
      ],
    },
    {
      category: 'harm-to-others',
      level: 'urgent',
      reason: 'intención de dañar a alguien (intent to hurt someone)',
      phrases: ['voy a matarlo|matarla|matarlos|matarte', 'lo|la|los|te voy a matar', 'voy a hacerle|hacerles dano'],
    },
    {
      category: 'harm-to-others',
      level: 'concern',
      reason: 'pensamientos de dañar a alguien (thoughts of hurting someone)',
      phrases: ['quiero matarlo|matarla|matarlos|matarte', 'quiero hacerle|hacerles dano', 'ganas de matar*|golpear*'],
    },
    {
      category: 'abuse-danger',
      level: 'urgent',
      reason: 'en peligro inmediato (in immediate danger)',
      phrases: ['amenaza* con matarme', 'me va a matar', 'me quiere matar', 'tiene un arma|cuchillo|pistola'],
    },
    {
      category: 'abuse-danger',
      level: 'concern',
      reason: 'describe abuso o no sentirse seguro (abuse or not feeling safe)',
      phrases: [
        'me manosea*', 'me manoseo', 'me pega*', 'me golpea*', 'me pego', 'me golpeo', 'me maltrata*', 'me abusa*', 'abuso de mi', 'abusa de mi',
        'me violo', 'me violaron', 'me toca* donde|cuando', 'miedo de|a volver a casa', 'miedo de mi padre|madre|padrastro|pareja|novio|esposo|marido',
        'no me siento segura|seguro', 'no estoy segura|seguro en casa', 'me amenaz*', 'me encierra*', 'me encerr*', 'me quit* el telefono|celular|movil', 'me toca*', 'no decirle a nadie', 'golpea*|pega* a mi madre|mama|hermano|hermana', 'le pega* a', 'me controla*', 'me insulta*', 'me humilla*',
      ],
    },
    {
      category: 'someone-else-at-risk',
      level: 'concern',
      reason: 'otra persona en riesgo (someone else at risk)',
      phrases: ['se quiere matar', 'se quiere suicidar', 'se corta', 'quiere suicidarse', 'se suicido', 'se quito la vida'],
    },
  ],
};
