/**
 * Galician reading data: «segundo X», «segundo informou X», «informou o xornal X», «X publicou que», «"…", dixo X»,
 * «dixo á/ao X». Galician writes like Portuguese in its articles and fused prepositions ("o xornal", "á axencia", "do
 * diario") but has its own words for the paper ("xornal", "axencia") and its own past of "say" ("dixo", "dixeron").
 */
import { BOW, capitalisedName, DOMAIN, EOW, SIGNATURE_LINE } from "./common.ts";
import type { LanguageFrames } from "./types.ts";

/** Lower-case articles before a name, not part of it ("o Faro" is the Faro). */
const ART = "(?:o|a|os|as)";
/** Nouns that say the name after them is a publication ("o xornal X", "a axencia X"). */
const OUTLET_NOUNS = ["xornal", "diario", "periódico", "semanario", "revista", "axencia", "axencia de noticias", "portal", "web", "sitio web", "dixital", "medio", "canle", "cadea", "emisora", "radio", "televisión", "blog", "boletín", "publicación"];
const NOUN = `(?:${[...OUTLET_NOUNS].sort((a, b) => b.length - a.length).map((n) => n.replace(/\s+/g, "\\s+")).join("|")})`;
/** An outlet noun before the name, with its article and at most one adjective ("o xornal coruñés"), captured as `cue`. */
const CUE = `(?:${ART}\\s+)?(?<cue>${NOUN}(?:\\s+(?!(?:de|do|da|dos|das|e|que|en|no|na)${EOW})\\p{Ll}+)?)\\s+`;
/** Verbs of publishing and reporting, third person present and past, singular and plural. */
const REPORTS = "informou|informa|informaron|publicou|publica|publicaron|recolle|recolleu|avanzou|avanza|adiantou|adianta|revelou|revela|difundiu|difunde|escribiu|escribe|noticiou|sinalou";
/**
 * After "segundo": a verb of telling in the plural with "desde" (from), which names the body the words come from, not
 * whom they were told ("segundo confirman desde a Consellería", according to what the department confirms); or one of
 * the reporting verbs alone ("segundo informou X").
 */
const SEGUNDO_VERB = `(?:(?:confirman|indican|explican|sinalan|aseguran|apuntan|informan|din|comentan|precisan|detallan)\\s+desde|(?:${REPORTS})(?:\\s+desde)?)`;
/** Prepositions fused with an article: "ao", "á", "aos", "ás" (to the). */
const TO = "(?:ao|á|aos|ás|a)";
/** Past and present of "say" and its kin, third person singular and plural. */
const SAY = "dixo|dixeron|di|din|afirmou|afirmaron|declarou|declararon|explicou|explicaron|asegurou|aseguraron|confirmou|confirmaron|contou|contaron|indicou|indicaron|sinalou|sinalaron";

