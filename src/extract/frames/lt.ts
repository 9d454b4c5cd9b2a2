/**
 * Lithuanian reading data: «pasak X», «X teigimu/duomenimis», «rašo/pranešė/skelbė leidinys X», «kaip rašė X», «X
 * teigia», «„…“, – sakė X», «šaltinis: X». Lithuanian writes no articles, drops a known subject, puts the speaker after
 * the verb in the dash-set tag after a quotation, and declines names (the genitive before «teigimu», «pasak»); its third
 * person is one form for singular and plural ("sakė": he, she or they said), so the verbs are listed, not conjugated.
 */
import { BOW, capitalisedName, DOMAIN, EOW, SIGNATURE_LINE } from "./common.ts";
import type { LanguageFrames } from "./types.ts";

/** Publication nouns before a name, in the cases a frame needs ("leidinys X", "portalo X", "naujienų agentūra X"), kept as `cue`. */
const NOUNS = "leidinys|leidinio|leidinį|portalas|portalo|portalą|dienraštis|dienraščio|dienraštį|savaitraštis|savaitraščio|laikraštis|laikraščio|laikraštį|žurnalas|žurnalo|agentūra|agentūros|agentūrą|naujienų\\s+agentūra|naujienų\\s+agentūros|naujienų\\s+portalas|naujienų\\s+portalo|televizija|televizijos|radijas|radijo|kanalas|kanalo|svetainė|svetainės|tinklalapis|tinklalapio|tinklaraštis";
/**
 * An outlet noun before the name, maybe after the genitive of the country or a word in small letters it is from
 * ("Baltarusijos leidinys", "Rusijos naujienų agentūra", "nepriklausomas portalas"), captured as `cue`.
 */
const CUE = `(?:(?:\\p{Lu}\\p{Ll}+(?:os|ės|io|ų)\\s+|\\p{Ll}+\\s+)?(?<cue>${NOUNS})${EOW}\\s+)`;
/** Verbs of publishing in the third person, past and present (one form for singular and plural). */
const PUBLISHES = "rašė|rašo|parašė|pranešė|praneša|skelbė|skelbia|paskelbė|informavo|informuoja";
/** … and of reporting, which a person does too ("teigė", claimed; "nurodė", stated). */
const REPORTS = `${PUBLISHES}|nurodė|nurodo|teigė|teigia|tvirtino|tvirtina|sužinojo`;

