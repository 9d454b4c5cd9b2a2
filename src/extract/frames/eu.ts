/**
 * Basque reading data: «X egunkariaren arabera», «X egunkariak jakinarazi du», «X egunkariari esan dio», «„…“, esan du
 * X alkateak», «X-ren arabera». Basque writes its cases as endings on the last word of a noun phrase: the ergative of a
 * transitive verb's subject ("Poliziak esan du", the police said; "Lopezek"), the genitive ("-ren", "-en": "Berriaren
 * arabera", according to Berria), the dative of whom it was told ("-ri", "-i"), the inessive ("-n") and "-ko". Where an
 * outlet noun or a role follows the name ("Ipar Hitza egunkariak", "Ane Lasa alkateak"), the ending is on the noun and
 * the name is as written; where it is on the name itself, the name is read without it (names.ts, cited.ts `uninflected`).
 */
import { BOW, capitalisedName, DOMAIN, EOW, SIGNATURE_LINE } from "./common.ts";
import type { LanguageFrames } from "./types.ts";

/** Stems of the nouns that say a name is a publication ("egunkari", daily; "agentzia", agency), without the article. */
const OUTLET_STEMS = ["egunkari", "astekari", "hilabetekari", "aldizkari", "albiste-agentzia", "berri-agentzia", "agentzia", "telebista", "telebista-kate", "irrati", "irrati-kate", "kate", "atari", "albiste-atari", "webgune", "hedabide", "komunikabide", "digital", "egunkari digital"];
/** A stem with the definite article ("egunkaria"), as Basque writes it unless the stem ends in "a" ("agentzia"). */
const definite = (stem: string): string => (stem.endsWith("a") ? stem : `${stem}a`);
/** The outlet nouns in one case: the definite stem and the ending ("egunkariak", "egunkariaren"). */
const nounsIn = (ending: string): string => `(?:${OUTLET_STEMS.map((s) => definite(s) + ending).sort((a, b) => b.length - a.length).join("|")})`;
/** Ergative (subject of "report", "publish"), genitive (before "arabera"), dative (whom it was told), inessive (published in). */
const ERGATIVE = nounsIn("k");
const GENITIVE = nounsIn("ren");
const DATIVE = nounsIn("ri");
const INESSIVE = nounsIn("n");
/** Verbs of reporting and publishing, with their auxiliary ("jakinarazi du", "argitaratu zuen") or as a clause of manner ("jakinarazi duenez", as it reported). */
const REPORTS = "(?:jakinarazi|argitaratu|zabaldu|aurreratu|eman|idatzi|kontatu|azaldu|informatu|berri\\s+eman)\\s+(?:du|zuen|dute|zuten|duenez|zuenez|dutenez|zutenez|duela|zuela)";
/** Verbs of telling, with the auxiliary that holds a dative ("esan dio", said to him; "adierazi zion"). */
const TOLD = "(?:esan|adierazi|azaldu|aitortu|baieztatu|ziurtatu|kontatu|onartu)\\s+(?:dio|zion|diote|zioten|diola|ziola|dionez|zionez)";
/**
 * A sentence's own subject before an outlet's name ("Alkateak Ipar Hitza egunkariari esan dio", the mayor told …;
 * "Albistea Ipar Hitza egunkarian argitaratu zen", the story was published in …): one capitalised word opening the
 * sentence, in the ergative ("-ak", "-ek") or with the article ("-a"), of four letters at least before it, is no word of
 * the name after it.
 */
