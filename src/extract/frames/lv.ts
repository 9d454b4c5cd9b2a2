/**
 * Latvian reading data: «vēsta/ziņo/raksta X», «kā vēsta laikraksts „X“», «saskaņā ar X», «„…“, sacīja X», «X norāda,
 * ka …», «portālam X sacīja». Latvian writes no articles, drops a known subject, writes an outlet's name in quotation
 * marks after its noun («portāls „Rīta Vēstis“»), and declines nouns (the dative of whom words were told: «portālam»,
 * «žurnālistiem»); its past and present third person are one form for singular and plural ("sacīja": he, she or they
 * said), so the verbs are listed, not conjugated.
 */
import { BOW, capitalisedName, DOMAIN, EOW, SIGNATURE_LINE } from "./common.ts";
import type { LanguageFrames } from "./types.ts";

/** Publication nouns before a name, in the cases a frame needs ("laikraksts X", "portālam X", "ziņu aģentūra X"), kept as `cue`. */
const NOUNS = "laikraksts|laikraksta|laikrakstam|laikrakstu|portāls|portāla|portālam|portālu|ziņu\\s+aģentūra|ziņu\\s+aģentūras|ziņu\\s+aģentūrai|aģentūra|aģentūras|aģentūrai|aģentūru|televīzija|televīzijas|televīzijai|radio|izdevums|izdevuma|izdevumam|izdevumu|žurnāls|žurnāla|žurnālam|vietne|vietnes|vietnei|raidījums|raidījuma|raidījumam";
/** An outlet noun, maybe after a word in small letters or a country's genitive ("vietējais portāls", "Krievijas ziņu aģentūra"), captured as `cue`. */
const CUE = `(?:(?:\\p{Lu}\\p{Ll}+(?:as|es|a|u)\\s+|\\p{Ll}+\\s+)?(?<cue>${NOUNS})${EOW}\\s+)`;
/** Verbs of publishing in the third person, past and present (one form for singular and plural). */
const PUBLISHES = "vēsta|vēstīja|ziņo|ziņoja|raksta|rakstīja|publicēja|publicē|informē|informēja";
/** … and of reporting, which a person does too ("norāda", points out; "apgalvo", claims). */
const REPORTS = `${PUBLISHES}|norāda|norādīja|apgalvo|apgalvoja|paziņoja|paziņo`;

