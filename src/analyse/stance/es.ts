/** Spanish stance words. */
import { answerOpening } from "./answerOpening.ts";
import { CONTRAST_WORDS } from "../../core/contrasts.ts";
import { NEGATION_WORDS } from "../../core/negations.ts";
import type { StanceWords } from "./types.ts";

export const es: StanceWords = {
  ...NEGATION_WORDS.es,
  debunk: [
    // A fact-check's answer opening its headline or a sentence: the story is false, and what follows negates it.
    { cue: answerOpening("no"), example: "No, el alcalde de Harlow no dimitió." },
    // A story called an urban legend is called doubtful.
    { cue: "leyendas?\\s+urbanas?|mitos?\\s+urbanos?", example: "La historia del club de medianoche es quizá una leyenda urbana." },
    { cue: "fe de erratas|rectificaci[óo]n", example: "Fe de erratas: el puerto no cerrará." },
    { cue: "una\\s+versi[óo]n\\s+anterior\\s+de\\s+(?:este|esta)\\s+(?:art[íi]culo|nota|noticia|informaci[óo]n)\\s+(?:informaba|afirmaba|dec[íi]a|indicaba|señalaba)|lamentamos\\s+(?:el|este)\\s+error", example: "Una versión anterior de este artículo informaba que el puerto cerraría. Lamentamos el error.", retraction: true },
    { cue: "contrariamente a lo (?:publicado|informado|dicho)|a diferencia de lo (?:publicado|informado)", example: "Contrariamente a lo publicado, el ayuntamiento no aprobó nada." },
    { cue: "bulos?", example: "La noticia del puente es un bulo." },
    // A report found not to hold ("no es cierto", "no era verdad"): the negation is the verdict's own.
    { cue: "no\\s+(?:es|era|fue|son|eran)\\s+(?:cierto|cierta|ciertos|ciertas|verdad)", example: "La noticia del puente no es cierta." },
    { cue: "fals(?:o|a|os|as)", example: "La declaración del alcalde es falsa." },
    { cue: "fake(?: news)?", example: "El estudio era un fake." },
    { cue: "s[aá]t[ií]r(?:a|ico|ica|icos|icas)", example: "El texto viene de un sitio satírico.", satire: true },
    { cue: "parodi(?:a|as)", example: "El vídeo era una parodia.", satire: true },
    { cue: "bromas?", example: "El premio era una broma.", satire: true },
    { cue: "engañ(?:o|os|ado|ados|ada|adas|ó)", example: "Los lectores fueron engañados." },
    { cue: "desment(?:ido|ida|ir)|desmiente|desmintió", example: "El club desmintió la noticia.", denial: true },
    { cue: "neg(?:ó|ado|ada|aron)|niega(?:n)?", example: "El club ha negado haber recibido una oferta." },
    { cue: "(?:rechaz(?:a|an|ó|aron|ado)|desestim(?:a|an|ó|aron))\\s+(?:las\\s+|los\\s+|esas\\s+|estas\\s+)?(?:afirmaciones|informaciones|acusaciones|rumores|alegaciones)", example: "El sindicato rechaza las afirmaciones de que el depósito cerrará.", denial: true },
    { cue: "(?:no hay|sin) pruebas?", example: "No hay pruebas de la reunión." },
    { cue: "inventad(?:o|a|os|as)", example: "La cita fue inventada." },
    // A fake told by how it was made, with no verdict word: a picture, a recording or a text made by a generator does not show what it shows.
    { cue: "(?:generad|cread|hech|fabricad|producid)(?:o|a|os|as)\\s+(?:con|por|mediante)\\s+(?:una?\\s+|la\\s+)?(?:inteligencia\\s+artificial|IA)", example: "La imagen de la plaza inundada fue creada con inteligencia artificial." },
    // A quotation or record told absent from where it would have to be: the words were not said, the document does not exist.
    { cue: "no\\s+(?:aparece|aparecen|figura|figuran|consta|constan)\\s+en\\s+(?:ningun[oa]s?|ningún|ninguna\\s+parte)", example: "La cita no aparece en ninguno de sus discursos.", saying: true },
    // A quotation itself called fake or only claimed ("una cita falsa", "supuestamente dijo"): its words were not said.
    { cue: "(?:citas?|declaraci(?:ón|ones)|frases?) (?:falsas?|inventadas?|apócrifas?)|falsas? (?:citas?|declaraciones)", example: "La publicación contiene una cita falsa del alcalde.", saying: true },
    { cue: "supuestamente (?:dijo|declaró|escribió|publicó|firmó)", example: "La frase que supuestamente dijo el alcalde circula en redes.", saying: true },
    { cue: "rumor(?:es)?", example: "El rumor sobre el club es infundado." },
    { cue: "infundad(?:o|a|os|as)", example: "Las acusaciones son infundadas." },
    { cue: "sospechos(?:o|a|os|as)", example: "La declaración resulta sospechosa." },
    { cue: "no existe|nunca existió", example: "El instituto no existe." },
    { cue: "(?:realmente|de verdad)(?=[^.!?]*\\?)", example: "¿Dimitió realmente el alcalde?" },
  ],
  // Words that set the record straight: what they open a fact-check gives as true.
  correction: [
    { cue: "en realidad", example: "En realidad, el puente cerrará dos semanas." },
    { cue: "lo que\\s+(?:[\\p{L}'’-]+\\s+){1,4}(?:realmente\\s+|en realidad\\s+)?(?:dijo|afirmó|declaró)", example: "Lo que la alcaldesa realmente dijo fue que el ferry circulará hasta mayo." },
  ],
  negationScope: [
    { cue: "en\\s+su\\s+(?:forma\\s+)?actual(?:\\s+forma)?", example: "El consejo no firmará el acuerdo en su forma actual." },
    { cue: "por\\s+(?:ahora|el\\s+momento)|de\\s+momento", example: "El consejo no firmará el acuerdo por ahora." },
  ],
  hedge: [
    // The conditional perfect of a report ("habría cancelado"), not in reported speech after "que".
    { cue: "(?<!(?<![\\p{L}])que\\s[^.!?;,]{0,60})habrían?\\s+\\p{L}+(?:ado|ada|ados|adas|ido|ida|idos|idas|to|ta|tos|tas|cho|cha)", example: "La aerolínea habría cancelado su pedido de doce aviones." },
    { cue: "presuntamente|supuestamente", example: "La aerolínea supuestamente canceló su pedido de doce aviones." },
    { cue: "(?:no\\s+ha(?:n)?\\s+sido|sin\\s+ser)\\s+(?:confirmad|verificad)[oa]s?|sin\\s+confirmar", example: "La aerolínea canceló su pedido. La información no ha sido confirmada." },
  ],
  possibility: [
    { cue: "podría(?:n)?|puede(?:n)?", example: "El café con extracto de bardana podría aliviar la migraña." },
    { cue: "posiblemente|probablemente|quizás?|tal\\s+vez|al\\s+parecer", example: "El puente probablemente cerrará en invierno." },
    { cue: "parece(?:n)?|sugiere(?:n)?(?=\\s+que(?![\\p{L}]))", example: "Un estudio sugiere que el pan de avena protege el corazón." },
    { cue: "preliminar(?:es)?|primeros\\s+resultados", example: "Los resultados preliminares muestran que la vacuna funciona." },
    { cue: "en\\s+(?:ratones|ratas|animales)", example: "La píldora revirtió el envejecimiento en ratones." },
  ],
  condition: [{ cue: "si|siempre\\s+que|a\\s+menos\\s+que", example: "Si el ensayo se confirma, el café podría aliviar la migraña." }],
  concession: [{ cue: "(?:puede|podría|pueden|podrían)\\s+parecer|parece(?:n)?|a\\s+primera\\s+vista", example: "Puede parecer una broma, pero es real." }],
  affirmation: [{ cue: "(?:es|son|era)\\s+(?:(?:todo|totalmente|completamente|muy)\\s+)?(?:real(?:es)?|verdad|ciert[oa]s?|auténtic[oa]s?)", example: "Puede parecer una broma, pero es real." }],
  contrast: CONTRAST_WORDS.es,
  alleged: [{ cue: "supuest(?:o|a|os|as)|presunt(?:o|a|os|as)", example: "El caso del supuesto secuestro de un niño en Villaclara está resuelto." }],
  nonexistence: [{ cue: "(?:nunca|jamás)\\s+(?:hubo|existi[óo]|ocurri[óo]|sucedi[óo])|no\\s+(?:existe|existi[óo]|exist[íi]a|ocurri[óo]|sucedi[óo])", example: "Jamás hubo un niño llamado Pim en la escuela Olmos." }],
  fabrication: [
    { cue: "(?:difund|propag|divulg)\\p{L}*\\s+(?:un\\s+|el\\s+|los\\s+|las\\s+)?(?:bulos?|noticias\\s+falsas|fake\\s+news|mentiras?|desinformaci[óo]n)", example: "El concejal Rui Paz fue acusado de difundir un bulo sobre el incendio de la escuela Olmos." },
    // Un anuncio que la frase misma llama falso ("anunció falsamente la muerte de …"): lo anunciado es la historia.
    { cue: "(?:anunci|inform|afirm|report|declar)(?:ó|aron|aba|aban)\\s+falsamente|falsamente\\s+(?:anunci|inform|afirm|report|declar)(?:ó|aron|ado|ada)", example: "Un sitio web anunció falsamente la muerte del alcalde de Olmos." },
    { cue: "invent(?:ó|aron)\\s+(?:la|esa|esta)\\s+historia|admiti[óo]\\s+(?:haber\\s+)?mentido", example: "La cantante admitió haber mentido sobre el ataque en Villanueva." },
  ],
  // The noun a debunk adjective follows may stand between ("contra las noticias falsas").
  topicPreposition: [{ cue: "(?:contra(?:\\s+(?:los|las|la|el))?|sobre(?:\\s+(?:los|las))?|acerca\\s+de(?:\\s+(?:los|las))?)(?:\\s+\\p{L}+)?", example: "El juicio contra las noticias falsas en Facebook empezó el lunes en Villaclara." }],
  aboutPreposition: [{ cue: "sobre|acerca\\s+de|contra", example: "El tribunal examina los bulos sobre el panadero Juan Rask." }],
  backReference: [{ cue: "(?:est|es|aquell)(?:os|as)(?:\\s+\\p{L}+)?|(?:este|esta|ese|esa)(?:\\s+\\p{L}+)?|tales", example: "Los mensajes decían que el panadero había quemado el puente. Estos bulos se compartieron miles de veces." }],
  // What someone claims, opened as a clause of its own (claims/propositions.ts).
  proposition: [
    { cue: "(?:el\\s+|la\\s+)?(?:(?:rumor|noticia|informaci[óo]n|afirmaci[óo]n|denuncia|acusaci[óo]n)(?:es|s)?(?:\\s+falsas?)?|bulos?|mentiras?)\\s+(?:de\\s+que|seg[úu]n\\s+(?:la|el)\\s+cual)", example: "Circuló la noticia de que el puente de Harlow se había derrumbado.", nominal: true },
    { cue: "(?:denunci|afirm|asegur|inform|public)(?:ó|aron|a|an|aba|aban)\\s+que|(?:ha|han|había|habían)\\s+(?:denunciado|afirmado|asegurado|informado|publicado)\\s+que", example: "La joven denunció que la policía le había roto el brazo en Harlow." },
    // A message's words printed after a colon ("la cadena dice así: «P»", "el mensaje reza: «P»"): what the message claims, told as its words; a person's
    // quotation after a speech verb is no such frame.
    { cue: "(?:dice|dec[íi]a|reza|rezaba)\\s+(?:as[íi]|lo\\s+siguiente)\\s*:\\s*[«“\"]?|(?:mensajes?|textos?|audios?|publicaci[óo]n(?:es)?|cadenas?|tuits?)(?![\\p{L}])[^.:;!?«»“”\"]{0,80}?\\s(?:dice|dec[íi]a|reza|rezaba|afirma|afirmaba|asegura|aseguraba)\\s*:\\s*[«“\"]?", example: "La cadena dice así: «El puente de Harlow se derrumbó el lunes por la mañana»." },
    // What people believed, said or rumoured, no one vouching for it (StanceCue.belief).
    { cue: "se\\s+(?:cre[íi]a|rumoreaba|dec[íi]a|pensaba|comentaba)\\s+que|(?:muchos|muchas|la\\s+gente|los\\s+lectores|los\\s+usuarios)(?:\\s+\\p{L}+)?\\s+(?:cre[íi]an|pensaban)\\s+que", example: "Durante semanas se creía que el puente de Harlow se había derrumbado.", belief: true },
  ],
  withdrawal: [
    { cue: "(?:(?:pidió|pidieron|(?:ha|han)\\s+pedido|pide|piden)\\s+disculpas|se\\s+(?:disculpó|disculparon|(?:ha|han)\\s+disculpado|disculpa))\\s+por\\s+(?:la|su|el|sus|esa|esta|ese|este)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:noticia|información|artículo|publicación|reportaje|titular)(?:es|s)?(?![\\p{L}])", example: "El Diario de Villaclara pidió disculpas por la noticia sobre un motín en el mercado." },
    { cue: "(?:retiró|retiraron|(?:ha|han)\\s+retirado)\\s+(?:la|su|el)\\s+(?:noticia|información|artículo|publicación|reportaje)(?![\\p{L}])", example: "El Diario de Villaclara retiró la noticia sobre un motín en el mercado." },
  ],
  admission: [{ cue: "(?:ha|han|había)\\s+admitido|admite(?:n)?|admitió|reconoce(?:n)?|reconoció|(?:ha|han)\\s+reconocido", example: "La mujer que denunció que la policía le había roto el brazo en Harlow admite ahora que exageró." }],
  complementiser: "que",
  verdictLink: "es|era|son|eran|fue|fueron|(?:ha|han|hab[íi]a|hab[íi]an)\\s+sido|result[óo]|resultaron",
  rumouredEvent: {
    frame: "(?:rumor(?:es)?|bulos?|noticias?|informaci(?:ón|ones)|versi(?:ón|ones))\\s+(?:sobre|acerca\\s+de|en\\s+torno\\s+a|de|del)",
    event: "muerte|fallecimiento|deceso|detenci[óo]n|arresto|renuncia|dimisi[óo]n|asesinato|ejecuci[óo]n|secuestro|desaparici[óo]n|captura|fuga|hospitalizaci[óo]n|divorcio|boda|embarazo|jubilaci[óo]n|destituci[óo]n|despido|liberaci[óo]n|cierre|quiebra|colapso|cancelaci[óo]n|prohibici[óo]n|venta|compra|fusi[óo]n|invasi[óo]n|explosi[óo]n",
    of: "de|del",
    example: "El ayuntamiento desmintió el rumor acerca de la muerte del alcalde Tomás Quintana, que calificó de bulo.",
    phrase: "la muerte del alcalde Tomás Quintana",
  },
  circulation: [
    { cue: "circula(?:n|ba|ban)?|(?:se\\s+ha|se\\s+han|se)\\s+viraliza(?:do|n)?|cadena\\s+de\\s+(?:mensajes|whatsapp)", example: "Circula en WhatsApp un mensaje según el cual el ferry dejará de navegar." },
  ],
  plain: ["El alcalde dimitió el martes por la noche.", "La tila ayuda a dormir mejor, según un estudio."],
};
