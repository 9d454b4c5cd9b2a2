/**
 * Estonian reading data: «X teatel», «ajalehe X teatel», «kirjutab/vahendab X», «„…“, ütles X», «kinnitab politsei», «X
 * teatas, et …», «ütles ERR-ile». Estonian writes no articles, puts the name whose account it is in the genitive before
 * "teatel" (by X's announcement), "andmetel" (by X's data) and "sõnul" (in X's words), and declines nouns (the allative
 * of whom words were told: "ajalehele", "ajakirjanikele"); on an abbreviation or a foreign name it writes the case ending
 * after a hyphen ("ERR-i teatel", "ütles BBC-le"). Its third person past is one form for singular and plural in the tag
 * ("ütles", said), so the verbs are listed, not conjugated.
 */
import { BOW, capitalisedName, DOMAIN, EOW, SIGNATURE_LINE } from "./common.ts";
import type { LanguageFrames } from "./types.ts";

/** Publication nouns before a name, in the cases a frame needs ("ajaleht X", "ajalehe X teatel", "ajalehele X"), kept as `cue`. */
const NOUNS = "ajaleht|ajalehe|ajalehele|päevaleht|päevalehe|nädalaleht|nädalalehe|portaal|portaali|portaalile|uudisteportaal|uudisteportaali|uudisteagentuur|uudisteagentuuri|agentuur|agentuuri|agentuurile|telekanal|telekanali|telekanalile|raadio|raadiole|väljaanne|väljaande|väljaandele|veebiväljaanne|veebiväljaande|ringhääling|ringhäälingu|ringhäälingule";
/** An outlet noun, maybe after a word in small letters or a country's genitive ("kohalik ajaleht", "Läti uudisteagentuur"), captured as `cue`. */
const CUE = `(?:(?:\\p{Lu}\\p{Ll}+\\s+|\\p{Ll}+\\s+)?(?<cue>${NOUNS})${EOW}\\s+)`;
/** Verbs of publishing and relaying, third person present and past ("kirjutab", "vahendas", "teatab"). */
const PUBLISHES = "kirjutab|kirjutas|kirjutavad|kirjutasid|vahendab|vahendas|teatab|teatas|avaldas|avaldab|raporteerib|raporteeris";
/** Nouns of someone's account after a genitive name ("X teatel", by X's announcement; "X andmetel", by X's data). */
const ACCOUNT = "teatel|andmetel|info\\s+kohaselt|hinnangul|väitel";
/** The genitive and the allative written after a hyphen on an abbreviation or a foreign name ("ERR-i", "BBC-le", "CNN-ile"). */
const HYPHEN_GENITIVE = "-(?:i|a|u|e)";
const HYPHEN_ALLATIVE = "-(?:le|ile)";
/** Verbs of telling, whose allative object is whom the words were told ("ütles ERR-ile"). */
const TELL = "(?:ütles|ütleb|rääkis|räägib|kinnitas|kinnitab|sõnas|lisas|selgitas|selgitab|kommenteeris)";