const SUBJECT_FIRST = "(?:(?<=^|[.!?»”\"]\\s{0,3}|\\n)\\p{Lu}\\p{Ll}{3,}(?:ak|ek|a)\\s+(?=\\p{Lu}))?";
/** Role nouns, stems: read bare, with the article, in the ergative, the dative and the genitive ("alkatea", "alkateak"). */
const ROLE_STEMS = ["alkate", "zinegotzi", "lehendakari", "presidente", "ministro", "sailburu", "kontseilari", "bozeramaile", "zuzendari", "zuzendari nagusi", "idazkari", "idazkari nagusi", "arduradun", "diputatu", "diputatu nagusi", "legebiltzarkide", "parlamentari", "senatari", "enbaxadore", "irakasle", "katedradun", "ikertzaile", "aditu", "mediku", "erizain", "kazetari", "erredaktore", "epaile", "fiskal", "abokatu", "ertzain", "polizia", "komisario", "buru", "koordinatzaile", "ekonomialari", "analista", "epidemiologo", "birologo", "kapitain", "jeneral", "apezpiku", "kanpo-harremanetarako ministro"];
const ROLE_NOUNS = ROLE_STEMS.flatMap((s) => [s, definite(s), `${definite(s)}k`, `${definite(s)}ri`, `${definite(s)}ren`]);

