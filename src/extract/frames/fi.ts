/**
 * Finnish reading data: «X:n mukaan», «X -lehden mukaan», «kertoi X:lle», «uutisoi X», «joka ei halunnut nimeään
 * julkisuuteen». Finnish writes the case ending onto a name, after a colon on an abbreviation ("STT:n", "STT:lle") and
 * after a hyphenated outlet noun on a name in its base form ("Uusi Viesti -lehden"): both endings are kept out of the name.
 */
import { BOW, capitalisedName, DOMAIN, EOW, SIGNATURE_LINE } from "./common.ts";
import type { LanguageFrames } from "./types.ts";

/** Outlet nouns written after a name with a space and a hyphen ("Uusi Viesti -lehden mukaan"), in the cases a frame needs, kept as `cue`. */
const HYPHENED = "(?:lehti|lehden|lehdelle|lehdessä|lehteen|sanomalehden|sanomalehdelle|verkkolehden|verkkolehdelle|viikkolehden|iltapäivälehden|aikakauslehden|uutistoimiston|uutistoimistolle|uutissivuston|verkkosivuston|sivuston|julkaisun|kanavan|kanavalle|radion|radiolle|television|televisiolle)";
/** Outlet nouns written before a name ("uutistoimisto STT:n mukaan"), kept as `cue`. */
const BEFORE = "(?:uutistoimisto|lehti|sanomalehti|verkkolehti|iltapäivälehti|aikakauslehti|sivusto|uutissivusto|kanava|televisiokanava|radiokanava)";
/** A case ending written after a colon on an abbreviation: genitive ("STT:n", "BBC:n"), allative ("STT:lle"). */
const COLON_GEN = ":(?:n|in|un|en|än|ün)";
const COLON_ALL = ":(?:lle|ille)";
/**
 * A demonym adjective before an outlet's name, capitalised when it opens the sentence ("Unkarilaisen Uusi Viesti -lehden
 * mukaan", "the Hungarian paper's"): it says where the outlet is from and is no part of its name.
 */
const DEMONYM = "(?:\\p{Lu}\\p{Ll}+(?:lai|läi)(?:nen|sen)\\s+)?";
/** What an outlet's report is called before "mukaan" ("according to X's information / story"). */
const REPORT = "(?:tietojen|uutisen|jutun|artikkelin|haastattelun|raportin|selvityksen)";
/**
 * The outlet nouns of `outletSuffixes` in the genitive, as a name ends on them before "mukaan" ("Pohjan Sanomien",
 * "Korvan Uutisten", compounded "Pohjalehden"), each with its nominative: the noun declines, the name's other words stay
 * as written, so the nominative is the noun's own form and no guess at a name's (cited.ts `uninflected`).
 */
export const OUTLET_NOUN_GENITIVES: readonly (readonly [genitive: string, nominative: string])[] = [
  ["sanomalehden", "sanomalehti"],
  ["uutisten", "uutiset"],
  ["sanomien", "sanomat"],
  ["sanomain", "sanomat"],
  ["lehden", "lehti"],
  ["viestin", "viesti"],
];
/** A name's last word ending on one of them, its first letter either way (a separate word is capitalised, a compound's tail is not). */
const OUTLET_NOUN_GENITIVE_END = `(?:${OUTLET_NOUN_GENITIVES.map(([g]) => `[${g[0]}${g[0]!.toUpperCase()}]${g.slice(1)}`).join("|")})`;
/** The noun for a news item or the news in the genitive, after an outlet's name ("KTV:n uutisten mukaan", "KTV:n uutisen mukaan"). */
const NEWS_NOUN = "(?:uutisten|uutisen)";
/** Verbs of telling, whose allative object is the outlet told. */
const TELL = "(?:sanoi|sanoo|kertoi|kertoo|totesi|toteaa|vahvisti|vahvistaa|kommentoi|myönsi|painotti|korosti)";

