/**
 * Croatian, Serbian and Bosnian reading data, one set for the three standards and both scripts: «prema pisanju X», «kako
 * piše X», «navode X», «javlja X», «prenosi X», «kako je objavio X», «portal X objavio je», «rekao je … za X». Serbian writes
 * the same words in Cyrillic as well as in Latin («како пише портал X»): every word list below is written once in Latin and
 * read in both scripts (`bothScripts`); ijekavian and ekavian forms are both listed («izvještava», «izveštava»).
 */
import { BOW, capitalisedName, DOMAIN, EOW, SIGNATURE_LINE } from "./common.ts";
import type { FrameRule, LanguageFrames } from "./types.ts";

/** Serbian Latin to Cyrillic, the digraphs first: the alphabets map letter for letter (Vuk's and Gaj's spellings). */
const DIGRAPHS: readonly [string, string][] = [["lj", "љ"], ["nj", "њ"], ["dž", "џ"]];
const LETTERS: Readonly<Record<string, string>> = {
  a: "а", b: "б", c: "ц", č: "ч", ć: "ћ", d: "д", đ: "ђ", e: "е", f: "ф", g: "г", h: "х", i: "и", j: "ј", k: "к", l: "л",
  m: "м", n: "н", o: "о", p: "п", r: "р", s: "с", š: "ш", t: "т", u: "у", v: "в", z: "з", ž: "ж",
};

/** Latin text in Serbian Cyrillic, capitals kept capitals; characters outside the alphabet (spaces, pattern syntax) kept. */
export function toCyrillic(latin: string): string {
  let out = "";
  for (let i = 0; i < latin.length; i++) {
    const lower = latin.slice(i, i + 2).toLowerCase();
    const pair = DIGRAPHS.find(([l]) => lower.startsWith(l));
    const ch = latin[i] as string;
    const mapped = pair ? pair[1] : LETTERS[ch.toLowerCase()];
    if (pair) i += pair[0].length - 1;
    out += mapped === undefined ? ch : ch === ch.toLowerCase() ? mapped : mapped.toUpperCase();
  }
  return out;
}

/** Serbian Cyrillic to Latin, letter for letter: the same alphabet read the other way (љ → lj, џ → dž). */
const CYRILLIC_TO_LATIN: ReadonlyMap<string, string> = new Map([...DIGRAPHS.map(([l, c]) => [c, l] as const), ...Object.entries(LETTERS).map(([l, c]) => [c, l] as const)]);

/** Text in Serbian Cyrillic in Latin letters, capitals kept capitals; any other character kept. */
export function toSerbianLatin(cyrillic: string): string {
  let out = "";
  for (const ch of cyrillic) {
    const mapped = CYRILLIC_TO_LATIN.get(ch.toLowerCase());
    out += mapped === undefined ? ch : ch === ch.toLowerCase() ? mapped : mapped.charAt(0).toUpperCase() + mapped.slice(1);
  }
  return out;
}

/** Lower-case words in both scripts, Latin first. */
export function bothScripts(words: readonly string[]): string[] {
  return [...new Set(words.flatMap((w) => [w, toCyrillic(w)]))];
}

/** Publication nouns before a name, in the cases frames govern ("portal X", "prema pisanju lista X", "za dnevnik X"). */
const OUTLET_NOUNS = [
  "portal", "portala", "portalu", "portalom", "list", "lista", "listu", "dnevnik", "dnevnika", "dnevniku", "tjednik", "tjednika", "nedeljnik", "nedeljnika",
  "agencija", "agencije", "agenciji", "agenciju", "televizija", "televizije", "televiziji", "televiziju", "sajt", "sajta", "sajtu", "stranica", "stranice",
  "magazin", "magazina", "časopis", "časopisa", "radio", "radija", "novine", "novina", "servis", "servisa",
];

/** A report's noun after "prema"/"po" (according to X's writing, claims, report): the name after it is whose. */
const REPORT_NOUNS = ["pisanju", "navodima", "izvještaju", "izveštaju", "informacijama", "saznanjima", "podacima", "tvrdnjama"];

/**
 * What an outlet has that a possessive adjective of its name may stand before ("Vjetrićev izvor": Vjetrić's source,
 * "Zvonkovim informacijama": by Zvonko's information, "Jekina vest"): its source, interlocutor, information, findings, reporter,
 * text, news, report, in the cases they take.
 */