export const lt: LanguageFrames = {
  language: "lt",
  // After a noun for a news agency, initials the registry keeps only as an agency's credit are that agency ("naujienų agentūrai BNS").
  agencyNouns: ["agentūra", "agentūros", "agentūrai", "agentūrą", "agentūroje"],
  occasionMedia: { post: ["įraš\\p{L}*"] },
  // An outlet's name is written as a title in its quotation marks, its later words in small letters ("„Vakarų žinios“",
  // "„Lietuvos rytas“"): inside the marks the whole title is the name; elsewhere a run of capitalised words.
  name: `(?:${DOMAIN}|(?<=[„“"«])\\p{Lu}[^„“”"«»\\n]{0,40}?(?=[“”"»])|${capitalisedName([])})`,
  date: `(?<date>(?:pirmadienį|antradienį|trečiadienį|ketvirtadienį|penktadienį|šeštadienį|sekmadienį)|\\p{Ll}+\\s+\\d{1,2}\\s+d\\.)`,
  descriptor: `(?:šis|tas|minėtas)\\s+(?:leidinys|portalas|dienraštis|laikraštis)`,
  // Lithuanian writes common nouns and verbs in small letters: a word in small letters ends a name.
  end: `(?=\\s*(?:[,.;:!?)»“”"’]|$|—|–)|\\s+\\p{Ll})`,
  frames: [
    // "„…“, – BNS penktadienį sakė J. Kairys": the outlet told, an undeclined acronym in the dative, before the verb and
    // the speaker after it (a capital); an agency's initials are its credit (`publishingVerb`), registered names only.
    { id: "lt.outlet_before_said", frame: "told", allowUnknown: false, publishingVerb: true, pattern: `(?:^|(?<=[–—]\\s))(?<![\\p{L}]){SRC}(?:\\s+(?:pirmadienį|antradienį|trečiadienį|ketvirtadienį|penktadienį|šeštadienį|sekmadienį|vakar|šiandien))?\\s+(?:sakė|teigė|pasakojo|patvirtino|nurodė|kalbėjo|komentavo|aiškino|sako|teigia)\\s+(?=\\p{Lu})`, example: "„Tai melas“, – BNS ketvirtadienį sakė J. Kairys.", expect: "BNS" },
    { id: "lt.pasak", frame: "according_to", allowUnknown: true, pattern: `${BOW}[Pp]asak\\s+${CUE}?{SRC}{END}`, example: "Uostas bus uždarytas, pasak dienraščio „Vakarų žinios“.", expect: "Vakarų žinios" },
    // "Kaip rašė BNS", "kaip skelbė portalas X": as X wrote.
    { id: "lt.kaip_rase", frame: "reported", allowUnknown: true, publishingVerb: true, pattern: `${BOW}[Kk]aip\\s+(?:${PUBLISHES})${EOW}\\s+${CUE}?{SRC}{END}`, example: "Kaip rašė „Vakarų žinios“, uostas uždarytas.", expect: "Vakarų žinios" },
    // "rašo leidinys X", "pirmadienį pranešė portalas X": the outlet noun says the subject after the verb is a publication.
    { id: "lt.rase_cue", frame: "reported", allowUnknown: true, pattern: `${BOW}(?:${REPORTS})${EOW}\\s+${CUE}{SRC}{END}`, example: "Uostas uždarytas, rašo dienraštis „Vakarų žinios“.", expect: "Vakarų žinios" },
    // Without an outlet noun the subject after "rašo" may be a person who writes: an outlet only with evidence of one.
    { id: "lt.rase", frame: "reported", allowUnknown: true, needsEvidence: true, pattern: `${BOW}(?:rašo|rašė|pranešė|praneša|skelbė|skelbia)\\s+{SRC}{END}`, example: "Uostas uždarytas, praneša Reuters.", expect: "Reuters" },
    // "portalas X teigia, kad …": the outlet noun before the subject.
    { id: "lt.cue_subject", frame: "reported", allowUnknown: true, pattern: `${BOW}${CUE}{SRC}\\s+(?:${REPORTS})${EOW}`, example: "Tuo metu portalas „Vakarų žinios“ teigia, kad uostas uždarytas.", expect: "Vakarų žinios" },
    // "„X“ teigimu", "X duomenimis" (by X's account, by X's data): the genitive before the noun, which a person's name
    // takes as well ("Policijos teigimu", "Jono teigimu"): an outlet only with evidence of one.
    { id: "lt.teigimu", frame: "according_to", allowUnknown: true, needsEvidence: true, pattern: `${BOW}(?:${CUE})?{SRC}\\s+(?:teigimu|duomenimis|žiniomis|pranešimu)${EOW}`, example: "Reuters duomenimis, uostas uždarytas.", expect: "Reuters" },
    // "remdamasi/remdamasis X": relying on X, as a wire cites its source.
    { id: "lt.remdamasi", frame: "citing", allowUnknown: false, pattern: `${BOW}(?:remdamasi|remdamasis|remdamiesi|remiantis|cituodama|cituodamas)\\s+${CUE}?{SRC}{END}`, example: "Agentūra tai pranešė, remdamasi Reuters.", expect: "Reuters" },
    // "interviu portalui X", "sakė dienraščiui X": told in an interview to, the outlet noun in the dative.
    { id: "lt.interviu", frame: "told", allowUnknown: true, pattern: `${BOW}(?:[Ii]nterviu\\s+|(?:sakė|teigė|pasakojo|patvirtino)\\s+)(?<cue>portalui|dienraščiui|laikraščiui|leidiniui|agentūrai|televizijai|radijui|žurnalui)\\s+{SRC}{END}`, example: "Interviu dienraščiui „Vakarų žinios“ ministras viską paneigė.", expect: "Vakarų žinios" },
  ],
  // Verbs of publishing ("rašė", "pranešė", "skelbė") are left to the frames: after them stands an outlet as often as a
  // person, and a country's genitive before the outlet noun ("pranešė Rusijos naujienų agentūra X") is no speaker.
  speechVerbs: [
    "sakė", "sako", "pasakė", "teigė", "teigia", "tikino", "tikina", "patikino", "pridūrė", "priduria", "pabrėžė", "pabrėžia",
    "pažymėjo", "pažymi", "nurodė", "nurodo", "pareiškė", "pareiškia", "kalbėjo", "kalba", "aiškino", "aiškina", "paaiškino",
    "patvirtino", "patvirtina", "komentavo", "tvirtino", "tvirtina", "atsakė", "atsako", "akcentavo", "akcentuoja", "papasakojo",
    "pasakojo", "pasakoja", "svarstė", "vylėsi", "neigė", "paneigė", "perspėjo", "įspėjo", "ragino",
  ],
  // An impersonal sentence gives a statement's words without a person ("teigiama pranešime", it is stated in the
  // statement; "„…“, – teigiama ministerijos pareiškime"): the channel is stepped over.
  channelPhrases: [`(?:savo\\s+)?(?:pranešime|pareiškime|komentare|įraše|laiške|interviu)(?:\\s+žiniasklaidai)?`, `(?:socialiniame\\s+tinkle|feisbuke|„Facebook“\\s+paskyroje)`],
  // Whom the words were told, in the dative, after the verb ("kalbėjo Marijai", spoke to Marija; "sakė Jonui"), and
  // where, in the locative before it ("– žurnalistams Seime sakė jis", told journalists in the Seimas; "Kaune",
  // "Vilniuje"): no nominative of a Lithuanian name ends so (a woman's ends in -ė), so a word bearing it is never the speaker.
  toldCaseEndings: ["ui", "e"],
  // When the words were said, between a speaker and the verb ("Jonas Petraitis antradienio rytą teigė").
  beforeVerbWords: ["taip", "pat", "vakar", "šiandien", "rytą", "vakare", "pirmadienį", "antradienį", "trečiadienį", "ketvirtadienį", "penktadienį", "šeštadienį", "sekmadienį", "pirmadienio", "antradienio", "trečiadienio", "ketvirtadienio", "penktadienio", "šeštadienio", "sekmadienio", "žurnalistams"],
  // Lithuanian writes no article before a role it refers back with ("– sakė ministras"): the person so introduced.
  bareRoleRefers: true,
  pronouns: { singular: ["jis", "ji"], plural: ["jie", "jos"] },
  dropsSubject: true,
  complementisers: ["kad", "jog"],
  anonymousHeads: ["šaltinis", "šaltiniai", "šaltinių", "pareigūnas", "pareigūnai", "ekspertas", "ekspertai", "atstovas", "atstovė", "liudininkas", "liudininkai", "gyventojai", "diplomatas", "diplomatai"],
  determiners: ["vienas", "viena", "keli", "kelios", "du", "dvi", "trys"],
  bodyAfterRole: true,
  roleNouns: ["ministras", "ministrė", "viceministras", "viceministrė", "premjeras", "premjerė", "prezidentas", "prezidentė", "patarėjas", "patarėja", "atstovas", "atstovė", "vadovas", "vadovė", "direktorius", "direktorė", "pirmininkas", "pirmininkė", "meras", "merė", "profesorius", "profesorė", "ekspertas", "ekspertė", "analitikas", "analitikė", "žurnalistas", "žurnalistė", "komisaras", "komisarė", "viršininkas", "viršininkė", "generolas", "teisėjas", "teisėja", "prokuroras", "prokurorė", "ambasadorius", "ambasadorė", "seniūnas", "seniūnė", "gydytojas", "gydytoja", "treneris", "kapitonas", "narys", "narė"],
  // Bodies Lithuanian names without an article or a name ("pranešė policija"): the body speaks, as "police said".
  bareBodies: ["policija", "policininkai", "ugniagesiai", "prokurorai", "pareigūnai", "pasieniečiai", "medikai"],
  organisationCues: ["ministerija", "ministerijos", "vyriausybė", "policija", "policijos", "kariuomenė", "teismas", "departamentas", "tarnyba", "universitetas", "institutas", "komisija", "taryba", "centras", "agentūra", "prokuratūra", "partija", "ligoninė", "bankas", "savivaldybė", "seimas", "prezidentūra"],
  outletCues: ["leidinys", "portalas", "dienraštis", "laikraštis", "žinios", "naujienos", "agentūra", "radijas", "televizija", "žurnalas", "news", "diena", "rytas", "aidas"],
  genericSources: ["žiniasklaida", "žiniasklaidos", "šaltiniai", "ekspertai", "portalai", "žurnalistai", "socialinės žiniasklaidos pranešimai"],
  prepositions: ["iš", "į", "ant", "prie", "po", "per", "nuo", "su", "be", "dėl", "apie", "pagal", "už", "iki", "tarp", "virš", "prieš"],
  fromParticles: ["iš"],
  nameStopwords: ["ir", "bet", "o", "kad", "jog", "tai", "jis", "ji", "jie", "taip", "pat", "tačiau", "pasak", "kaip", "tuo", "metu", "vis", "dėlto", "vakar", "šiandien", "rytoj", "užvakar", "dabar", "pirmadienį", "antradienį", "trečiadienį", "ketvirtadienį", "penktadienį", "šeštadienį", "sekmadienį"],
  photoCredits: ["(?:Nuotr\\.|Nuotrauka|Foto)\\s*:?\\s*[^\\n]{0,80}", "\\p{Lu}[^\\n/]{0,60}/\\p{Lu}{2,6}\\s+nuotr\\.", "©\\s*[^\\n]{0,60}"],
  titleCues: ["knyga", "knygoje", "filmas", "filme", "straipsnis", "straipsnyje", "laida", "laidoje", "pavadinimu"],
  without: ["be"],
  // "šaltinis: ELTA" on its own line, or after the time stamp a news site writes before it ("2025-12-02 16:26 / šaltinis: ELTA").
  creditLines: [SIGNATURE_LINE, "^\\s*(?:[\\d:.\\- ]{4,20}\\s*/\\s*)?[Šš]altinis\\s*:?\\s+(?<name>[^\\n/]{2,60}?)\\s*$"],
};