export const eu: LanguageFrames = {
  language: "eu",
  name: `(?:${DOMAIN}|${capitalisedName(["eta", "de", "of", "the"])})`,
  date: `(?<date>\\d{4}(?:ko|an)?\\s+\\p{Ll}+(?:aren|ren)?\\s+\\d{1,2}(?:an|ean|a)?|(?:astelehen|astearte|asteazken|ostegun|ostiral|larunbat|igande)(?:ean|an)|atzo|gaur)`,
  descriptor: `(?:egunkari|agentzia|telebista|irrati|aldizkari|webgune)\\s+(?:hori|horrek|horren|berak|bera)`,
  // Basque writes common nouns and verbs in small letters: a word in small letters ends a name.
  end: `(?=\\s*(?:[,.;:!?)»”"’]|$|—|–)|\\s+\\p{Ll})`,
  frames: [
    // "Ipar Hitza egunkariaren arabera" (according to the newspaper Ipar Hitza): the noun takes the genitive, the name is as written.
    { id: "eu.cue_arabera", frame: "according_to", allowUnknown: true, pattern: `${BOW}{SRC}\\s+(?<cue>${GENITIVE})\\s+(?:\\p{Ll}+\\s+)?arabera${EOW}`, example: "Ipar Hitza egunkariaren arabera, zubia itxiko dute.", expect: "Ipar Hitza" },
    // "Berriaren arabera", "Reutersen arabera", "AFP-ren arabera": the genitive written onto the name is as often a
    // person's ("Lasaren arabera"): only a name the registry knows once the ending is off (cited.ts `uninflected`).
    { id: "eu.arabera", frame: "according_to", allowUnknown: false, registryOnly: true, pattern: `${BOW}{SRC}(?<=\\p{L}(?:ren|en))\\s+(?:\\p{Ll}+\\s+)?arabera${EOW}`, example: "Reutersen arabera, zubia itxiko dute.", expect: "Reutersen" },
    // "Ipar Hitza egunkariak jakinarazi duenez" (as the newspaper Ipar Hitza reported), the subject before its verb.
    { id: "eu.cue_jakinarazi", frame: "reported", allowUnknown: true, pattern: `${BOW}{SRC}\\s+(?<cue>${ERGATIVE})\\s+(?:\\p{Ll}+\\s+){0,2}?${REPORTS}${EOW}`, example: "Ipar Hitza egunkariak jakinarazi duenez, zubia itxiko dute.", expect: "Ipar Hitza" },
    // "jakinarazi du Ipar Hitza egunkariak": the subject after its verb.
    { id: "eu.jakinarazi_cue", frame: "reported", allowUnknown: true, pattern: `${BOW}${REPORTS}\\s+{SRC}\\s+(?<cue>${ERGATIVE})${EOW}`, example: "Zubia itxiko dute, jakinarazi du Ipar Hitza egunkariak.", expect: "Ipar Hitza" },
    // "Reutersek jakinarazi duenez", "EFE-k argitaratu du": the ergative written onto the name; a person reports too,
    // so only a name the registry knows once the ending is off.
    { id: "eu.k_jakinarazi", frame: "reported", allowUnknown: false, registryOnly: true, publishingVerb: true, pattern: `${BOW}{SRC}(?<=k)\\s+(?:\\p{Ll}+\\s+){0,2}?${REPORTS}${EOW}`, example: "Reutersek jakinarazi duenez, zubia itxiko dute.", expect: "Reutersek" },
    // "Ipar Hitza egunkariari esan dio" (told the newspaper Ipar Hitza), the dative before or after the verb.
    { id: "eu.cue_esan_dio", frame: "told", allowUnknown: true, pattern: `${BOW}${SUBJECT_FIRST}{SRC}\\s+(?<cue>${DATIVE})\\s+(?:[^,.;:!?”"»]{1,40}?\\s+)?${TOLD}${EOW}`, example: "Alkateak Ipar Hitza egunkariari esan dio zubia itxiko dutela.", expect: "Ipar Hitza" },
    { id: "eu.esan_dio_cue", frame: "told", allowUnknown: true, pattern: `${BOW}${TOLD}\\s+(?:[^,.;:!?”"»]{1,40}?\\s+)?{SRC}\\s+(?<cue>${DATIVE})${EOW}`, example: "«Zubia itxiko dugu», esan dio alkateak Ipar Hitza egunkariari.", expect: "Ipar Hitza" },
    // "Berriari esan dio", "EITB-ri esan dio": the dative written onto the name, a person's as often: the registry's only.
    { id: "eu.ri_esan_dio", frame: "told", allowUnknown: false, registryOnly: true, pattern: `${BOW}${SUBJECT_FIRST}{SRC}(?<=ri|i)\\s+(?:[^,.;:!?”"»]{1,40}?\\s+)?${TOLD}${EOW}`, example: "Alkateak Berriari esan dio zubia itxiko dutela.", expect: "Berriari" },
    // "Ipar Hitza egunkarian argitaratu zen" (was published in the newspaper Ipar Hitza).
    { id: "eu.cue_argitaratu", frame: "published_in", allowUnknown: true, publication: true, pattern: `${BOW}${SUBJECT_FIRST}{SRC}\\s+(?<cue>${INESSIVE})\\s+(?:\\p{Ll}+\\s+)?(?:argitaratu|argitaratutako|argitaratua|agertu|agertutako|kaleratu)${EOW}`, example: "Albistea Ipar Hitza egunkarian argitaratu zen lehenik.", expect: "Ipar Hitza" },
  ],
  // Speech verbs with their auxiliary, as Basque writes the tense ("esan du", has said; "esan zuen", said); "dio" (says).
  speechVerbs: [
    ...["esan", "adierazi", "azaldu", "gaineratu", "nabarmendu", "ziurtatu", "baieztatu", "ukatu", "idatzi", "salatu", "aitortu", "ohartarazi", "erantzun", "argitu", "zehaztu", "gehitu", "jakinarazi", "iragarri", "defendatu", "onartu", "txiokatu"].flatMap((v) => [`${v} du`, `${v} zuen`, `${v} dute`, `${v} zuten`]),
    "dio", "diote", "zioen", "zioten",
  ],
  roleAfterName: true,
  anonymityClauses: [
    "(?:bere\\s+)?izen(?:a|ik)\\s+(?:eman|aipatu|zabaldu)\\s+nahi\\s+(?:izan\\s+)?ez\\s+(?:duen|zuen|duten|zuten)",
    "izena\\s+ezkutuan\\s+(?:gorde|mantendu)\\s+nahi\\s+(?:izan\\s+)?(?:duen|zuen|duten|zuten)",
    "anonimotasuna\\s+eskatu\\s+(?:duen|zuen|duten|zuten)",
  ],
  toldPronouns: ["egunkari honi", "guri", "hedabide honi", "komunikabide honi"],
  // Whom it was told stands in the dative, often before the verb ("Ipar Hitzari alkateak esan dio"): a word ending so is
  // never the speaker's name. Only the definite "-ari" and "-eri": a bare "-i" ends many given names ("Iñaki", "Garazi").
  toldCaseEndings: ["ari"],
  // The ending Basque writes after a hyphen on an abbreviation ("AFP-k", "EITB-ren", "BBC-ri"), lower case.
  hyphenCaseEndings: ["k", "ek", "ren", "en", "ri", "i", "ra", "an", "n", "ko", "tik", "rekin", "ekin", "rentzat", "entzat", "z"],
  // The ergative on a transitive verb's subject written onto a name ("Etxeberriak esan du", "Lopezek"): taken off the
  // speaker's name where the name alone tells its ending ("-ak", "-ik", "-ok", "-uk" after a vowel of the name; "-ek" after
  // "z" or "l", which end no name before an "e"). "-nek", "-rek", "-sek" are left as written: "Irene" and "Jon", "Agirre"
  // and "Aitor" both end so. A name spelt with a letter Basque spelling does not use (c, q, v, w, y: "Nowak", "Novak") is
  // a foreign one, which ends on a consonant as often as on a vowel: "Nowak" is the name itself, never "Nowa" and its
  // ending, and after its consonant the ending is "-ek" ("Nowakek", not "Nowake").
  subjectCaseEnding: "(?:(?<=\\p{L}{2}[zl])ek|(?<=^[^cqvwyCQVWY]+)(?<=\\p{L}{2}(?:[^a]a|[^i]i|[^o]o|[^u]u))k|(?<=^[^cqvwyCQVWY]+)(?<=\\p{L}(?:tx|[bgk])e)k|(?<=[cqvwyCQVWY]\\p{L}*[b-df-hj-np-tv-z])ek)",
  pronouns: { singular: ["hark", "hura", "berak"], plural: ["haiek", "horiek", "beraiek"] },
  anonymousHeads: ["iturri", "iturria", "iturriak", "iturriek", "iturrien", "arduradun", "arduradunak", "arduradunek", "lekuko", "lekukoak", "lekukoek", "aditu", "adituak", "adituek", "langile", "langileak", "langileek", "bizilagun", "bizilagunak", "bizilagunek", "diplomazialari", "diplomazialariak", "ordezkari", "ordezkariak", "ordezkariek"],
  determiners: ["bat", "batzuk", "zenbait", "hainbat", "bi", "hiru", "asko"],
  roleNouns: ROLE_NOUNS,
  organisationCues: ["udala", "udalak", "udal", "gobernua", "gobernuak", "ministerioa", "ministerioak", "saila", "sailak", "ertzaintza", "ertzaintzak", "polizia", "poliziak", "ospitalea", "ospitaleak", "unibertsitatea", "unibertsitateak", "institutua", "epaitegia", "auzitegia", "alderdia", "alderdiak", "fundazioa", "elkartea", "batzordea", "kontseilua", "bankua", "enpresa", "sindikatua", "aldundia", "aldundiak", "legebiltzarra"],
  outletCues: [...OUTLET_STEMS.filter((s) => !s.includes(" ")), "egunkaria", "albisteak", "berriak", "news", "tv", "irratia", "telebista", "hitza", "gazeta"],
  outletSuffixes: ["egunkaria", "irratia", "telebista"],
  genericSources: ["hedabideak", "komunikabideak", "prentsa", "sare sozialak", "iturriak", "adituak", "agintariak"],
  prepositions: [],
  nameStopwords: ["eta", "baina", "edo", "ere", "gaur", "atzo", "hark", "hura", "berak", "haiek", "arabera", "astelehenean", "asteartean", "asteazkenean", "ostegunean", "ostiralean", "larunbatean", "igandean"],
  tailBreaks: ["eta", "baina", "gaur", "atzo", "astelehenean", "asteartean", "asteazkenean", "ostegunean", "ostiralean", "larunbatean", "igandean"],
  photoCredits: ["(?:Argazkia|Argazkiak|Irudia|Bideoa|Infografia)\\s*:\\s*[^\\n]{0,80}", "©\\s*[^\\n]{0,60}"],
  titleCues: ["liburua", "liburuan", "izeneko", "izenburuko", "filma", "filmean", "dokumentala", "eleberria", "txostena", "artikulua", "ikerketa", "saioa", "abestia"],
  creditLines: [SIGNATURE_LINE, "^\\s*(?:Iturria)\\s*:\\s*(?<name>[^\\n]{2,60}?)\\s*$"],
};