export const lv: LanguageFrames = {
  language: "lv",
  // After a noun for a news agency, initials the registry keeps only as an agency's credit are that agency ("ziņu aģentūrai BNS").
  agencyNouns: ["aģentūra", "aģentūras", "aģentūrai", "aģentūru", "aģentūrā"],
  // An outlet's name is written as a title in its quotation marks, its later words in small letters ("„Rīta vēstis“"):
  // inside the marks the whole title is the name; elsewhere a run of capitalised words.
  name: `(?:${DOMAIN}|(?<=[„“"«])\\p{Lu}[^„“”"«»\\n]{0,40}?(?=[“”"»])|${capitalisedName([])})`,
  date: `(?<date>(?:pirmdien|otrdien|trešdien|ceturtdien|piektdien|sestdien|svētdien)|\\d{1,2}\\.\\s*\\p{Ll}+)`,
  descriptor: `(?:šis|minētais|šī|minētā)\\s+(?:laikraksts|portāls|izdevums|aģentūra)`,
  // Latvian writes common nouns and verbs in small letters: a word in small letters ends a name.
  end: `(?=\\s*(?:[,.;:!?)»“”"’]|$|—|–)|\\s+\\p{Ll})`,
  frames: [
    // "saskaņā ar X", "saskaņā ar laikraksta X datiem": according to X.
    { id: "lv.saskana_ar", frame: "according_to", allowUnknown: true, pattern: `${BOW}[Ss]askaņā\\s+ar\\s+${CUE}?{SRC}{END}`, example: "Osta tiks slēgta, saskaņā ar laikraksta „Rīta Vēstis“ datiem.", expect: "Rīta Vēstis" },
    // "Kā vēsta laikraksts X", "kā ziņoja LETA": as X reports.
    { id: "lv.ka_vesta", frame: "reported", allowUnknown: true, publishingVerb: true, pattern: `${BOW}[Kk]ā\\s+(?:${PUBLISHES})${EOW}\\s+${CUE}?{SRC}{END}`, example: "Kā vēsta laikraksts „Rīta Vēstis“, osta tika slēgta.", expect: "Rīta Vēstis" },
    // "vēsta portāls X", "ziņo ziņu aģentūra X": the outlet noun says the subject after the verb is a publication.
    { id: "lv.vesta_cue", frame: "reported", allowUnknown: true, pattern: `${BOW}(?:${REPORTS})${EOW}\\s+${CUE}{SRC}{END}`, example: "Osta tika slēgta, vēsta portāls „Rīta Vēstis“.", expect: "Rīta Vēstis" },
    // Without an outlet noun the subject after "raksta" may be a person who writes: an outlet only with evidence of one.
    { id: "lv.vesta", frame: "reported", allowUnknown: true, needsEvidence: true, pattern: `${BOW}(?:vēsta|ziņo|ziņoja|raksta|rakstīja)\\s+{SRC}{END}`, example: "Osta tika slēgta, ziņo Reuters.", expect: "Reuters" },
    // "portāls X ziņo, ka …": the outlet noun before the subject.
    { id: "lv.cue_subject", frame: "reported", allowUnknown: true, pattern: `${BOW}${CUE}{SRC}\\s+(?:${REPORTS})${EOW}`, example: "Vakar portāls „Rīta Vēstis“ ziņoja, ka osta tika slēgta.", expect: "Rīta Vēstis" },
    // "portālam X sacīja", "aģentūrai X pastāstīja": told to an outlet, its noun in the dative.
    { id: "lv.portalam", frame: "told", allowUnknown: true, pattern: `${BOW}(?<cue>laikrakstam|portālam|aģentūrai|ziņu\\s+aģentūrai|televīzijai|izdevumam|žurnālam|raidījumam)\\s+{SRC}{END}`, example: "Ministrs portālam „Rīta Vēstis“ sacīja, ka osta netiks slēgta.", expect: "Rīta Vēstis" },
  ],
  // Verbs of publishing ("vēsta", "ziņo", "raksta") are left to the frames: after them stands an outlet as often as a person.
  speechVerbs: [
    "sacīja", "saka", "teica", "paziņoja", "paziņo", "norādīja", "norāda", "uzsvēra", "uzsver", "piebilda", "piebilst", "skaidroja", "skaidro",
    "paskaidroja", "apliecināja", "apliecina", "apstiprināja", "apstiprina", "atzina", "atzīst", "brīdināja", "brīdina", "stāstīja", "stāsta", "pastāstīja",
    "pauda", "pauž", "noliedza", "noliedz", "apgalvoja", "apgalvo", "atzīmēja", "atzīmē", "aicināja", "aicina", "uzskata", "uzskatīja", "atbildēja", "atbild",
  ],
  // Whom the words were told, in the dative ("sacīja žurnālistiem", told journalists; "Jānim"): no nominative of a
  // Latvian name ends so (a man's ends in -s, -š, -is, -us; a woman's in -a, -e), so a word bearing it is never the speaker.
  toldCaseEndings: ["am", "ai", "iem", "ām", "ei", "im"],
  beforeVerbWords: ["arī", "vakar", "šodien", "pirmdien", "otrdien", "trešdien", "ceturtdien", "piektdien", "sestdien", "svētdien", "žurnālistiem"],
  // Latvian writes no article before a role it refers back with ("– sacīja ministrs"): the person so introduced.
  bareRoleRefers: true,
  pronouns: { singular: ["viņš", "viņa"], plural: ["viņi", "viņas"] },
  dropsSubject: true,
  complementisers: ["ka"],
  anonymousHeads: ["avots", "avoti", "avotu", "amatpersona", "amatpersonas", "eksperts", "eksperti", "pārstāvis", "pārstāve", "pārstāvji", "liecinieks", "liecinieki", "iedzīvotāji", "diplomāts", "diplomāti"],
  determiners: ["viens", "viena", "daži", "dažas", "divi", "divas", "trīs"],
  bodyAfterRole: true,
  roleNouns: ["ministrs", "ministre", "premjerministrs", "premjerministre", "prezidents", "prezidente", "padomnieks", "padomniece", "pārstāvis", "pārstāve", "vadītājs", "vadītāja", "direktors", "direktore", "priekšsēdētājs", "priekšsēdētāja", "mērs", "mēre", "profesors", "profesore", "eksperts", "eksperte", "analītiķis", "analītiķe", "žurnālists", "žurnāliste", "priekšnieks", "priekšniece", "ģenerālis", "tiesnesis", "tiesnese", "prokurors", "prokurore", "vēstnieks", "vēstniece", "ārsts", "ārste", "treneris", "kapteinis", "deputāts", "deputāte", "runasvīrs", "runaspersona"],
  // Bodies Latvian names without an article or a name ("paziņoja policija"): the body speaks, as "police said".
  bareBodies: ["policija", "policisti", "ugunsdzēsēji", "glābēji", "prokurori", "robežsargi", "mediķi"],
  organisationCues: ["ministrija", "ministrijas", "valdība", "policija", "policijas", "armija", "tiesa", "dienests", "birojs", "universitāte", "institūts", "komisija", "padome", "centrs", "aģentūra", "prokuratūra", "partija", "slimnīca", "banka", "dome", "pašvaldība", "saeima", "inspekcija"],
  outletCues: ["laikraksts", "portāls", "izdevums", "avīze", "ziņas", "aģentūra", "radio", "televīzija", "žurnāls", "news", "vēstis", "diena", "tv", "lv"],
  genericSources: ["mediji", "plašsaziņas līdzekļi", "avoti", "eksperti", "portāli", "žurnālisti", "sociālie tīkli", "sociālajos tīklos"],
  prepositions: ["no", "uz", "pie", "pēc", "par", "ar", "bez", "līdz", "starp", "virs", "zem", "pret", "caur", "aiz", "pirms", "kopš", "pa"],
  fromParticles: ["no"],
  nameStopwords: ["un", "bet", "ka", "tas", "tā", "viņš", "viņa", "viņi", "arī", "taču", "kā", "vēl", "jau", "vakar", "šodien", "rīt", "aizvakar", "tagad", "pirmdien", "otrdien", "trešdien", "ceturtdien", "piektdien", "sestdien", "svētdien"],
  photoCredits: ["(?:Foto|Attēls|Ekrānuzņēmums)\\s*:?\\s*[^\\n]{0,80}", "©\\s*[^\\n]{0,60}"],
  titleCues: ["grāmata", "grāmatā", "filma", "filmā", "raksts", "rakstā", "raidījums", "raidījumā", "nosaukumu"],
  without: ["bez"],
  // "Avots: LETA" on its own line.
  creditLines: [SIGNATURE_LINE, "^\\s*Avots\\s*:?\\s+(?<name>[^\\n/]{2,60}?)\\s*$"],
};
