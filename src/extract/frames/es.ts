/** Spanish reading data: «según», «de acuerdo con», «informó», «publicado por», «dijo a», «según fue anunciado por el sitio», comillas, créditos de foto. */
import { BOW, capitalisedName, DOMAIN, EOW, MEDIUM_NAME, NAME_AND_DATE_LINE, SENTENCE_CASE_TITLE, SHOW_NAME, SHOW_TITLE, SIGNATURE_LINE } from "./common.ts";
import type { LanguageFrames } from "./types.ts";
import { speechVerbForms } from "./verbForms.ts";

/** Lower-case articles before a name, not part of it ("el diario" … "El País" keeps its capital). */
const ART = "(?:el|la|los|las)";
/** Nouns that say the name after them is a publication ("el diario X", "el sitio X", "la agencia X"). */
const OUTLET_NOUNS = ["diario", "periódico", "rotativo", "medio", "sitio", "sitio web", "portal", "web", "página", "revista", "semanario", "agencia", "agencia de noticias", "cadena", "canal", "emisora", "radio", "televisión", "televisora", "tabloide", "blog", "boletín", "informativo", "noticiero"];
const NOUN = `(?:${[...OUTLET_NOUNS].sort((a, b) => b.length - a.length).map((n) => n.replace(/\s+/g, "\\s+")).join("|")})`;
/** An outlet noun before the name, with its article and at most one adjective ("el diario madrileño"), captured as `cue`. */
// The adjective is never a preposition or a conjunction: "el diario de Cádiz" says where the paper is, it names no outlet "Cádiz".
const CUE = `(?:${ART}\\s+)?(?<cue>${NOUN}(?:\\s+(?!(?:de|del|y|que|en)${EOW})\\p{Ll}+)?)\\s+`;
/**
 * An outlet noun that the name follows by a verb of naming, with up to three small words between ("un portal de chistes
 * malos llamado «X»", "una página conocida como X"): the noun says what the name is, however long its description.
 */
const CALLED_CUE = `(?:(?:un|una|${ART})\\s+)?(?<cue>${NOUN})(?:\\s+\\p{Ll}+){0,3}?\\s+(?:llamad[oa]|denominad[oa]|conocid[oa]\\s+como|de\\s+nombre|bautizad[oa])\\s+`;
const TO = "(?:al|a\\s+la|a\\s+los|a\\s+las|a)";
const BY = "(?:por|por\\s+el|por\\s+la|por\\s+los|por\\s+las)";
const ON = "(?:en|en\\s+el|en\\s+la|en\\s+los|en\\s+las)";

/** Verbs of giving an interview ("ofreció una entrevista al semanario X", "concedió declaraciones a Radio X"): whom it was given to is told. */
const GAVE_INTERVIEW = "ofreció|ofrece|ofrecido|concedió|concede|concedido|dio|da|dado|otorgó|otorga|brindó|brinda|brindado";

/** Giving an interview or statements to a show, or speaking on it ("en declaraciones al programa", "dijo en el programa"), up to the show's noun. */
const TOLD_SHOW = `(?:(?:[Ee]n|[Dd]urante)\\s+(?:una\\s+)?(?:entrevista|declaraciones)(?:\\s+(?:concedidas?|otorgadas?|dadas?))?\\s+(?:al|para\\s+el)|(?:${GAVE_INTERVIEW})\\s+(?:una\\s+)?(?:(?:larga|breve|extensa)\\s+)?(?:entrevista|declaraciones)(?:\\s+exclusivas?)?\\s+(?:al|para\\s+el)|{SAY}\\s+(?:al|en\\s+el))\\s+`;

