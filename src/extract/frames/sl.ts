/**
 * Slovenian reading data: «navaja X», «poroča portal X», «kot je poročal X», «po poročanju/informacijah X», «je za X
 * povedal», «„…“, je dejal X». Slovenian writes its past with the auxiliary "je"/"so" and a participle that agrees with
 * the subject ("je dejal", he said; "je dejala", she said; "so dejali", they said), the auxiliary before the participle
 * after a quotation («„…“, je povedal X») and after it when a sentence opens on the verb («Povedal je …»). Names are
 * declined (the genitive after "po informacijah": «po informacijah Dnevnika»), so such a name counts only where the
 * registry, the case or the article gives its nominative (`oblique`). It has no articles and drops a known subject.
 */
import { BOW, capitalisedName, DOMAIN, EOW, SIGNATURE_LINE } from "./common.ts";
import type { LanguageFrames } from "./types.ts";

/** Publication nouns before a name, in the cases frames govern ("portal X", "po pisanju časnika X", "za časnik X"), kept as `cue`. */
const OUTLET_NOUNS = [
  "portal", "portala", "portalu", "časnik", "časnika", "časniku", "časopis", "časopisa", "časopisu", "dnevnik", "dnevnika", "dnevniku", "tednik", "tednika", "tedniku",
  "agencija", "agencije", "agenciji", "agencijo", "televizija", "televizije", "televiziji", "televizijo", "radio", "radia", "radiu", "spletna stran", "spletne strani",
  "revija", "revije", "reviji", "revijo", "medij", "medija", "mediju",
];
/** An outlet noun with up to two adjectives before it ("hrvaški spletni portal X"), kept as `cue`. */
const CUE = `(?:(?:\\p{Ll}+\\s+){0,2}(?<cue>${OUTLET_NOUNS.join("|")})${EOW}\\s+)`;

/** A report's noun after "po" (by X's writing, reporting, information): the name after it is whose, in the genitive. */
const REPORT_NOUNS = ["pisanju", "poročanju", "navedbah", "informacijah", "podatkih", "trditvah", "besedah", "ugotovitvah"];

/** Verbs of publishing and reporting in the present, third person ("navaja", "poroča", "pišejo"). */
const REPORTS_NOW = ["navaja", "navajajo", "poroča", "poročajo", "piše", "pišejo", "objavlja", "objavljajo", "prenaša", "prenašajo", "trdi", "trdijo", "razkriva", "razkrivajo"];
/** The same verbs' past participles, masculine, feminine, neuter and plural ("kot je poročal X", "je objavila agencija X"). */
const REPORTED = [
  "poročal", "poročala", "poročalo", "poročali", "pisal", "pisala", "pisalo", "pisali", "objavil", "objavila", "objavilo", "objavili",
  "navedel", "navedla", "navedlo", "navedli", "razkril", "razkrila", "razkrilo", "razkrili", "izvedel", "izvedela", "izvedeli",
];
/** A reporting verb, present or past with its auxiliary on either side ("poroča", "je poročal", "poročal je"). */
const REPORT_VERB = `(?:(?:${REPORTS_NOW.join("|")})|(?:(?:je|so)\\s+)?(?:${REPORTED.join("|")})(?:\\s+(?:je|so))?)${EOW}`;
/** Verbs by which a person gives words to an outlet ("je za X povedal", "je dejal za X"). */
const SAID = ["dejal", "dejala", "dejali", "rekel", "rekla", "rekli", "povedal", "povedala", "povedali", "izjavil", "izjavila", "izjavili", "potrdil", "potrdila", "potrdili", "pojasnil", "pojasnila", "pojasnili", "zatrdil", "zatrdila", "zatrdili"];

/** Words between the participle and "za": its subject (a role, a name), never a clause's opening word ("je dejal, da je to važno za X"). */
const SPEAKER_BETWEEN = `(?:\\s+(?!(?:da|ki|in|pa|to|se|kot)${EOW})[\\p{L}.-]+){0,5}?`;

/**
 * A paper's name written in sentence case, an adjective and a paper's noun in small letters ("Slovenske novice",
 * "Gorenjski glas", "Dolenjski list", in any case: "Slovenskih novic"): the noun is part of the name, not the small word
 * that ends it.
 */