const POSSESSED_NOUNS = [
  "izvor", "izvora", "izvoru", "izvori", "izvorima", "sagovornik", "sagovornika", "sagovorniku", "sugovornik", "sugovornika", "sugovorniku",
  "informacija", "informacije", "informacijama", "saznanja", "saznanjima", "novinar", "novinara", "novinarka", "novinarke", "novinari", "novinarima",
  "reporter", "reportera", "tekst", "teksta", "tekstu", "članak", "članka", "članku", "vijest", "vijesti", "vest", "vesti", "izvještaj", "izvještaju", "izveštaj", "izveštaju", "navodi", "navodima",
];

/** Verbs of reporting in the present, third person ("piše", "navode", "javlja", "prenosi"). */
const REPORTS_NOW = ["piše", "pišu", "navodi", "navode", "javlja", "javljaju", "prenosi", "prenose", "izvještava", "izveštava", "izvještavaju", "izveštavaju", "saznaje", "saznaju", "doznaje", "doznaju", "objavljuje", "objavljuju", "tvrdi", "tvrde"];
/**
 * The same verbs' past participles, written with "je"/"su" before or after them ("kako je objavio X", "objavio je X").
 * Not "prenio/prenijeli" (carried): "vijest su prenijeli X, Y i Z" names who spread a story, not whom the text relies on.
 */
const REPORTED = [
  "objavio", "objavila", "objavilo", "objavili", "objavile", "javio", "javila", "javilo", "javili",
  "pisao", "pisala", "pisalo", "pisali", "izvijestio", "izvestio", "izvijestila", "izvestila", "izvijestili", "izvestili", "naveo", "navela", "navelo", "naveli",
  "saznao", "saznala", "saznali", "doznao", "doznala", "doznali", "otkrio", "otkrila", "otkrili",
];
/** Verbs by which a person gives words to an outlet ("rekao je … za X", "izjavila je za X"). */
const SAID = ["rekao", "rekla", "rekli", "kazao", "kazala", "kazali", "izjavio", "izjavila", "izjavili", "potvrdio", "potvrdila", "potvrdili", "pojasnio", "pojasnila", "objasnio", "objasnila", "naveo", "navela", "dodao", "dodala", "ispričao", "ispričala"];
/** Words that open a clause, never part of who spoke before "za X" ("rekao je da je to važno za X"). */
const CLAUSE_WORDS = ["da", "što", "kako", "jer", "ali", "i", "a", "to", "se"];

/** A script the frames are written in: Latin as the lists are, or Serbian Cyrillic. Frames are built once per script, as one expression of both would name too many words for the reader's index of required words (requiredLiterals.ts). */
interface Script {
  idSuffix: string;
  write: (latin: string) => string;
}
const SCRIPTS: readonly Script[] = [
  { idSuffix: "", write: (latin) => latin },
  { idSuffix: "_cyr", write: toCyrillic },
];

