/** Swahili reading data: «kwa mujibu wa X», «kama ilivyoripotiwa na X», «X iliripoti», «ikinukuu X», «aliiambia X», «chanzo kimoja …». */
import { BOW, capitalisedName, DOMAIN, EOW, SIGNATURE_LINE } from "./common.ts";
import type { LanguageFrames } from "./types.ts";

/**
 * Nouns that say the name after them is a publication, with the connective the noun class takes ("gazeti la X", "tovuti
 * ya X", "shirika la habari la X", "kituo cha televisheni cha X"), kept as `cue`.
 */
const NOUN = "[Ss]hirika\\s+la\\s+habari|[Kk]ituo\\s+cha\\s+(?:televisheni|redio)|[Gg]azeti|[Tt]ovuti|[Jj]arida|[Rr]edio|[Tt]elevisheni|[Mm]tandao";
const CUE = `(?:(?<cue>${NOUN})\\s+(?:la|ya|cha|wa)\\s+)`;
/** The verb prefixes of an outlet's noun class before "-liripoti" / "-meripoti" (gazeti liliripoti, tovuti iliripoti, shirika limeripoti). */
const REPORTED = "(?:a|i|li|ki|u|wa|zi|vi)(?:li|me|na)(?:ripoti|andika|chapisha)";