const PAPER_NOUNS = ["novice", "novic", "novicah", "glas", "glasa", "glasu", "list", "lista", "listu", "dnevnik", "dnevnika", "dnevniku", "vestnik", "vestnika", "vestniku", "tednik", "tednika"];
const SENTENCE_CASE_PAPER = `\\p{Lu}\\p{Ll}+\\s+(?:${PAPER_NOUNS.join("|")})(?![\\p{L}\\p{N}])`;

/** Participles of saying, each in the masculine, feminine and plural the subject takes ("je dejal", "je dejala", "so dejali"). */
const SPEECH_STEMS = ["dejal", "rekl", "povedal", "pojasnil", "dodal", "poudaril", "izjavil", "zatrdil", "potrdil", "opozoril", "odgovoril", "sporočil", "ocenil", "zanikal", "priznal", "razložil", "napovedal", "zagotovil", "dopolnil", "spomnil"];
/** "rekel" has its masculine apart from the stem ("rekel", "rekla", "rekli"); every other stem adds -Ø, -a, -i. */
const SPEECH_PAST = SPEECH_STEMS.flatMap((s) => (s === "rekl" ? ["rekel", "rekla", "rekli"] : [s, `${s}a`, `${s}i`]));
/** The present, third person singular and plural ("pravi", "pravijo", "zatrjujejo"). */
const SPEECH_NOW = ["pravi", "pravijo", "pove", "povedo", "dodaja", "dodajajo", "pojasnjuje", "pojasnjujejo", "poudarja", "poudarjajo", "opozarja", "opozarjajo", "zatrjuje", "zatrjujejo", "zanika", "zanikajo", "meni", "menijo", "ocenjuje", "ocenjujejo"];