/** The frames written in one script. */
function framesIn(script: Script): FrameRule[] {
  const alt = (words: readonly string[]): string => words.map(script.write).sort((a, b) => b.length - a.length).join("|");
  const id = (name: string): string => `hr.${name}${script.idSuffix}`;
  const ex = script.write;
  /** An outlet noun with up to two adjectives before it ("hrvatski satirični portal X"), kept as `cue`. */
  const cue = `(?:(?:\\p{Ll}+\\s+){0,2}(?<cue>${alt(OUTLET_NOUNS)})${EOW}\\s+)`;
  const aux = alt(["je", "su"]);
  /** A verb of reporting, present or past with its auxiliary on either side. */
  const reportVerb = `(?:(?:${alt(REPORTS_NOW)})|(?:(?:${aux})\\s+)?(?:${alt(REPORTED)})(?:\\s+(?:${aux}))?)${EOW}`;
  /** Words between the verb of saying and "za": its auxiliary and subject (a role, a name), never a clause. */
  const speakerBetween = `(?:\\s+(?!(?:${alt(CLAUSE_WORDS)})${EOW})[\\p{L}.-]+){0,5}?`;
  return [
    // "prema pisanju lista X", "po navodima portala X": a report's noun makes the name whose report it is; "prema" alone
    // is also "towards" ("prema Zagrebu"), so without the noun only a name with an outlet's evidence.
    { id: id("prema_pisanju"), frame: "according_to", allowUnknown: true, pattern: `${BOW}(?:${alt(["prema", "po"])})\\s+(?:${alt(REPORT_NOUNS)})${EOW}\\s+${cue}?{SRC}{END}`, example: ex("Vlada je pala, prema pisanju lista Jadranski Vjesnik."), expect: ex("Jadranski Vjesnik") },
    { id: id("prema"), frame: "according_to", allowUnknown: false, pattern: `${BOW}(?:${alt(["prema"])})\\s+${cue}?{SRC}{END}`, example: ex("Vlada je pala, prema portalu Jadranski Vjesnik."), expect: ex("Jadranski Vjesnik") },
    // "kako piše portal X", "javlja X", "koju je objavio portal X": the verb before its subject. A person writes and
    // claims too ("navodi Petra Horvat"): a bare name is taken only with an outlet's evidence, a noun before it is one.
    { id: id("pise_portal"), frame: "reported", allowUnknown: true, pattern: `${BOW}(?:${alt(["kako"])}\\s+)?${reportVerb}\\s+${cue}{SRC}{END}`, example: ex("Vlada je pala, kako piše portal Jadranski Vjesnik."), expect: ex("Jadranski Vjesnik") },
    { id: id("pise"), frame: "reported", allowUnknown: true, needsEvidence: true, pattern: `${BOW}(?:${alt(["kako"])}\\s+)?${reportVerb}\\s+{SRC}{END}`, example: ex("Vlada je pala, javlja Obalni Kurir."), expect: ex("Obalni Kurir") },
    // "portal X objavio je da …": the outlet, named by its noun, before its verb.
    { id: id("portal_objavio"), frame: "reported", allowUnknown: true, pattern: `${BOW}${cue}{SRC}\\s+${reportVerb}`, example: ex("Splitski portal Jadranski Vjesnik objavio je da je vlada pala."), expect: ex("Jadranski Vjesnik") },
    // "Vjetrićev izvor tvrdi", "prema Zvonkovim informacijama": a possessive adjective of a name before what an outlet has.
    // A person's name takes the same ending ("Markov izvor"), so the name counts only as the registry or the case lists
    // its nominative, or as the article names the outlet so elsewhere (`oblique`).
    { id: id("posvojni"), frame: "according_to", allowUnknown: true, oblique: true, pattern: `${BOW}(?:(?:${alt(["prema", "Prema", "po", "Po"])})\\s+)?{SRC}\\s+(?:${alt(POSSESSED_NOUNS)})${EOW}`, example: ex("Prema Zvonkovim informacijama, vlada je pala."), expect: ex("Zvonkovim") },
    // "rekao je ministar za Jadranski Vjesnik": whom the words were given to, after the verb and its subject.
    { id: id("za"), frame: "told", allowUnknown: true, pattern: `${BOW}(?:${alt(SAID)})${speakerBetween}\\s+(?:${alt(["za"])})\\s+${cue}?{SRC}{END}`, example: ex("Vlada nije pala, rekao je ministar za Jadranski Vjesnik."), expect: ex("Jadranski Vjesnik") },
  ];
}

/** Names as the languages write them: a capitalised name, a web address, or a brand opening on one small letter and a hyphen ("e-Glas"). */
const LETTER_HYPHEN_BRAND = "\\p{Ll}-\\p{L}[\\p{L}\\p{N}]*(?![\\p{L}\\p{N}-])";
/**
 * A paper's name written in sentence case, an adjective and a paper's noun in small letters ("Jutarnji list", "Večernje
 * novosti", "Sjeverni glas" in any case: "Jutarnjeg lista"): the noun is part of the name, not the small word that ends it.
 */
const PAPER_NOUNS = bothScripts(["list", "lista", "listu", "listom", "glas", "glasa", "glasu", "glasom", "glasnik", "glasnika", "glasniku", "novosti", "novine", "novina", "vjesnik", "vjesnika", "vjesniku", "vesnik", "vesnika", "vesniku", "vijesti", "vesti", "dnevnik", "dnevnika", "dnevniku", "kurir", "kurira", "kuriru"]).join("|");
const SENTENCE_CASE_PAPER = `\\p{Lu}\\p{Ll}+\\s+(?:${PAPER_NOUNS})(?![\\p{L}\\p{N}])`;

const SPEECH = ["rekao", "rekla", "rekli", "rekle", "kazao", "kazala", "kazali", "kaže", "kažu", "izjavio", "izjavila", "izjavili", "naveo", "navela", "naveli", "dodao", "dodala", "dodali", "istakao", "istakla", "istaknuo", "istaknula", "istakli", "poručio", "poručila", "poručili", "objasnio", "objasnila", "pojasnio", "pojasnila", "tvrdi", "tvrde", "tvrdio", "tvrdila", "upozorio", "upozorila", "upozorili", "napisao", "napisala", "napisali", "piše", "potvrdio", "potvrdila", "potvrdili", "zaključio", "zaključila", "odgovorio", "odgovorila", "obrazložio", "obrazložila", "obrazložili"];

