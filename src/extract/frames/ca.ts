/**
 * Catalan reading data: «segons», «d'acord amb», «va informar», «va dir a», «explica X», «fonts consultades per»,
 * «que va preferir no donar el seu nom». Modelled on Spanish (es.ts); without it a Catalan text was read with English data.
 */
import { BOW, capitalisedName, DOMAIN, EOW, SIGNATURE_LINE } from "./common.ts";
import type { LanguageFrames } from "./types.ts";

/** Lower-case articles before a name, not part of it ("el diari" … "El Punt" keeps its capital). */
const ART = "(?:el|la|els|les|l['’])";
/** Nouns that say the name after them is a publication ("el diari X", "l'agència X"). */
const OUTLET_NOUNS = ["diari", "periòdic", "mitjà", "lloc web", "portal", "web", "revista", "setmanari", "agència", "agència de notícies", "cadena", "canal", "emissora", "ràdio", "televisió", "blog", "butlletí", "informatiu"];
const NOUN = `(?:${[...OUTLET_NOUNS].sort((a, b) => b.length - a.length).map((n) => n.replace(/\s+/g, "\\s+")).join("|")})`;
/** An outlet noun before the name, with its article and at most one adjective, captured as `cue`. */
// The adjective is never a preposition or a conjunction: "el diari de Girona" says where the paper is, it names no outlet "Girona".
const CUE = `(?:${ART}\\s*)?(?<cue>${NOUN}(?:\\s+(?!(?:de|del|i|que|en)${EOW})\\p{Ll}+)?)\\s+`;
const TO = "(?:al|a\\s+la|als|a\\s+les|a\\s+l['’]|a)";
const BY = "(?:per|pel|per\\s+la|pels|per\\s+les|per\\s+l['’])";
const ON = "(?:en|a|al|a\\s+la|a\\s+l['’]|als|a\\s+les)";
/** "va dir", "ha dit", "diu": the past is written with "va" and the infinitive. */
const VERBS: readonly [string, string, string][] = [
  ["dir", "diu", "dit"], ["explicar", "explica", "explicat"], ["afirmar", "afirma", "afirmat"], ["assegurar", "assegura", "assegurat"],
  ["declarar", "declara", "declarat"], ["assenyalar", "assenyala", "assenyalat"], ["indicar", "indica", "indicat"], ["afegir", "afegeix", "afegit"],
  ["confirmar", "confirma", "confirmat"], ["advertir", "adverteix", "advertit"], ["subratllar", "subratlla", "subratllat"], ["destacar", "destaca", "destacat"],
  ["precisar", "precisa", "precisat"], ["comentar", "comenta", "comentat"], ["admetre", "admet", "admès"], ["reconèixer", "reconeix", "reconegut"],
  ["alertar", "alerta", "alertat"], ["recordar", "recorda", "recordat"], ["insistir", "insisteix", "insistit"], ["respondre", "respon", "respost"],
];
const SPEECH = VERBS.flatMap(([inf, present, participle]) => [`va ${inf}`, `van ${inf}`, `ha ${participle}`, `han ${participle}`, present, `${present.replace(/a$/u, "en").replace(/eix$/u, "eixen")}`]);