export const sl: LanguageFrames = {
  language: "sl",
  occasionMedia: { spoken: ["intervju\\p{L}*"] },
  name: `(?:${DOMAIN}|${SENTENCE_CASE_PAPER}|${capitalisedName(["in", "v", "na"])})`,
  date: `(?:v|na)\\s+(?<date>(?:ponedeljek|torek|sredo|četrtek|petek|soboto|nedeljo)|\\d{1,2}\\.\\s+\\p{Ll}+(?:\\s+\\d{4})?)`,
  descriptor: `(?:ta|omenjeni|omenjena)\\s+(?:portal|časnik|časopis|dnevnik|tednik|agencija|medij)`,
  // Common nouns and verbs are written in small letters: a word in small letters ends a name.
  end: `(?=\\s*(?:[,.;:!?)»«“”"’]|$|—|–)|\\s+\\p{Ll})`,
  frames: [
    // "po poročanju časnika X": a report's noun makes the name whose report it is; after an outlet noun the name keeps
    // its nominative. Without the noun it is in the genitive ("po informacijah Dnevnika"): counted as `oblique`.
    { id: "sl.po_porocanju_cue", frame: "according_to", allowUnknown: true, pattern: `${BOW}[Pp]o\\s+(?:${REPORT_NOUNS.join("|")})${EOW}\\s+${CUE}{SRC}{END}`, example: "Pristanišče bodo zaprli, po poročanju časnika Obalni Kurir.", expect: "Obalni Kurir" },
    { id: "sl.po_porocanju", frame: "according_to", allowUnknown: true, oblique: true, pattern: `${BOW}[Pp]o\\s+(?:${REPORT_NOUNS.join("|")})${EOW}\\s+{SRC}{END}`, example: "Pristanišče bodo zaprli, po poročanju Obalnega Kurirja.", expect: "Obalnega Kurirja" },
    // "navaja portal X", "kot je poročal časnik X": the verb before its subject, named an outlet by its noun.
    { id: "sl.navaja_cue", frame: "reported", allowUnknown: true, pattern: `${BOW}(?:[Kk]ot\\s+)?${REPORT_VERB}\\s+${CUE}{SRC}{END}`, example: "Pristanišče bodo zaprli, navaja portal Obalni Kurir.", expect: "Obalni Kurir" },
    // Without an outlet noun the subject after "navaja", "piše" may be a person who writes: an outlet only with evidence of one.
    { id: "sl.navaja", frame: "reported", allowUnknown: true, needsEvidence: true, pattern: `${BOW}(?:[Kk]ot\\s+)?${REPORT_VERB}\\s+{SRC}{END}`, example: "Pristanišče bodo zaprli, navaja Reuters.", expect: "Reuters" },
    // "portal X je objavil, da …", "časnik X poroča": the outlet, named by its noun, before its verb.
    { id: "sl.portal_porocal", frame: "reported", allowUnknown: true, pattern: `${BOW}${CUE}{SRC}\\s+${REPORT_VERB}`, example: "V torek je portal Obalni Kurir objavil, da bodo pristanišče zaprli.", expect: "Obalni Kurir" },
    // "je za X povedal", "je dejal za časnik X": whom the words were given to, before or after the participle.
    { id: "sl.za_povedal", frame: "told", allowUnknown: false, pattern: `${BOW}(?:je|so)\\s+za\\s+${CUE}?{SRC}\\s+(?:${SAID.join("|")})${EOW}`, example: "Minister je za Reuters povedal, da pristanišča ne bodo zaprli.", expect: "Reuters" },
    { id: "sl.povedal_za", frame: "told", allowUnknown: true, pattern: `${BOW}(?:${SAID.join("|")})${SPEAKER_BETWEEN}\\s+za\\s+${CUE}{SRC}{END}`, example: "Pristanišča ne bodo zaprli, je dejal minister za časnik Obalni Kurir.", expect: "Obalni Kurir" },
  ],
  // Verbs of publishing ("navaja", "poroča", "piše", "objavil") are left to the frames: after them stands an outlet as
  // often as a person.
  speechVerbs: [...SPEECH_PAST, ...SPEECH_NOW],
  pronouns: { singular: ["on", "ona"], plural: ["oni", "one"] },
  dropsSubject: true,
  complementisers: ["da"],
  anonymousHeads: ["vir", "viri", "virov", "uradnik", "uradniki", "strokovnjak", "strokovnjaki", "predstavnik", "predstavnica", "predstavniki", "sogovornik", "sogovornica", "sogovorniki", "priča", "priče", "prebivalci", "domačini", "očividec", "očividci"],
  determiners: ["en", "ena", "eden", "nekaj", "več", "dva", "dve", "trije", "tri"],
  bodyAfterRole: true,
  bareRoleRefers: true,
  roleNouns: [
    "minister", "ministrica", "predsednik", "predsednica", "premier", "premierka", "župan", "županja", "direktor", "direktorica", "predstavnik", "predstavnica",
    "tiskovni predstavnik", "tiskovna predstavnica", "profesor", "profesorica", "strokovnjak", "strokovnjakinja", "analitik", "analitičarka", "novinar", "novinarka", "urednik", "urednica",
    "poslanec", "poslanka", "trener", "kapetan", "general", "ravnatelj", "ravnateljica", "tožilec", "tožilka", "načelnik", "načelnica", "vodja", "policist", "policistka", "inšpektor", "inšpektorica", "zdravnik", "zdravnica",
  ],
  // Bodies Slovenian names without an article or a name ("je sporočila policija"): the body speaks, as "police said".
  bareBodies: ["policija", "policisti", "gasilci", "tožilstvo", "oblasti"],
  organisationCues: ["ministrstvo", "vlada", "policija", "policijska uprava", "vojska", "sodišče", "urad", "univerza", "inštitut", "zavod", "komisija", "svet", "zveza", "društvo", "stranka", "bolnišnica", "banka", "zbor", "občina", "agencija"],
  outletCues: ["portal", "časnik", "časopis", "dnevnik", "tednik", "novice", "glas", "list", "vestnik", "agencija", "radio", "televizija", "tv", "news", "info", "revija", "večer", "delo"],
  genericSources: ["mediji", "lokalni mediji", "viri", "strokovnjaki", "portali", "novinarji", "družbena omrežja", "družbenih omrežjih"],
  prepositions: ["v", "na", "iz", "do", "od", "pri", "o", "po", "pod", "nad", "za", "skozi", "brez", "k", "h", "s", "z", "proti", "med", "pred", "čez"],
  placeParticles: ["v", "na"],
  fromParticles: ["iz", "z", "s"],
  toldPrepositions: ["za"],
  nameStopwords: ["v", "in", "a", "ali", "kot", "to", "on", "ona", "oni", "vendar", "tudi", "po", "nato", "je", "so", "da", "ki", "pa"],
  photoCredits: ["(?:FOTO|Foto|Fotografija|Vir fotografije)\\s*:\\s*[^\\n]{0,80}", "©\\s*[^\\n]{0,60}"],
  titleCues: ["knjiga", "knjigi", "film", "filmu", "članek", "članku", "naslovom", "pesem", "oddaja", "oddaji"],
  without: ["brez"],
  creditLines: [SIGNATURE_LINE, "^\\s*Vir\\s*:?\\s+(?<name>[^\\n]{2,60}?)\\s*$"],
};