export const et: LanguageFrames = {
  language: "et",
  // An outlet's name may be written in quotation marks after its noun ("ajaleht „Saare Hääl“"): inside the marks the
  // whole title is the name; elsewhere a run of capitalised words.
  name: `(?:${DOMAIN}|(?<=[„“"«])\\p{Lu}[^„“”"«»\\n]{0,40}?(?=[“”"»])|${capitalisedName([])})`,
  date: `(?<date>(?:esmaspäeval|teisipäeval|kolmapäeval|neljapäeval|reedel|laupäeval|pühapäeval)|\\d{1,2}\\.\\s*\\p{Ll}+)`,
  descriptor: `(?:see|nimetatud)\\s+(?:ajaleht|portaal|väljaanne|agentuur)`,
  // Estonian writes common nouns and verbs in small letters: a word in small letters ends a name.
  end: `(?=\\s*(?:[,.;:!?)»“”"’]|$|—|–)|\\s+\\p{Ll})`,
  frames: [
    // "ajalehe X teatel", "portaali X andmetel": an outlet noun in the genitive before the name, which stays in the
    // nominative as its apposition, then whose account it is.
    { id: "et.teatel_cue", frame: "according_to", allowUnknown: true, pattern: `${BOW}${CUE}{SRC}\\s+(?:${ACCOUNT})${EOW}`, example: "Sadam suleti ajalehe Saare Hääl teatel.", expect: "Saare Hääl" },
    // "ERR-i teatel", "AFP teatel": a person's or a body's genitive stands there as often ("politsei teatel",
    // "Kase teatel"), and a declined name's nominative is no guess: only a name the registry knows, written whole (the
    // case ending after a hyphen is taken off the name: `hyphenCaseEndings`).
    { id: "et.teatel", frame: "according_to", allowUnknown: false, registryOnly: true, pattern: `${BOW}{SRC}(?:${HYPHEN_GENITIVE})?\\s+(?:${ACCOUNT})${EOW}`, example: "ERR-i teatel suleti sadam.", expect: "ERR-i" },
    // "kirjutab ajaleht X", "vahendas uudisteagentuur X": the outlet noun says the subject after the verb is a publication.
    { id: "et.kirjutab_cue", frame: "reported", allowUnknown: true, pattern: `${BOW}(?:${PUBLISHES})${EOW}\\s+${CUE}{SRC}{END}`, example: "Sadam suleti, kirjutab ajaleht Saare Hääl.", expect: "Saare Hääl" },
    // "vahendab ERR", "kirjutab Reuters": a person writes too: an outlet only with evidence of one.
    { id: "et.kirjutab", frame: "reported", allowUnknown: true, needsEvidence: true, publishingVerb: true, pattern: `${BOW}(?:${PUBLISHES})\\s+{SRC}{END}`, example: "Sadam suleti, vahendab Reuters.", expect: "Reuters" },
    // "ajaleht X kirjutas, et …": the outlet noun before the subject.
    { id: "et.cue_subject", frame: "reported", allowUnknown: true, pattern: `${BOW}${CUE}{SRC}\\s+(?:${PUBLISHES})${EOW}`, example: "Eile ajaleht Saare Hääl kirjutas, et sadam suleti.", expect: "Saare Hääl" },
    // "ütles ajalehele X", "rääkis portaalile X": told to an outlet, its noun in the allative.
    { id: "et.ajalehele", frame: "told", allowUnknown: true, pattern: `${BOW}(?<cue>ajalehele|portaalile|agentuurile|telekanalile|raadiole|väljaandele|ringhäälingule)\\s+{SRC}{END}`, example: "Minister ütles ajalehele Saare Hääl, et sadamat ei suleta.", expect: "Saare Hääl" },
    // "ütles minister ERR-ile", "ERR-ile ütles minister": the allative after a hyphen, after or before the speech verb;
    // a name the registry knows only (the allative is as often a person's or a body's).
    { id: "et.ytles_le", frame: "told", allowUnknown: false, pattern: `${BOW}${TELL}\\s+(?:[^,.;:!?”"»]{1,40}?\\s+)?{SRC}${HYPHEN_ALLATIVE}${EOW}`, example: "„Sild on ohutu,“ ütles minister ERR-ile.", expect: "ERR" },
    { id: "et.le_ytles", frame: "told", allowUnknown: false, pattern: `${BOW}{SRC}${HYPHEN_ALLATIVE}\\s+${TELL}${EOW}`, example: "ERR-ile ütles minister, et sild on ohutu.", expect: "ERR" },
  ],
  // Verbs of publishing ("kirjutab", "vahendab") are left to the frames: after them stands an outlet as often as a person.
  // Not "vastas" (answered), which is as often the postposition "opposite".
  speechVerbs: [
    "ütles", "ütleb", "ütlesid", "ütlevad", "rääkis", "räägib", "rääkisid", "kinnitas", "kinnitab", "kinnitasid", "kinnitavad", "lisas", "lisab", "lisasid",
    "rõhutas", "rõhutab", "toonitas", "toonitab", "märkis", "märgib", "selgitas", "selgitab", "sõnas", "sõnab", "lausus", "hoiatas", "hoiatab",
    "tõdes", "tõdeb", "nentis", "nendib", "täpsustas", "meenutas", "kommenteeris", "väitis", "väidab", "eitas", "eitab", "tunnistas", "tunnistab", "teatas", "teatasid",
  ],
  // Whom the words were told, in the allative ("ütles ajakirjanikele", "rääkis Raadio Põhjale"): a word ending so is no
  // part of the speaker's name. Not the bare "-le": many given names end in "-lle" ("Pille", "Merle" end in "-le" too).
  toldCaseEndings: ["ale", "ele", "ile", "ule", "õle", "äle", "üle"],
  // The case endings Estonian writes after a hyphen on a name it does not decline ("ERR-i", "CNN-ist"). Not the allative
  // ("ERR-ile"): whom the words were told, a word no speaker's name holds (`toldCaseEndings`).
  hyphenCaseEndings: ["i", "d", "lt", "ilt", "l", "il", "s", "is", "st", "ist", "sse", "isse", "ga", "iga", "ks", "iks", "ni", "na", "ta"],
  pronouns: { singular: ["tema", "ta"], plural: ["nemad", "nad"] },
  complementisers: ["et"],
  // A source's or a body's noun in the genitive before "sõnul", "teatel" (in their words, by their announcement):
  // "allikate sõnul", "ametnike teatel", "ministeeriumi teatel".
  anonymousAccording: "(?<tail>\\p{Ll}{0,3})\\s+(?:sõnul|teatel|andmetel|hinnangul)(?![\\p{L}\\p{N}])",
  bodyAccording: true,
  anonymousHeads: ["allikas", "allikad", "allikate", "ametnik", "ametnikud", "ekspert", "eksperdid", "esindaja", "esindajad", "pealtnägija", "pealtnägijad", "elanikud", "diplomaat", "diplomaadid"],
  determiners: ["üks", "mõned", "mitu", "kaks", "kolm"],
  bodyAfterRole: true,
  bareRoleRefers: true,
  roleNouns: ["minister", "peaminister", "siseminister", "välisminister", "kaitseminister", "president", "juht", "politseijuht", "direktor", "peadirektor", "pressiesindaja", "esindaja", "linnapea", "vallavanem", "professor", "ekspert", "analüütik", "ajakirjanik", "toimetaja", "peatoimetaja", "prefekt", "kapten", "kindral", "kohtunik", "prokurör", "arst", "politseinik", "konstaabel", "nõunik", "esimees", "juhataja", "saadik"],
  // Bodies Estonian names without an article or a name ("kinnitab politsei"): the body speaks, as "police say".
  bareBodies: ["politsei", "päästjad", "prokuratuur", "piirivalve"],
  organisationCues: ["ministeerium", "valitsus", "politsei", "amet", "prefektuur", "kohus", "ülikool", "instituut", "komisjon", "nõukogu", "keskus", "erakond", "haigla", "pank", "linnavalitsus", "vallavalitsus", "riigikogu", "inspektsioon", "agentuur"],
  outletCues: ["ajaleht", "leht", "portaal", "uudised", "päevaleht", "agentuur", "raadio", "tv", "news", "hääl", "õhtuleht"],
  genericSources: ["meedia", "kohalik meedia", "allikad", "eksperdid", "portaalid", "ajakirjanikud", "sotsiaalmeedia"],
  // Estonian governs most cases by postpositions after the noun; these stand before it as prepositions too.
  prepositions: ["üle", "läbi", "pärast", "enne", "ilma", "vastu", "mööda", "ümber"],
  // Time words that open a sentence before an inverted or a plain subject ("Eile Kask ütles", yesterday K. said): never a name.
  nameStopwords: ["ja", "aga", "et", "see", "ta", "tema", "nad", "ka", "kuid", "veel", "juba", "eile", "täna", "homme", "üleeile", "nüüd", "esmaspäeval", "teisipäeval", "kolmapäeval", "neljapäeval", "reedel", "laupäeval", "pühapäeval"],
  photoCredits: ["(?:Foto|FOTO|Pilt|Kuvatõmmis|Ekraanitõmmis)\\s*:?\\s*[^\\n]{0,80}", "©\\s*[^\\n]{0,60}"],
  titleCues: ["raamat", "raamatus", "film", "filmis", "artikkel", "artiklis", "saade", "saates", "pealkirjaga"],
  without: ["ilma"],
  // "Allikas: ERR" on its own line.
  creditLines: [SIGNATURE_LINE, "^\\s*Allikas\\s*:?\\s+(?<name>[^\\n/]{2,60}?)\\s*$"],
};