export const fi: LanguageFrames = {
  language: "fi",
  name: `(?:${DOMAIN}|${capitalisedName(["ja", "de", "of", "the"])})`,
  date: `(?<date>\\d{1,2}\\.\\s*\\d{1,2}\\.(?:\\d{4})?|\\p{Ll}+na)`,
  descriptor: `(?:kyseinen|sama|\\p{Ll}+(?:lainen|läinen))\\s+${BEFORE}`,
  // Finnish writes common nouns and verbs in small letters: a word in small letters ends a name.
  end: `(?=\\s*(?:[,.;:!?)»”"’]|$|—|–)|\\s+\\p{Ll})`,
  frames: [
    // The hyphen may also be written straight after a one-word name ("Pohjola-lehden mukaan").
    { id: "fi.lehden_mukaan", frame: "according_to", allowUnknown: true, pattern: `${DEMONYM}{SRC}(?:\\s+-|-)(?<cue>${HYPHENED})\\s+(?:${REPORT}\\s+)?mukaan${EOW}`, example: "Silta suljetaan, Uusi Viesti -lehden mukaan.", expect: "Uusi Viesti" },
    // "KTV:n uutisten mukaan", "KTV:n uutiset kertoi": the noun for news after the name's genitive says whose news it is,
    // an outlet's (kept as `cue`); an abbreviation ("KTV:n") carries its ending apart, so the name is as written.
    { id: "fi.colon_uutisten_mukaan", frame: "according_to", allowUnknown: true, pattern: `${BOW}{SRC}${COLON_GEN}\\s+(?<cue>${NEWS_NOUN})\\s+(?:${REPORT}\\s+)?mukaan${EOW}`, example: "KTV:n uutisten mukaan silta suljetaan.", expect: "KTV" },
    { id: "fi.colon_uutiset_kertoi", frame: "reported", allowUnknown: true, pattern: `${BOW}{SRC}${COLON_GEN}\\s+(?<cue>uutiset)\\s+(?:\\p{Ll}+na\\s+)?(?:kertoi|kertoivat|kertoo|uutisoi|uutisoivat|raportoi|raportoivat|tiedotti)${EOW}`, example: "KTV:n uutiset kertoi tiistaina sillan sulkemisesta.", expect: "KTV" },
    { id: "fi.kertoi_colon_uutiset", frame: "reported", allowUnknown: true, pattern: `${BOW}(?:kertoi|kertoivat|uutisoi|uutisoivat|raportoi|raportoivat|tiedotti)\\s+(?:\\p{Ll}+\\s+){0,2}?{SRC}${COLON_GEN}\\s+(?<cue>uutiset)${EOW}`, example: "Asiasta kertoi ensin KTV:n uutiset.", expect: "KTV" },
    { id: "fi.colon_mukaan", frame: "according_to", allowUnknown: false, pattern: `${BOW}(?:(?<cue>${BEFORE})\\s+)?{SRC}${COLON_GEN}\\s+(?:${REPORT}\\s+)?mukaan${EOW}`, example: "STT:n mukaan silta suljetaan.", expect: "STT" },
    // A name ending on an outlet noun in the genitive ("Korvan Uutisten mukaan", "Pohjalehden tietojen mukaan") is a
    // publication's, not a person's; its nominative is taken only where the article or the case writes it (`oblique`).
    { id: "fi.lehden_nimi_mukaan", frame: "according_to", allowUnknown: true, oblique: true, pattern: `${DEMONYM}{SRC}(?<=${OUTLET_NOUN_GENITIVE_END})\\s+(?:${REPORT}\\s+)?mukaan${EOW}`, example: "Korvan Uutisten mukaan silta suljetaan.", expect: "Korvan Uutisten" },
    // The genitive written straight onto a name ("Ylen mukaan") is as often a person's ("Virtasen mukaan"), and the stem
    // may change: only a name the registry knows, written whole once the ending is off (cited.ts `uninflected`).
    { id: "fi.n_mukaan", frame: "according_to", allowUnknown: false, registryOnly: true, pattern: `{SRC}(?<=n)\\s+(?:${REPORT}\\s+)?mukaan${EOW}`, example: "Reutersin mukaan silta suljetaan.", expect: "Reutersin" },
    { id: "fi.kertoi_lehdelle", frame: "told", allowUnknown: true, pattern: `${BOW}${TELL}\\s+(?:[^,.;:!?”"»]{1,40}?\\s+)?${DEMONYM}{SRC}\\s+-(?<cue>${HYPHENED})${EOW}`, example: "”Silta suljetaan”, kertoi kaupunginjohtaja Uusi Viesti -lehdelle.", expect: "Uusi Viesti" },
    { id: "fi.kertoi_lle", frame: "told", allowUnknown: false, pattern: `${BOW}${TELL}\\s+(?:[^,.;:!?”"»]{1,40}?\\s+)?{SRC}${COLON_ALL}${EOW}`, example: "”Silta suljetaan”, sanoi kaupunginjohtaja STT:lle.", expect: "STT" },
    // Whom it was told in the allative written onto the name ("Pohjan Sanomille Virtanen kertoi", "Virtanen kertoi
    // Kaukolehdelle"): a person's name takes the same ending ("kertoi Liisa Korhoselle"), so only a name the registry
    // knows, written whole once the ending is off (cited.ts `uninflected`).
    { id: "fi.lle_kertoi", frame: "told", allowUnknown: false, registryOnly: true, pattern: `${BOW}{SRC}(?<=lle)\\s+(?:[^,.;:!?”"»]{1,40}?\\s+)?${TELL}${EOW}`, example: "Pohjan Sanomille Virtanen kertoi, että silta suljetaan.", expect: "Pohjan Sanomille" },
    { id: "fi.kertoi_lle_nimi", frame: "told", allowUnknown: false, registryOnly: true, pattern: `${BOW}${TELL}\\s+{SRC}(?<=lle)${EOW}`, example: "Virtanen kertoi Kaukolehdelle, että silta suljetaan.", expect: "Kaukolehdelle" },
    // "…, kertoo Yle", "Asiasta kertoi ensimmäisenä Helsingin Sanomat" (the verb before its subject): a person tells as
    // often ("kertoo Matti Virtanen"), so only a registry name, one after an outlet noun or one holding an outlet word.
    { id: "fi.kertoo_nimi", frame: "reported", allowUnknown: false, pattern: `${BOW}(?:kertoo|kertoi|kertovat|kertoivat|raportoi|raportoivat|tiedottaa|tiedotti)\\s+(?:(?:ensimmäisenä|ensin|aiemmin|myös|nyt|tuoreeltaan)\\s+)?(?:(?<cue>${BEFORE})\\s+)?{SRC}{END}`, example: "Silta suljetaan, kertoo Reuters.", expect: "Reuters" },
    // "Ylen haastattelussa" (in an interview with Yle), "Ylen lähetyksessä" (on Yle's broadcast): the genitive written
    // onto the name, a person's as often ("Virtasen haastattelussa"): only a name the registry knows once it is off.
    { id: "fi.n_haastattelussa", frame: "told", allowUnknown: false, registryOnly: true, pattern: `{SRC}(?<=n)\\s+(?:haastattelussa|lähetyksessä|uutislähetyksessä|ohjelmassa|suorassa\\s+lähetyksessä)${EOW}`, example: "Kaupunginjohtaja sanoi Reutersin haastattelussa, että silta suljetaan.", expect: "Reutersin" },
    { id: "fi.uutisoi", frame: "reported", allowUnknown: true, pattern: `${BOW}(?:uutisoi|uutisoivat|uutisoinut|raportoi|raportoivat|tiedotti)\\s+(?:(?<cue>${BEFORE})\\s+)?{SRC}{END}`, example: "Silta suljetaan, uutisoi Uusi Viesti.", expect: "Uusi Viesti" },
    // An outlet of the case telling something in its own voice ("Veltra Therm kertoi tiistaina, että …"): the words are
    // its release's or report's, as English "X said that …".
    { id: "fi.subject_kertoi", frame: "said", allowUnknown: false, pattern: `${DEMONYM}{SRC}\\s+(?:\\p{Ll}+na\\s+)?(?:kertoi|kertoo|kertoivat|ilmoitti|ilmoittaa|tiedotti|tiedottaa|vahvisti|vahvistaa|sanoi|sanoo|totesi)(?:\\s+\\p{Ll}+na)?(?:,?\\s+että)?${EOW}`, example: "Reuters kertoi tiistaina, että silta suljetaan.", expect: "Reuters" },
    { id: "fi.subject_uutisoi", frame: "reported", allowUnknown: false, pattern: `{SRC}\\s+(?:uutisoi|uutisoivat|uutisoi\\p{Ll}*|raportoi|raportoivat|kirjoitti|kirjoittaa)${EOW}`, example: "Reuters uutisoi sillan sulkemisesta.", expect: "Reuters" },
    { id: "fi.julkaistu", frame: "published_in", allowUnknown: true, publication: true, pattern: `${BOW}(?:julkaistiin|julkaistu|ilmestyi|julkaisi)\\s+(?:alun\\s+perin\\s+|ensin\\s+)?${DEMONYM}{SRC}\\s+-(?<cue>${HYPHENED}|lehdessä|lehdessään)${EOW}`, example: "Juttu julkaistiin alun perin Uusi Viesti -lehdessä.", expect: "Uusi Viesti" },
  ],
  // A post quotes its writer as a statement does ("tviittasi", English "tweeted").
  speechVerbs: ["tviittasi", "twiittasi", "tviittaa", "twiittaa", "sanoi", "sanoo", "sanoivat", "sanovat", "kertoi", "kertoo", "kertoivat", "kertovat", "totesi", "toteaa", "totesivat", "kirjoitti", "kirjoittaa", "painotti", "painottaa", "korosti", "korostaa", "lisäsi", "lisää", "vakuutti", "vahvisti", "vahvistaa", "muistutti", "huomautti", "selitti", "kommentoi", "vastasi", "myönsi", "varoitti", "tarkensi", "arvioi", "arvioivat", "sanoo"],
  verbFinal: true,
  anonymityClauses: [
    "(?:joka|jotka) ei(?:vät)? (?:halunnut|halunneet|halua) (?:nimeään|nimiään|nimensä|esiintyä (?:omalla )?(?:nimellään|nimellänsä))(?: julkisuuteen| julki| mainittavan| lehteen)?",
    "nimettömänä pysyttelevä|nimettömyyttä pyytänyt|nimettömyyttä pyytäneet|nimettömyyden suojissa",
  ],
  toldPronouns: ["lehdelle", "meille", "toimitukselle", "lehdellemme"],
  // Whom it was told stands in the allative, often before the subject ("Pohjolan Sanomille Virtanen kertoi"): a word
  // ending so is never the speaker's name (nameEntry.ts toldCaseWords).
  toldCaseEndings: ["lle"],
  // The genitive written onto a name ("Pohjan", "Helsingin"); a surname's own -nen is its nominative ("Virtanen").
  genitiveEnding: "(?<!ne)n",
  pronouns: { singular: ["hän"], plural: ["he"] },
  tailBreaks: ["joka", "jotka", "ja", "maanantaina", "tiistaina", "keskiviikkona", "torstaina", "perjantaina", "lauantaina", "sunnuntaina", "eilen", "tänään"],
  // After a source noun or a body's noun in the genitive, "according to": "lähteiden mukaan", "ministeriön mukaan",
  // "yhtiön tiedotteen mukaan". The ending is stepped over; a stem that changes in the genitive ("kaupungin") is not read.
  anonymousAccording: "(?<tail>\\p{Ll}{0,5})\\s+(?:(?:tietojen|tiedotteen|ilmoituksen)\\s+)?mukaan(?![\\p{L}\\p{N}])",
  bodyAccording: true,
  anonymousHeads: ["lähde", "lähteet", "lähteen", "lähteiden", "lähteitä", "virkamies", "virkamiehet", "työntekijä", "työntekijät", "työntekijöitä", "asiantuntija", "asiantuntijat", "silminnäkijä", "silminnäkijät", "diplomaatti", "diplomaatit", "edustaja", "edustajat", "tiedottaja", "lääkäri", "lääkärit", "hoitaja", "hoitajat", "sairaanhoitaja", "asukas", "asukkaat", "poliisi", "viranomainen", "viranomaiset", "sisäpiiriläinen", "sisäpiirin lähde"],
  determiners: ["eräs", "eräät", "yksi", "kaksi", "kolme", "useat", "monet", "muutamat", "muuan"],
  roleNouns: ["ministeri", "pääministeri", "tiedottaja", "johtaja", "toimitusjohtaja", "professori", "tutkija", "asiantuntija", "lääkäri", "ylilääkäri", "lastenlääkäri", "toimittaja", "päätoimittaja", "kansanedustaja", "pormestari", "kaupunginjohtaja", "suurlähettiläs", "presidentti", "puheenjohtaja", "ekonomisti", "analyytikko", "sairaanhoitaja", "epidemiologi", "virologi", "kirjeenvaihtaja", "juristi", "asianajaja", "poliisipäällikkö"],
  organisationCues: ["ministeriö", "hallitus", "poliisi", "sairaala", "sairaanhoitopiiri", "yliopisto", "laitos", "virasto", "kunta", "kaupunki", "tuomioistuin", "oikeus", "puolue", "säätiö", "yhdistys", "liitto", "neuvosto", "komissio", "pankki", "yhtiö", "oy", "oyj"],
  outletCues: ["lehti", "sanomat", "uutiset", "news", "tv", "radio", "viesti", "sanomalehti", "uutistoimisto", "kuriiri", "sanomat", "posti", "ilta"],
  outletSuffixes: ["lehti", "sanomat", "uutiset", "viesti", "sanomalehti"],
  genericSources: ["media", "tiedotusvälineet", "paikallismedia", "sosiaalinen media", "lähteet", "asiantuntijat", "viranomaiset", "tiedot", "uutiset"],
  prepositions: [],
  nameStopwords: ["ja", "mutta", "sekä", "eilen", "tänään", "myös", "hän", "he", "se", "ne", "kun", "jos", "mukaan", "maanantaina", "tiistaina", "keskiviikkona", "torstaina", "perjantaina", "lauantaina", "sunnuntaina"],
  photoCredits: ["(?:Kuva|Valokuva|Video|Kuvitus|Grafiikka)\\s*:\\s*[^\\n]{0,80}", "©\\s*[^\\n]{0,60}"],
  titleCues: ["kirja", "kirjassaan", "niminen", "nimeltään", "elokuva", "dokumentti", "romaani", "raportti", "artikkeli", "tutkimus", "ohjelma", "kappale", "otsikko", "otsikolla"],
  creditLines: [
    SIGNATURE_LINE,
    "^\\s*(?:Lähde|Lähteet)\\s*:\\s*(?<name>[^\\n]{2,60}?)\\s*$",
  ],
  // Finnish news credits the national agency by its initials ("STT:n mukaan", "kertoi STT:lle").
  localAliases: [{ alias: "STT", outlet: "Suomen Tietotoimisto" }],
};