export const sw: LanguageFrames = {
  language: "sw",
  name: `(?:${DOMAIN}|${capitalisedName(["ya", "la", "wa", "cha", "na", "of", "the"])})`,
  date: `(?:siku\\s+ya\\s+)?(?<date>Jumatatu|Jumanne|Jumatano|Alhamisi|Ijumaa|Jumamosi|Jumapili|\\d{1,2}\\s+\\p{Lu}\\p{Ll}+(?:\\s+\\d{4})?)`,
  descriptor: `(?:gazeti|tovuti|shirika\\s+la\\s+habari|jarida)\\s+(?:hilo|hiyo|hicho|hilo\\s+la\\s+\\p{L}+)`,
  // Swahili writes common nouns and verbs in small letters: a word in small letters ends a name, unless it is a connective
  // inside it ("Sauti ya Pwani").
  end: `(?=\\s*(?:[,.;:!?)»”"’]|$|—|–)|\\s+(?!(?:ya|la|wa|cha|na)\\s+\\p{Lu})\\p{Ll})`,
  frames: [
    { id: "sw.kwa_mujibu_wa", frame: "according_to", allowUnknown: true, pattern: `${BOW}[Kk]wa\\s+mujibu\\s+wa\\s+(?:ripoti\\s+ya\\s+)?${CUE}?{SRC}{END}`, example: "Bandari itafungwa wiki ijayo, kwa mujibu wa gazeti la Habari Mpya.", expect: "Habari Mpya" },
    { id: "sw.kama_ilivyoripotiwa", frame: "reported_by", allowUnknown: true, pattern: `${BOW}(?:[Kk]ama|[Kk]ulingana\\s+na\\s+jinsi)\\s+(?:ilivyoripotiwa|ilivyoandikwa|ilivyochapishwa)\\s+(?:kwanza\\s+)?(?:na|katika)\\s+${CUE}?{SRC}{END}`, example: "Bandari ilifungwa, kama ilivyoripotiwa na Habari Mpya.", expect: "Habari Mpya" },
    { id: "sw.cue_reported", frame: "reported", allowUnknown: true, pattern: `${BOW}${CUE}{SRC}\\s+${REPORTED}${EOW}`, example: "Gazeti la Habari Mpya liliripoti kwamba bandari imefungwa.", expect: "Habari Mpya" },
    { id: "sw.subject_reported", frame: "reported", allowUnknown: true, pattern: `{SRC}\\s+${REPORTED}${EOW}`, example: "Habari Mpya iliripoti kwamba bandari imefungwa.", expect: "Habari Mpya" },
    { id: "sw.akinukuu", frame: "citing", allowUnknown: false, pattern: `${BOW}(?:a|i|li|ki|wa)?kinukuu\\s+${CUE}?{SRC}{END}`, example: "Tovuti hiyo, ikinukuu Reuters, ilisema bandari imefungwa.", expect: "Reuters" },
    // "aliiambia Reuters", "kiliiambia gazeti la X": whom a speaker told; a person may stand there, so only with a publication noun or the registry.
    { id: "sw.aliiambia", frame: "told", allowUnknown: false, pattern: `${BOW}(?:a|ki|li|wa|i)(?:li|me)(?:i|li|ki)?ambia\\s+${CUE}?{SRC}{END}`, example: "\"Tuko tayari,\" waziri aliiambia Reuters.", expect: "Reuters" },
    { id: "sw.aliiambia_cue", frame: "told", allowUnknown: true, pattern: `${BOW}(?:a|ki|li|wa|i)(?:li|me)(?:i|li|ki)?ambia\\s+${CUE}{SRC}{END}`, example: "\"Tuko tayari,\" waziri aliliambia gazeti la Habari Mpya.", expect: "Habari Mpya" },
    { id: "sw.mahojiano", frame: "told", allowUnknown: true, pattern: `${BOW}(?:[Kk]atika|[Kk]wenye)\\s+mahojiano\\s+na\\s+${CUE}?{SRC}{END}`, example: "Katika mahojiano na Habari Mpya, waziri alikanusha.", expect: "Habari Mpya" },
  ],
  // A body's noun class gives its verb's concord ("Jeshi la Polisi limesema", "Wizara ilikanusha", "Chama kimesema"): the
  // past (-li-) and perfect (-me-) of "say", "deny", "point out" and "explain" in each class a speaker or a body is named in.
  speechVerbs: [...["a", "wa", "ki", "li", "i"].flatMap((c) => ["li", "me"].flatMap((t) => ["sema", "kanusha", "bainisha", "eleza"].map((v) => `${c}${t}${v}`))), "anasema", "wanasema", "aliongeza", "alisisitiza", "alithibitisha", "alidai", "kusema", "aliiambia", "aliambia", "kiliiambia", "kiliambia", "waliiambia", "waliambia", "amesema kwamba", "kimeiambia", "kimeliambia", "ameiambia", "ameliambia", "aliliambia", "wameiambia", "walisema kwamba"],
  opinionLeads: ["kwa mujibu wa"],
  reportVerbs: ["iliripoti", "liliripoti", "kiliripoti", "wameripoti", "waliripoti", "imeripoti"],
  // "Taarifa ya Juma Kimaro imesema" (the statement of J. K. said): the statement's owner speaks through it.
  statementOwnerLeads: ["taarifa ya", "tamko la", "taarifa kwa vyombo vya habari ya"],
  articleSelf: ["makala hii", "habari hii", "taarifa hii"],
  // "afisa ambaye hakutaka kutajwa jina" (who did not want to be named), "kwa sharti la kutotajwa jina" (on condition of not being named).
  anonymityClauses: ["(?:ambaye|ambao|ambacho|ambavyo|ambalo|ambayo) (?:hakutaka|hawakutaka|hakikutaka|havikutaka|halikutaka|haikutaka) (?:kutajwa|jina lake kutajwa)(?: jina)?", "kwa sharti la kutotajwa(?: jina)?"],
  pronouns: { singular: ["yeye"], plural: ["wao"] },
  anonymousHeads: ["chanzo", "vyanzo", "afisa", "maafisa", "mtaalamu", "wataalamu", "msemaji", "shahidi", "mashahidi", "mkazi", "wakazi", "mfanyakazi", "wafanyakazi", "mwanadiplomasia", "wanadiplomasia", "daktari", "madaktari"],
  determiners: ["mmoja", "kimoja", "wawili", "baadhi", "kadhaa", "wengi"],
  roleNouns: ["profesa", "mtaalamu", "kamanda", "waziri", "msemaji", "mkurugenzi", "mkuu", "mwenyekiti", "rais", "gavana", "meya", "mwandishi", "mchambuzi", "mtafiti", "daktari", "dkt", "jenerali", "kanali", "balozi", "mbunge", "kocha", "mwanasayansi"],
  roleSuffixes: [],
  // Bibi, Bwana, Mheshimiwa, Daktari, Mwalimu, abbreviated before a name ("alisema Meya Bi. Zawadi Mshamba").
  abbreviatedTitles: ["Bi", "Bw", "Mhe", "Mh", "Dkt", "Mwl"],
  organisationCues: ["wizara", "serikali", "polisi", "jeshi", "mamlaka", "idara", "chuo", "taasisi", "tume", "baraza", "mahakama", "chama", "hospitali", "benki", "kampuni", "shirika", "halmashauri"],
  outletCues: ["habari", "gazeti", "sauti", "news", "times", "daily", "tv", "redio", "leo", "mwananchi", "post", "online"],
  genericSources: ["vyombo vya habari", "mitandao ya kijamii", "ripoti", "vyanzo", "wataalamu"],
  prepositions: ["katika", "kwa", "na", "kutoka", "hadi", "kwenye", "ndani", "juu", "kuhusu", "dhidi"],
  nameStopwords: ["lakini", "na", "hata", "hivyo", "leo", "jana", "kwa", "kama", "wakati", "baada", "kabla", "pia", "hii", "hiyo", "huyo"],
  photoCredits: ["(?:Picha|Kielelezo)\\s*:\\s*[^\\n]{0,80}", "\\((?:Picha)\\s*:?[^)]{0,80}\\)", "©\\s*[^\\n]{0,60}"],
  titleCues: ["kitabu", "kinachoitwa", "filamu", "ripoti", "makala", "kichwa"],
  creditLines: [SIGNATURE_LINE, "^\\s*(?:Chanzo|Chanzo\\s+cha\\s+habari)\\s*:?\\s+(?<name>[^\\n]{2,60}?)\\s*$"],
};