export const hr: LanguageFrames = {
  language: "hr",
  occasionMedia: { spoken: ["intervju\\p{L}*"] },
  name: `(?:${DOMAIN}|${LETTER_HYPHEN_BRAND}|${SENTENCE_CASE_PAPER}|${capitalisedName(bothScripts(["i", "u", "na"]))})`,
  date: `(?:u|na)\\s+(?<date>\\p{Ll}+|\\d{1,2}\\.\\s+\\p{Ll}+(?:\\s+\\d{4})?)`,
  descriptor: `(?:${bothScripts(["portal", "list", "dnevnik", "agencija"]).join("|")})\\s+(?:${bothScripts(["taj", "ta", "ovaj", "ova"]).join("|")})`,
  // Common nouns and verbs are written in small letters in both scripts: a word in small letters ends a name.
  end: `(?=\\s*(?:[,.;:!?)»“”"’]|$|—|–)|\\s+\\p{Ll})`,
  frames: SCRIPTS.flatMap(framesIn),
  speechVerbs: bothScripts(SPEECH),
  pronouns: { singular: bothScripts(["on", "ona"]), plural: bothScripts(["oni", "one"]) },
  dropsSubject: true,
  complementisers: bothScripts(["da"]),
  anonymousHeads: bothScripts(["izvor", "izvori", "izvora", "dužnosnik", "dužnosnici", "zvaničnik", "zvaničnici", "stručnjak", "stručnjaci", "glasnogovornik", "portparol", "svjedok", "svedok", "svjedoci", "svedoci", "stanovnici", "predstavnik", "predstavnici"]),
  determiners: bothScripts(["jedan", "jedna", "jedno", "nekoliko", "dva", "dvije", "dve", "tri"]),
  bodyAfterRole: true,
  bareRoleRefers: true,
  roleNouns: bothScripts(["ministar", "ministrica", "ministarka", "predsjednik", "predsednik", "predsjednica", "predsednica", "premijer", "premijerka", "gradonačelnik", "gradonačelnica", "načelnik", "župan", "direktor", "direktorica", "direktorka", "glasnogovornik", "glasnogovornica", "portparol", "profesor", "profesorica", "profesorka", "stručnjak", "analitičar", "novinar", "novinarka", "urednik", "urednica", "zastupnik", "poslanik", "saborski zastupnik", "trener", "kapetan", "general", "ravnatelj", "ravnateljica", "tužitelj", "tužilac"]),
  bareBodies: bothScripts(["policija", "vatrogasci", "tužiteljstvo", "tužilaštvo", "vlasti"]),
  organisationCues: bothScripts(["ministarstvo", "vlada", "policija", "policijska uprava", "vojska", "sud", "ured", "kancelarija", "sveučilište", "univerzitet", "institut", "zavod", "komisija", "vijeće", "veće", "savez", "udruženje", "udruga", "stranka", "bolnica", "banka", "sabor", "skupština", "općina", "opština", "grad"]),
  outletCues: bothScripts(["portal", "list", "novine", "novosti", "dnevnik", "vjesnik", "vesnik", "glas", "glasnik", "agencija", "radio", "televizija", "tv", "news", "info", "magazin", "tjednik", "nedeljnik", "kurir", "jutarnji", "večernji", "vijesti", "vesti"]),
  genericSources: bothScripts(["mediji", "lokalni mediji", "izvori", "stručnjaci", "portali", "novinari", "društvene mreže"]),
  prepositions: bothScripts(["u", "na", "iz", "do", "od", "pri", "o", "po", "pod", "nad", "za", "kroz", "bez", "kod", "k", "ka", "s", "sa", "prema"]),
  placeParticles: bothScripts(["u"]),
  fromParticles: bothScripts(["iz", "sa"]),
  toldPrepositions: bothScripts(["za"]),
  nameStopwords: bothScripts(["u", "i", "a", "ali", "kako", "to", "on", "ona", "oni", "ipak", "također", "takođe", "po", "prema", "nakon", "je", "su"]),
  photoCredits: ["(?:Foto|Фото|Ilustracija|Илустрација)\\s*:\\s*[^\\n]{0,80}", "©\\s*[^\\n]{0,60}"],
  titleCues: bothScripts(["knjiga", "knjizi", "film", "filmu", "članak", "članku", "tekst", "tekstu", "naslovom", "pjesma", "pesma"]),
  without: bothScripts(["bez"]),
  creditLines: [SIGNATURE_LINE, "^\\s*(?:Izvor|Извор)\\s*:?\\s+(?<name>[^\\n]{2,60}?)\\s*$"],
};