export const es: LanguageFrames = {
  language: "es",
  occasionMedia: { spoken: ["entrevista\\p{L}*", "ruedas?\\s+de\\s+prensa", "conferencias?\\s+de\\s+prensa", "discursos?"] },
  complementisers: ["que"],
  name: `(?:${DOMAIN}|${capitalisedName(["de", "del", "de\\s+la", "de\\s+los", "de\\s+las", "y", "of", "for", "and", "the", "al", "el", "la", "di", "della", "do", "da", "dos", "das"])})`,
  date: `(?:el|este|el\\s+pasado|en|lunes|martes|miércoles|jueves|viernes|sábado|domingo)\\s+(?<date>\\d{1,2}\\s+de\\s+\\p{Ll}+(?:\\s+de\\s+\\d{4})?|\\p{Ll}+(?:\\s+de\\s+\\d{4})?)`,
  descriptor: `${ART}\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,2}(?:${NOUN})(?:\\s+[\\p{Ll}-]+){0,2}`,
  end: `(?=\\s*(?:[,.;:!?)»”"’]|$|—|–)|\\s+(?:que|y|e|pero|el|la|los|las|un|una|en|a|al|con|por|para|sobre|ayer|hoy|lunes|martes|miércoles|jueves|viernes|sábado|domingo|ha|había|habría|es|fue|no|se|citando|según|como|mientras|tras|antes|publicad[oa]s?|difundid[oa]s?|citad[oa]s?)${EOW})`,
  frames: [
    // "El corresponsal de X en Lima dijo …": what an outlet's correspondent or writer reports is the outlet's report; the
    // person is whose staff they are (`staffOf`), a place after the name is where they report from.
    { id: "es.corresponsal_de", frame: "reported", allowUnknown: false, staffOf: true, pattern: `${BOW}(?:[Ee]l|[Ll]a|[Uu]n|[Uu]na)\\s+(?:corresponsal|enviad[oa]\\s+especial|periodista|redactora?|columnista|reporter[oa])\\s+(?:de|del)\\s+{SRC}(?:(?=\\s+(?:en|desde)\\s+\\p{Lu})|{END})`, example: "El corresponsal de El Faro Austral en Lima dijo que el puente se cerrará.", expect: "El Faro Austral" },
    // "Escribiendo en X, la analista sostuvo …": only a publication is written in (en.writing_in).
    { id: "es.escribiendo_en", frame: "reported_by", allowUnknown: true, publication: true, pattern: `${BOW}[Ee]scribiendo\\s+(?:en|para)\\s+{SRC}{END}`, example: "Escribiendo en El Faro Austral, la analista sostuvo que el puente se cerrará.", expect: "El Faro Austral" },
    // "estar de acuerdo con" is "to agree with", not a source.
    { id: "es.segun", frame: "according_to", allowUnknown: true, pattern: `${BOW}(?:[Ss]egún|(?<![Ee]st[\\p{L}]{1,6}\\s|[Ee]star\\s)[Dd]e\\s+acuerdo\\s+(?:con|a)|[Cc]onforme\\s+a)\\s+(?:(?:lo\\s+)?(?:informado|publicado|reportado|revelado|anunciado)\\s+${BY}\\s+|(?:(?:la|las|los)\\s+)?(?:información|informaciones|datos)\\s+(?:recabad|publicad|difundid|obtenid|recogid)[oa]s?\\s+${BY}\\s+|(?:fue|ha\\s+sido)\\s+(?:anunciado|informado|publicado|reportado|revelado)\\s+${BY}\\s+|(?:un|una|el|la)\\s+(?:\\p{Ll}+\\s+)?(?:artículo|informe|reportaje|nota|investigación|publicación|vídeo|video|mensaje|post|tuit|audio)(?:\\s+\\p{Ll}+)?\\s+(?:de|del|de\\s+la|${ON})\\s+|(?:(?:los|las)\\s+)?(?:datos|cifras|información|fuentes)\\s+(?:de|del|de\\s+la|de\\s+los)\\s+|${ART}\\s+(?:propi|mism)[oa]s?\\s+)?(?:${CUE})?(?:${ART}\\s+)?{SRC}{END}`, example: "El puerto seguirá cerrado, según El Heraldo del Sur.", expect: "El Heraldo del Sur" },
    { id: "es.informo", frame: "reported", allowUnknown: true, pattern: `${BOW}(?:[Cc]omo\\s+|[Ss]egún\\s+)?(?:informó|informa|recoge|recogió|ha\\s+informado|reportó|reporta|ha\\s+reportado|publicó|publica|ha\\s+publicado|reveló|revela|ha\\s+revelado|señaló|señala|escribió|escribe|ha\\s+escrito|adelantó|adelanta|destacó|destaca|aseguró|asegura)\\s+(?:(?:hoy|ayer|este\\s+\\p{Ll}+)\\s+)?(?:${CUE})?(?:${ART}\\s+)?{SRC}{END}`, example: "La nave se hundió, informó El Correo Austral.", expect: "El Correo Austral" },
    { id: "es.titulo", frame: "reported", allowUnknown: true, publication: true, pattern: `${BOW}(?:tituló|titula|titulaba|titularon|tituló\\s+en\\s+portada)\\s+(?:(?:hoy|ayer)\\s+)?(?:${CUE})?(?:${ART}\\s+)?{SRC}{END}`, example: "«El puerto cierra», tituló El Diario Austral.", expect: "El Diario Austral" },
    { id: "es.subject_reported", frame: "reported", allowUnknown: true, pattern: `{SRC}\\s+(?:informó|informa|ha\\s+informado|reportó|reporta|publicó|publica|ha\\s+publicado|reveló|revela|ha\\s+revelado|escribió|escribe|tituló|titula|adelantó|adelanta|ha\\s+adelantado|avanzó|avanza|ha\\s+avanzado)${EOW}`, example: "La Voz de Tarifa publicó que el alcalde había dimitido.", expect: "La Voz de Tarifa" },
    // "El Heraldo del Sur fue el primero en informar del cierre": the outlet that broke the story.
    { id: "es.first_to_report", frame: "reported", allowUnknown: true, pattern: `${BOW}{SRC}\\s+(?:fue|ha\\s+sido|había\\s+sido)\\s+(?:el|la)\\s+primer[oa]\\s+en\\s+(?:informar|publicar|revelar|adelantar|difundir|dar\\s+a\\s+conocer)${EOW}`, example: "El Heraldo del Sur fue el primero en informar del cierre.", expect: "El Heraldo del Sur" },
    // "Un informe de El Heraldo del Sur señaló que …", "un reportaje del diario X": a report by the outlet, as "a report by X";
    // after "según" it is es.segun's.
    { id: "es.informe_de", frame: "reported_by", allowUnknown: true, pattern: `${BOW}(?<![Ss]egún\\s)(?:[Uu]n|[Uu]na|[Ee]l|[Ll]a)\\s+(?:\\p{Ll}+\\s+)?(?:informe|artículo|reportaje|investigación|exclusiva)\\s+(?:de\\s+la|de\\s+los|del|de)\\s+(?:${CUE})?{SRC}{END}`, example: "Un informe de El Heraldo del Sur señaló que el puerto cerró.", expect: "El Heraldo del Sur" },
    { id: "es.dijo_a", frame: "told", allowUnknown: true, pattern: `${BOW}(?:{SAY}|confesó|confesaron)\\s+${TO}\\s+(?:${CUE})?{SRC}{END}`, example: "«No nos rendiremos», dijo a La Gaceta Norte un funcionario.", expect: "La Gaceta Norte" },
    // "…, dijo la capitana del puerto Ilse Brandt a la agencia Gaceta Norte": a speaker between the verb and its addressee;
    // only with the publication noun, which tells the addressee from a place ("a Madrid").
    { id: "es.dijo_sujeto_a", frame: "told", allowUnknown: true, pattern: `${BOW}(?:{SAY}|confesó|confesaron)\\s+(?:[^,.;:!?«»"“”]{1,60}?\\s+)?${TO}\\s+${CUE}{SRC}{END}`, example: "«No nos rendiremos», dijo un funcionario a la agencia Gaceta Norte.", expect: "Gaceta Norte" },
    // The same without the publication noun: only a name with other evidence of an outlet ("a Sierra Televisión").
    { id: "es.dijo_sujeto_a.nombre", frame: "told", allowUnknown: true, needsEvidence: true, pattern: `${BOW}(?:{SAY}|confesó|confesaron)\\s+(?:${ART}|un|una)\\s+(?:[^,.;:!?«»"“”]{1,50}?\\s+)?${TO}\\s+{SRC}{END}`, example: "«Esperemos rescatarla», afirmó el militar a Sierra Televisión.", expect: "Sierra Televisión" },
    { id: "es.entrevista", frame: "told", allowUnknown: true, pattern: `${BOW}(?:(?:[Ee]n|[Dd]urante)\\s+(?:una\\s+)?(?:entrevista|declaraciones)(?:\\s+(?:concedidas?|otorgadas?|dadas?))?\\s+(?:con|a|al|a\\s+la|para)|(?:${GAVE_INTERVIEW})\\s+(?:una\\s+)?(?:(?:larga|breve|extensa)\\s+)?(?:entrevista|declaraciones)(?:\\s+exclusivas?)?\\s+(?:a|al|a\\s+la|para)|(?:entrevistad|consultad|contactad|preguntad)[oa]s?\\s+${BY}|[Hh]ablando\\s+con)\\s+(?:${CUE})?(?:${ART}\\s+)?{SRC}{END}`, example: "En una entrevista con Radio Meseta, el ministro lo negó.", expect: "Radio Meseta" },
    // "en declaraciones al programa Hoy Mismo de la cadena Radio Meseta": a show is its broadcaster's, who was told; named
    // without one, the show itself (its noun the evidence) — never a broadcaster guessed.
    { id: "es.programa_de", frame: "told", allowUnknown: true, needsEvidence: true, pattern: `${BOW}${TOLD_SHOW}programa\\s+${SHOW_NAME},?\\s+(?:de|del|en)\\s+(?:${CUE})?{SRC}{END}`, example: "En declaraciones al programa Hoy Mismo de la cadena Radio Meseta, el alcalde lo negó.", expect: "Radio Meseta" },
    { id: "es.programa", frame: "told", allowUnknown: true, pattern: `${BOW}${TOLD_SHOW}(?<cue>programa)\\s+[«“„"]?(?<name>${SHOW_TITLE})[»”"]?(?!,?\\s+(?:de|del|en)\\s)(?=\\s*[,.;:!?)]|\\s+(?:que|y)\\s)`, example: "En declaraciones al programa Hoy Mismo, el alcalde lo negó.", expect: "Hoy Mismo" },
    // "En la cadena Canal Norte el oficial dijo", "Invitado a Canal Norte, el ministro afirmó": a speaker on a broadcaster's air.
    { id: "es.en_cadena", frame: "told", allowUnknown: true, needsEvidence: true, pattern: `${BOW}(?:[Ee]n|[Aa]nte)\\s+(?:la|el)\\s+(?<cue>cadena|canal|emisora|televisora|radio)(?:\\s+de\\s+(?:televisión|radio|noticias))?\\s+{SRC}{END}`, example: "En la cadena Canal Norte el oficial dijo que habían hablado con la niña.", expect: "Canal Norte" },
    { id: "es.invitado", frame: "told", allowUnknown: true, needsEvidence: true, pattern: `${BOW}(?:[Ii]nvitad[oa]s?\\s+(?:a|al|a\\s+la|en|de)|[Ee]n\\s+(?:los\\s+)?micrófonos\\s+de)\\s+(?:${CUE})?{SRC}{END}`, example: "Invitado a Canal Norte, el ministro afirmó que la noticia era falsa.", expect: "Canal Norte" },
    { id: "es.publicado_por", frame: "reported_by", allowUnknown: true, pattern: `${BOW}(?:publicad[oa]s?|difundid[oa]s?|revelad[oa]s?|reportad[oa]s?|informad[oa]s?|adelantad[oa]s?|anunciad[oa]s?|confirmad[oa]s?|recogid[oa]s?|contad[oa]s?|relatad[oa]s?|narrad[oa]s?|dad[oa]s?\\s+a\\s+conocer)(?:\\s+{DATE})?\\s+(?:primero\\s+)?${BY}\\s+(?:${CUE})?{SRC}{END}`, example: "La noticia, publicada por El Faro de Vigo Norte, era falsa.", expect: "El Faro de Vigo Norte" },
    { id: "es.publicado_por.llamado", frame: "reported_by", allowUnknown: true, pattern: `${BOW}(?:publicad[oa]s?|difundid[oa]s?|divulgad[oa]s?|compartid[oa]s?|revelad[oa]s?|reportad[oa]s?)(?:\\s+{DATE})?\\s+(?:primero\\s+)?(?:por|en)\\s+${CALLED_CUE}{SRC}{END}`, example: "El rumor fue compartido por un portal de humor llamado «El Tintero Falso».", expect: "El Tintero Falso" },
    { id: "es.publicado_en", frame: "reported_by", allowUnknown: true, publication: true, pattern: `${BOW}(?:publicad[oa]s?|aparecid[oa]s?|difundid[oa]s?)\\s+(?:(?:ayer|hoy|este\\s+\\p{Ll}+)\\s+|{DATE}\\s+)?${ON}\\s+(?:${CUE})?{SRC}{END}`, example: "El estudio, publicado en la revista Anales Costeros, fue desmentido.", expect: "Anales Costeros" },
    // After a publication noun a title may be written in sentence case.
    { id: "es.publicado_en.titulo", frame: "reported_by", allowUnknown: true, publication: true, pattern: `${BOW}(?:publicad[oa]s?|aparecid[oa]s?|difundid[oa]s?)\\s+(?:(?:ayer|hoy|este\\s+\\p{Ll}+)\\s+)?${ON}\\s+${CUE}(?<name>${SENTENCE_CASE_TITLE}){END}`, example: "El estudio, publicado en la revista Anales costeros del sur, fue desmentido.", expect: "Anales costeros del sur" },
    { id: "es.en_el_sitio", frame: "reported_by", allowUnknown: true, publication: true, pattern: `${BOW}(?:[Ee]n)\\s+(?:el|su)\\s+(?<cue>sitio(?:\\s+web)?|portal|blog|página(?:\\s+web)?)\\s+{SRC}{END}`, example: "El autor escribió en su blog ecosdelmar.es que todo era una broma.", expect: "ecosdelmar.es" },
    // "Según ha podido saber El Confidencial", "como adelantó ayer La Razón": what an outlet found out or published first.
    { id: "es.ha_sabido", frame: "reported", allowUnknown: true, pattern: `${BOW}(?:[Ss]egún|[Cc]omo|[Tt]al\\s+y\\s+como)\\s+(?:ha\\s+podido\\s+saber|pudo\\s+saber|ha\\s+sabido|supo|adelantó|ha\\s+adelantado|avanzó|ha\\s+avanzado|informó|publicó|reveló)\\s+(?:(?:ayer|hoy|este\\s+\\p{Ll}+|el\\s+\\p{Ll}+)\\s+)?(?:${CUE})?{SRC}{END}`, example: "Según ha podido saber El Eco Minero, el plan está listo.", expect: "El Eco Minero" },
    { id: "es.citando", frame: "citing", allowUnknown: false, pattern: `${BOW}(?:[Cc]itando\\s+al?|[Cc]itando|[Cc]on\\s+base\\s+en|[Cc]on\\s+información\\s+de)\\s+(?:${CUE})?(?:${ART}\\s+)?{SRC}{END}`, example: "El ministerio lo negó, citando a Europa Press Sur.", expect: "Europa Press Sur" },
    { id: "es.citado_por", frame: "cited_by", allowUnknown: false, pattern: `${BOW}(?:[Cc]omo\\s+)?(?:citad[oa]s?|recogid[oa]s?|consultad[oa]s?)\\s+${BY}\\s+{SRC}{END}`, example: "La cifra, citada por El Eco Minero, es dudosa.", expect: "El Eco Minero" },
    { id: "es.first_appeared_in", frame: "first_appeared_in", allowUnknown: true, publication: true, syndication: true, pattern: `${BOW}(?:publicad[oa]|aparecid[oa]|se\\s+publicó|apareció)\\s+(?:originalmente|originariamente|por\\s+primera\\s+vez|inicialmente)\\s+(?:${ON}|${BY})\\s+(?:${CUE})?{SRC}{END}`, example: "Este artículo fue publicado originalmente en The Harbour Review.", expect: "The Harbour Review" },
    // "[Outlet, 18-02-2016]": a bracketed source and date after a passage, as aggregators credit what they took.
    { id: "es.bracket_source", frame: "according_to", allowUnknown: true, pattern: "[\\[(]{SRC},\\s*\\d{1,2}[-/.]\\s?\\d{1,2}[-/.]\\s?\\d{2,4}[\\])]", example: "Ayer el ministro lo confirmó [Agencia Sur, 18-02-2016].", expect: "Agencia Sur" },
  ],
  textVerbs: ["reza", "rezaba"],
  speechVerbs: [
    ...speechVerbForms("es", [
      "declarar", "explicar", "afirmar", "asegurar", "señalar", "indicar", "subrayar", "destacar", "agregar", "precisar",
      "comentar", "relatar", "confirmar", "apuntar", "reiterar", "aclarar", "detallar", "denunciar", "lamentar", "añadir",
      "admitir", "insistir", "reconocer", "responder", "anunciar", "adelantar",
      // A warning given out ("alertó de que …", "ha alertado de un nuevo bulo"): what police and agencies say of a hoax.
      "alertar",
      // A post quotes its writer as a statement does ("tuiteó la alcaldesa", "publicó en X"): verbs of posting.
      "tuitear", "postear", "publicar",
      ["negar", { present: "niega", presentPlural: "niegan" }],
      ["desmentir", { present: "desmiente", presentPlural: "desmienten", past: "desmintió", pastPlural: "desmintieron" }],
      ["escribir", { participle: "escrito" }],
      ["decir", { present: "dice", presentPlural: "dicen", imperfect: "decía", imperfectPlural: "decían", past: "dijo", pastPlural: "dijeron", participle: "dicho" }],
      ["sostener", { present: "sostiene", presentPlural: "sostienen", past: "sostuvo", pastPlural: "sostuvieron" }],
      ["mantener", { present: "mantiene", presentPlural: "mantienen", past: "mantuvo", pastPlural: "mantuvieron" }],
      ["advertir", { present: "advierte", presentPlural: "advierten", past: "advirtió", pastPlural: "advirtieron" }],
      ["concluir", { present: "concluye", presentPlural: "concluyen", past: "concluyó", pastPlural: "concluyeron" }],
      ["contar", { present: "cuenta", presentPlural: "cuentan" }],
      ["recordar", { present: "recuerda", presentPlural: "recuerdan" }],
      ["manifestar", { present: "manifiesta", presentPlural: "manifiestan" }],
    ]),
  ],
  opinionLeads: ["para", "según"],
  // "Así lo anunció la alcaldesa el martes.": the object clitic points back at the words before.
  attributionOnlyForms: ["Así\\s+lo\\s+(?:{SAY})"],
  // "la ministra de Trabajo Marta Ibáñez": the role's portfolio, then the person (speakers/namePrefix.ts placeOfRole).
  portfolios: ["trabajo", "sanidad", "salud", "economía", "interior", "justicia", "defensa", "hacienda", "cultura", "agricultura", "educación", "medio", "exteriores", "asuntos", "transportes", "fomento", "industria", "comercio", "vivienda", "igualdad", "energía", "empleo", "ciencia", "universidades", "turismo", "deportes", "inclusión", "transición"],
  articleSelf: ["este", "esta", "una versión de este"],
  anonymityClauses: ["que (?:pidió|pidieron|solicitó|solicitaron|prefirió|prefirieron|quiso|quisieron) (?:no ser (?:identificad|nombrad|citad)[oa]s?|(?:mantener|guardar|conservar) (?:el|su) anonimato|el anonimato|no (?:dar|revelar|facilitar|decir|publicar) su (?:nombre|identidad))", "(?:bajo|con|a) (?:la )?condición de(?:l)? anonimato", "que habló (?:bajo|con) (?:la )?condición de anonimato"],
  // A call to pass the text on, a greeting or a closing wish: no claim (analyse/claims/noProposition.ts).
  readerAddress: ["comp[aá]rt(?:e|elo|anlo|ir)|difund(?:e|elo|an|anlo)|(?:haz|hagan)\\s+circular|p[aá]s(?:alo|enlo)", "(?:les?\\s+|te\\s+)?deseo\\s+un\\s+(?:\\p{L}+\\s+)?(?:d[ií]a|fin\\s+de\\s+semana)", "buen(?:os)?\\s+d[ií]as|buenas\\s+(?:tardes|noches)", "gracias(?:\\s+a\\s+todos)?"],
  pronouns: { singular: ["él", "ella"], plural: ["ellos", "ellas"] },
  dropsSubject: true,
  // Whom the source told and a day end what a source's tail says about it ("una fuente del Ejecutivo | a este periódico"),
  // as a new clause does ("una enfermera del hospital | y nadie habla").
  tailBreaks: ["a", "al", "y", "que", "pero", "ayer", "hoy", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
  citingCues: ["citando a", "citando"],
  anonymousHeads: ["fuente", "fuentes", "autoridades", "funcionario", "funcionarios", "funcionaria", "experto", "expertos", "experta", "diplomático", "diplomáticos", "testigo", "testigos", "vecino", "vecinos", "residente", "residentes", "portavoz", "analista", "analistas", "investigador", "investigadores", "oficial", "oficiales", "responsable", "responsables", "allegado", "allegados", "empleado", "empleados", "médico", "médicos", "técnico", "técnicos", "técnica", "técnicas"],
  channelPhrases: [`(?:en|durante|mediante|a\\s+través\\s+de)\\s+(?:(?:un|una|el|la|los|las|su|sus)\\s+)?(?:comunicados?|conferencias?\\s+de\\s+prensa|ruedas?\\s+de\\s+prensa|entrevistas?|declaraciones|declaración|mensajes?|correos?|notas?\\s+de\\s+prensa|cartas?|discursos?|tuits?|intervenciones|intervención)`],
  determiners: ["un", "una", "unos", "unas", "varios", "varias", "algunos", "algunas", "dos", "tres", "el", "la", "los", "las", "estos", "estas", "otros", "otras", "muchos", "muchas", "diversos", "diversas"],
  possessives: ["su", "sus"],
  // "dijo a EFE el portavoz": whom the speaker told, before an inverted subject.
  mediumPhrases: [`en\\s+(?:(?:su|la|el)\\s+)?(?:(?:cuenta|perfil|página|red\\s+social)\\s+(?:de\\s+)?)?${MEDIUM_NAME}`, "en\\s+(?:las\\s+)?redes(?:\\s+sociales)?"],
  toldPrepositions: ["a la", "al", "a"],
  roleNouns: ["experto", "experta", "periodista", "analista", "portavoz", "ministro", "ministra", "profesor", "profesora", "investigador", "investigadora", "director", "directora", "autor", "autora", "abogado", "abogada", "diplomático", "embajador", "embajadora", "historiador", "historiadora", "diputado", "diputada", "senador", "senadora", "alcalde", "alcaldesa", "presidente", "presidenta", "secretario", "secretaria", "asesor", "asesora", "médico", "médica", "economista", "científico", "científica", "corresponsal", "redactor", "fundador", "responsable", "jefe", "jefa", "general", "coronel", "portavoz", "papa", "rey", "reina", "príncipe", "princesa", "pontífice", "cardenal", "obispo"],
  // "un diario cercano al Partido X", "un semanario propiedad del Grupo X": the name describes the noun before it.
  nounDescriptions: [
    { words: ["cercan[oa]s?", "próxim[oa]s?", "afín", "afines", "vinculad[oa]s?", "ligad[oa]s?", "afiliad[oa]s?", "fiel(?:es)?", "leal(?:es)?", "hostil(?:es)?", "contrari[oa]s?", "opuest[oa]s?"], prepositions: ["a", "al", "a la", "a los", "a las"] },
    { words: ["vinculad[oa]s?", "ligad[oa]s?", "alinead[oa]s?"], prepositions: ["con", "con el", "con la", "con los", "con las"] },
    { words: ["propiedad"], prepositions: ["de", "del", "de la", "de los", "de las"] },
    { words: ["financiad[oa]s?", "controlad[oa]s?", "dirigid[oa]s?", "respaldad[oa]s?", "apoyad[oa]s?"], prepositions: ["por", "por el", "por la", "por los", "por las"] },
  ],
  organisationCues: ["banco", "ministerio", "gobierno", "ejército", "policía", "guardia civil", "fiscalía", "tribunal", "juzgado", "consejo", "ayuntamiento", "alcaldía", "universidad", "instituto", "fundación", "asociación", "comisión", "agencia", "autoridad", "oficina", "departamento", "partido", "hospital", "vaticano", "onu", "otan", "ue"],
  institutions: {
    government: ["gobierno", "gubernamental", "gubernamentales", "Ejecutivo", "Gabinete"],
    ministry: ["ministerio", "ministerial", "ministeriales"],
    police: ["policía", "policial", "policiales"],
    military: ["ejército", "militar", "militares", "castrense", "castrenses"],
    intelligence: ["inteligencia"],
  },
  outletCues: [...OUTLET_NOUNS.filter((n) => !n.includes(" ")), "noticias", "news", "heraldo", "gaceta", "correo", "crónica", "voz", "mundo", "país", "prensa", "tiempo", "eco", "faro", "press", "tv", "diario", "periódico", "tribuna", "tele"],
  outletSuffixes: [],
  genericSources: ["medios", "medios locales", "la prensa", "prensa local", "prensa", "periódicos", "diarios", "fuentes", "agencias", "redes sociales", "rumores", "estudio", "estudios", "expertos", "informes"],
  subjectRelatives: ["que", "quien", "quienes"],
  possessiveStatementLeads: ["su declaración", "su mensaje", "su carta", "su respuesta", "su comunicado", "su discurso"],
  accordingLeads: ["según"],
  // A figure or photo pointed back to at a sentence's start: its next sentence may say who put it out (types.ts).
  restatementLeads: ["el dato", "los datos", "la cifra", "las cifras", "el número", "la estimación", "el porcentaje", "la estadística", "la foto", "la fotografía", "la imagen", "las imágenes", "el vídeo", "el video", "la publicación", "la noticia", "el rumor", "esa cifra", "esta cifra", "esa foto", "esta foto"],
  studyAuthorLeads: ["estudio", "encuesta", "investigación", "investigadores", "científicos", "expertos"].flatMap((n) => [`${n} de`, `${n} del`, `${n} de la`]),
  // "Las fuentes no solo confirmaron": "not only", "only" stand between a subject and its verb, no part of the subject.
  beforeVerbWords: ["nos", "lo", "la", "los", "las", "le", "les", "ya", "también", "solo", "sólo", "no solo", "no sólo", "tampoco"],
  verbAdverbs: ["ya", "también", "entonces", "luego", "después", "además"],
  // "Fuentes portuarias consultadas por este diario confirman": who asked the sources is no part of them.
  verbAsides: ["(?:consultad|contactad|preguntad|citad)[oa]s?\\s+por\\s+[^,.;:!?«»\"“”]{2,60}?"],
  ownerPrepositions: ["de", "del", "por"],
  prepositions: ["a", "al", "de", "del", "en", "con", "por", "para", "sobre", "desde", "hasta", "entre", "hacia", "durante", "sin", "tras"],
  nameStopwords: ["pero", "y", "según", "ayer", "hoy", "también", "luego", "sin embargo", "además", "entonces", "después", "antes", "mientras", "si", "este", "esta", "él", "ella", "ellos", "en", "para", "como", "ya", "ahora", "aún", "todavía"],
  photoCredits: ["(?:Foto(?:grafía)?|Imagen|Crédito(?:s)?(?!\\s*:\\s*https?:\\/\\/)|Video|Ilustración)\\s*:\\s*[^\\n]{0,80}", "\\((?:Foto|Imagen)\\s*(?::|de)\\s*[^)]{0,80}\\)", "©\\s*[^\\n]{0,60}", "(?:Foto|Imagen)\\s+(?:de|cortesía\\s+de)\\s+[^\\n.]{0,60}"],
  referenceNouns: ["artículo", "artículos", "art", "apartado", "párrafo", "inciso", "fracción", "capítulo", "sección", "ley", "decreto", "resolución", "directiva", "reglamento", "numeral"],
  yearNouns: ["año"],
  newCountWords: ["hasta ahora", "hasta el momento", "ahora", "ascendió a", "asciende a", "aumentó a", "subió a", "se elevó a"],
  titleCues: ["libro", "titulado", "titulada", "titular", "título", "película", "documental", "novela", "informe", "artículo", "canción", "ensayo", "programa", "reportaje", "segmento", "sección", "estudio", "tituló", "titulaba"],
  compositionVerbs: ["escribió", "escribe", "escrito", "compuso", "redactó"],
  without: ["sin"],
  creditLines: [
    NAME_AND_DATE_LINE,
    SIGNATURE_LINE,
    "^\\s*(?:Este|El)\\s+(?:artículo|texto|reportaje)\\s+(?:fue\\s+)?(?:publicado|apareció)\\s+(?:originalmente|originariamente|por\\s+primera\\s+vez|inicialmente)\\s+(?:en|por)\\s+(?<name>[^\\n]{2,80}?)[.\\s]*$",
    "^\\s*(?:Fuente|Fuentes|Vía|(?<contributed>Con\\s+información\\s+de))\\s*:\\s*(?<name>[^\\n]{2,60}?)\\s*$",
    "^\\s*(?<name>(?:\\p{Lu}[\\p{Lu} .&'-]{2,40}))\\s*$",
  ],
  madeByLines: ["(?:Verificación(?:\\s+de\\s+(?:datos|hechos))?|Chequeo|Fact[- ]?check|Artículo|Texto|Reportaje|Nota|Investigación)\\s+(?:realizad[oa]|hech[oa]|escrit[oa]|elaborad[oa]|producid[oa])\\s+por"],
  newsroomSteps: {
    contact: ["ha\\s+contactado", "se\\s+ha\\s+puesto\\s+en\\s+contacto", "contactó\\s+con", "consultad[oa]s?\\s+por", "ha\\s+consultado", "ha\\s+preguntado"],
    noAnswer: ["no\\s+ha\\s+(?:respondido|contestado)", "no\\s+(?:respondió|contestó)", "sin\\s+respuesta", "declinó\\s+(?:hacer\\s+)?comentarios", "no\\s+ha\\s+querido\\s+(?:hacer\\s+)?(?:declaraciones|comentarios)"],
    purpose: ["para\\s+(?:obtener\\s+|recabar\\s+)?(?:(?:un|sus?)\\s+)?comentarios?"],
  },
};