export const gl: LanguageFrames = {
  language: "gl",
  complementisers: ["que"],
  name: `(?:${DOMAIN}|${capitalisedName(["de", "do", "da", "dos", "das", "e"])})`,
  date: `(?:en|o|este|esta|onte|hoxe|luns|martes|mércores|xoves|venres|sábado|domingo)\\s+(?<date>\\d{1,2}\\s+de\\s+\\p{Ll}+(?:\\s+de\\s+\\d{4})?|\\p{Ll}+)`,
  descriptor: `${ART}\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,2}(?:${NOUN})(?:\\s+[\\p{Ll}-]+){0,2}`,
  end: `(?=\\s*(?:[,.;:!?)»”"’]|$|—|–)|\\s+(?:que|e|mais|pero|o|a|os|as|un|unha|en|no|na|ao|á|con|sen|por|para|sobre|onte|hoxe|este|esta|ten|é|foi|non|se|segundo|como|mentres|despois|antes)${EOW})`,
  frames: [
    // "segundo X", "segundo informou X", "segundo o xornal X", "de acordo con X": X may be a person or a body as often as
    // a paper: without an outlet noun only with evidence of an outlet.
    { id: "gl.segundo_cue", frame: "according_to", allowUnknown: true, pattern: `${BOW}(?:[Ss]egundo|[Dd]e\\s+acordo\\s+con|[Cc]onforme\\s+a)\\s+(?:${SEGUNDO_VERB}\\s+)?${CUE}{SRC}{END}`, example: "O porto seguirá pechado, segundo o xornal Faro do Porto.", expect: "Faro do Porto" },
    { id: "gl.segundo", frame: "according_to", allowUnknown: true, needsEvidence: true, pattern: `${BOW}(?:[Ss]egundo|[Dd]e\\s+acordo\\s+con|[Cc]onforme\\s+a)\\s+(?:${SEGUNDO_VERB}\\s+)?(?:${ART}\\s+)?{SRC}{END}`, example: "O porto seguirá pechado, segundo informou Reuters.", expect: "Reuters" },
    // "…, informou o xornal X", "publicou a axencia X": the verb before its subject, named an outlet by its noun.
    { id: "gl.informou_cue", frame: "reported", allowUnknown: true, pattern: `${BOW}(?:[Cc]omo\\s+)?(?:${REPORTS})\\s+${CUE}{SRC}{END}`, example: "O barco afundiu, informou o xornal Faro do Porto.", expect: "Faro do Porto" },
    { id: "gl.informou", frame: "reported", allowUnknown: true, needsEvidence: true, publishingVerb: true, pattern: `${BOW}(?:[Cc]omo\\s+)?(?:${REPORTS})\\s+(?:${ART}\\s+)?{SRC}{END}`, example: "O barco afundiu, informou Reuters.", expect: "Reuters" },
    // "O xornal X publicou que …" / "X publicou que …": the outlet as subject; a person publishes too, so only with evidence.
    { id: "gl.subject_reported", frame: "reported", allowUnknown: true, needsEvidence: true, pattern: `{SRC}\\s+(?:${REPORTS})${EOW}`, example: "Reuters publicou que o alcalde dimitiu.", expect: "Reuters" },
    // "dixo á Radio X", "explicou ao xornal X": whom the words were given to.
    { id: "gl.dixo_a", frame: "told", allowUnknown: true, needsEvidence: true, pattern: `${BOW}(?:${SAY})\\s+${TO}\\s+(?:${CUE})?{SRC}{END}`, example: "“Non imos renunciar”, dixo á Radio Ribeira un veciño.", expect: "Radio Ribeira" },
  ],
  speechVerbs: [
    "dixo", "dixeron", "di", "din", "afirma", "afirman", "afirmou", "afirmaron", "declara", "declaran", "declarou", "declararon", "explica", "explican", "explicou", "explicaron",
    "asegura", "aseguran", "asegurou", "aseguraron", "confirma", "confirman", "confirmou", "confirmaron", "indica", "indican", "indicou", "indicaron", "sinala", "sinalan",
    "sinalou", "sinalaron", "engade", "engaden", "engadiu", "engadiron", "advirte", "advirten", "advertiu", "advertiron", "subliña", "subliñou", "subliñaron", "destaca",
    "destacou", "comentou", "comentaron", "recoñece", "recoñeceu", "nega", "negou", "negaron", "denunciou", "manifestou", "detallou", "precisou", "lembrou", "contou",
    "aclarou", "relatou", "apuntou", "insistiu", "alertou", "alertaron",
  ],
  pronouns: { singular: ["el", "ela"], plural: ["eles", "elas"] },
  dropsSubject: true,
  anonymousHeads: ["fonte", "fontes", "autoridades", "funcionario", "funcionarios", "experto", "expertos", "especialista", "especialistas", "testemuña", "testemuñas", "veciño", "veciños", "veciña", "veciñas", "portavoz", "axentes", "investigadores", "responsable", "responsables"],
  determiners: ["un", "unha", "uns", "unhas", "dous", "dúas", "tres", "varios", "varias", "algúns", "algunhas", "moitos", "moitas", "o", "a", "os", "as"],
  roleNouns: ["experto", "xornalista", "analista", "portavoz", "ministro", "ministra", "conselleiro", "conselleira", "profesor", "profesora", "investigador", "investigadora", "director", "directora", "avogado", "avogada", "deputado", "deputada", "alcalde", "alcaldesa", "presidente", "presidenta", "secretario", "secretaria", "médico", "médica", "delegado", "delegada", "subdelegado", "subdelegada", "xefe", "xefa", "comisario", "comisaria", "fiscal", "xuíz", "xuíza"],
  organisationCues: ["banco", "ministerio", "goberno", "xunta", "policía", "garda civil", "comisaría", "fiscalía", "tribunal", "xulgado", "concello", "deputación", "universidade", "instituto", "fundación", "asociación", "comisión", "consellería", "delegación", "subdelegación", "departamento", "partido", "hospital", "sergas"],
  outletCues: [...OUTLET_NOUNS.filter((n) => !n.includes(" ")), "faro", "voz", "correo", "galicia", "noticias", "news", "diario", "xornal", "progreso"],
  genericSources: ["medios", "os medios", "fontes", "expertos", "redes sociais", "as redes sociais", "xornais", "axencias"],
  prepositions: ["a", "ao", "á", "de", "do", "da", "en", "no", "na", "con", "por", "polo", "pola", "para", "sobre", "desde", "ata", "entre", "cara", "durante", "sen", "tras"],
  toldPrepositions: ["á", "ao", "a"],
  nameStopwords: ["o", "a", "os", "as", "e", "pero", "mais", "que", "segundo", "tamén", "ademais", "así", "el", "ela", "eles", "elas", "en", "de", "onte", "hoxe", "este", "esta", "entre", "estes", "estas"],
  photoCredits: ["(?:Foto|Fotografía|Imaxe|Vídeo)\\s*:\\s*[^\\n]{0,80}", "©\\s*[^\\n]{0,60}"],
  titleCues: ["libro", "filme", "película", "artigo", "reportaxe", "informe", "programa", "canción", "titular"],
  without: ["sen"],
  creditLines: [SIGNATURE_LINE, "^\\s*(?:Fonte|Fontes)\\s*:\\s*(?<name>[^\\n]{2,60}?)\\s*$"],
};