export const ca: LanguageFrames = {
  language: "ca",
  occasionMedia: { spoken: ["entrevista\\p{L}*"] },
  name: `(?:${DOMAIN}|${capitalisedName(["de", "del", "de\\s+la", "dels", "de\\s+les", "d['’]", "i", "of", "for", "and", "the", "el", "la"])})`,
  date: `(?:el|aquest|el\\s+passat|dilluns|dimarts|dimecres|dijous|divendres|dissabte|diumenge)\\s+(?<date>\\d{1,2}\\s+(?:de\\s+|d['’])\\p{Ll}+(?:\\s+de\\s+\\d{4})?|\\p{Ll}+)`,
  descriptor: `${ART}\\s*(?:[\\p{L}\\p{N}-]+\\s+){0,2}(?:${NOUN})(?:\\s+[\\p{Ll}-]+){0,2}`,
  end: `(?=\\s*(?:[,.;:!?)»”"’]|$|—|–)|\\s+(?:que|i|però|el|la|els|les|un|una|en|a|al|amb|per|sobre|ahir|avui|dilluns|dimarts|dimecres|dijous|divendres|dissabte|diumenge|ha|havia|és|va|no|es|citant|segons|com|mentre|després|abans|publicat|publicada|difós|difosa)${EOW})`,
  frames: [
    { id: "ca.segons", frame: "according_to", allowUnknown: true, pattern: `${BOW}(?:[Ss]egons|[Dd]['’]acord\\s+amb)\\s+(?:(?:un|una|el|la|l['’])\\s*(?:\\p{Ll}+\\s+)?(?:article|informe|reportatge|nota|publicació|vídeo|missatge|post)(?:\\s+\\p{Ll}+)?\\s+(?:de|del|de\\s+la|d['’]|${ON})\\s*)?(?:${CUE})?(?:${ART}\\s*)?{SRC}{END}`, example: "El port continuarà tancat, segons El Correu del Sud.", expect: "El Correu del Sud" },
    { id: "ca.informa", frame: "reported", allowUnknown: true, pattern: `${BOW}(?:[Cc]om\\s+)?(?:va\\s+informar|informa|ha\\s+informat|va\\s+publicar|publica|ha\\s+publicat|va\\s+revelar|revela|ha\\s+revelat|va\\s+avançar|avança|ha\\s+avançat)\\s+(?:${CUE})?(?:${ART}\\s*)?{SRC}{END}`, example: "El vaixell es va enfonsar, va informar El Correu del Sud.", expect: "El Correu del Sud" },
    { id: "ca.dir_a", frame: "told", allowUnknown: true, pattern: `${BOW}{SAY}\\s+${TO}\\s+(?:${CUE})?{SRC}{END}`, example: "«No ens rendirem», va dir a La Gaseta del Nord un funcionari.", expect: "La Gaseta del Nord" },
    { id: "ca.publicat_per", frame: "reported_by", allowUnknown: true, pattern: `${BOW}(?:publicad?[ae]?s?|difós|difosa|revelad?[ae]?s?|avançad?[ae]?s?)\\s+(?:primer\\s+)?${BY}\\s+(?:${CUE})?{SRC}{END}`, example: "La notícia, publicada per El Far del Nord, era falsa.", expect: "El Far del Nord" },
    { id: "ca.citat_per", frame: "cited_by", allowUnknown: false, pattern: `${BOW}(?:citad?[ae]?s?|recollid?[ae]?s?|consultad?[ae]?s?)\\s+${BY}\\s+{SRC}{END}`, example: "La xifra, citada per El Far del Nord, és dubtosa.", expect: "El Far del Nord" },
  ],
  speechVerbs: SPEECH,
  opinionLeads: ["per a", "segons"],
  articleSelf: ["aquest", "aquesta"],
  anonymityClauses: ["que (?:va|van|ha|han) (?:demanar|preferir|voler|sol·licitar|demanat|preferit|volgut) (?:no (?:ser (?:identificad|anomenad|citad)(?:a|es|os)?|donar (?:el seu|el|seu) nom|revelar (?:el seu|la seva) (?:nom|identitat))|(?:mantenir|conservar) l['’]anonimat|l['’]anonimat)", "(?:sota|amb) (?:la )?condició d['’]anonimat"],
  pronouns: { singular: ["ell", "ella"], plural: ["ells", "elles"] },
  dropsSubject: true,
  complementisers: ["que"],
  // A source's tail ends where a new clause starts ("una infermera de l'hospital i ningú en parla").
  tailBreaks: ["i", "que", "però", "ahir", "avui", "dilluns", "dimarts", "dimecres", "dijous", "divendres", "dissabte", "diumenge"],
  citingCues: ["citant"],
  anonymousHeads: ["font", "fonts", "autoritats", "funcionari", "funcionaris", "funcionària", "expert", "experts", "experta", "diplomàtic", "testimoni", "testimonis", "veí", "veïns", "portaveu", "analista", "analistes", "investigador", "investigadors", "responsable", "responsables", "treballador", "treballadors", "metge", "metges"],
  channelPhrases: [`(?:en|durant|mitjançant)\\s+(?:(?:un|una|el|la|l['’]|els|les|seu|seva)\\s*)?(?:comunicats?|rodes?\\s+de\\s+premsa|entrevistes?|entrevista|declaracions|declaració|missatges?|notes?|cartes?|discursos?)`],
  determiners: ["un", "una", "uns", "unes", "diversos", "diverses", "alguns", "algunes", "dos", "dues", "tres", "el", "la", "els", "les", "aquests", "aquestes", "altres", "molts", "moltes"],
  roleNouns: ["expert", "experta", "periodista", "analista", "portaveu", "ministre", "ministra", "professor", "professora", "investigador", "investigadora", "director", "directora", "advocat", "advocada", "diputat", "diputada", "alcalde", "alcaldessa", "president", "presidenta", "conseller", "consellera", "secretari", "secretària", "metge", "metgessa", "doctor", "doctora", "farmacèutic", "farmacèutica", "economista", "científic", "científica", "corresponsal", "responsable", "cap", "infermera", "infermer", "papa", "rei", "reina", "príncep", "princesa", "cardenal", "bisbe"],
  organisationCues: ["banc", "ministeri", "govern", "generalitat", "policia", "mossos", "fiscalia", "tribunal", "jutjat", "consell", "ajuntament", "universitat", "institut", "fundació", "associació", "comissió", "agència", "autoritat", "departament", "partit", "hospital", "col·legi"],
  institutions: {
    government: ["govern", "governamental", "governamentals", "Executiu"],
    ministry: ["ministeri", "ministerial", "ministerials"],
    police: ["policia", "policial", "policials", "mossos"],
    military: ["exèrcit", "militar", "militars"],
    intelligence: ["intel·ligència"],
  },
  outletCues: [...OUTLET_NOUNS.filter((n) => !n.includes(" ")), "notícies", "news", "diari", "gaseta", "correu", "crònica", "veu", "punt", "premsa", "temps", "tv", "ràdio"],
  genericSources: ["mitjans", "mitjans locals", "la premsa", "premsa", "diaris", "fonts", "agències", "xarxes socials", "rumors", "estudi", "estudis", "experts", "informes"],
  subjectRelatives: ["que"],
  prepositions: ["a", "al", "de", "del", "en", "amb", "per", "pel", "sobre", "des", "fins", "entre", "cap", "durant", "sense", "després"],
  nameStopwords: ["però", "i", "segons", "ahir", "avui", "també", "després", "abans", "mentre", "si", "aquest", "aquesta", "ell", "ella", "ells", "en", "per", "com", "ja", "ara", "encara"],
  photoCredits: ["(?:Foto(?:grafia)?|Imatge|Crèdit(?:s)?|Vídeo|Il·lustració)\\s*:\\s*[^\\n]{0,80}", "©\\s*[^\\n]{0,60}"],
  titleCues: ["llibre", "titulat", "titulada", "títol", "pel·lícula", "documental", "novel·la", "informe", "article", "cançó", "assaig", "programa", "estudi"],
  creditLines: [
    SIGNATURE_LINE,
    "^\\s*(?:Font|Fonts|Via|Amb\\s+informació\\s+de)\\s*:\\s*(?<name>[^\\n]{2,60}?)\\s*$",
  ],
};
