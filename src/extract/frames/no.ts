/** Norwegian (Bokmål) reading data: «ifølge»/«iflg.», «melder X», «X skriver», «sier … til X», «som X skrev», anonymous «kilder». */
import { BOW, capitalisedName, DOMAIN, EOW, SIGNATURE_LINE, TOLD_SPEAKER } from "./common.ts";
import type { LanguageFrames } from "./types.ts";

/** Nouns that say the name after them is a publication ("avisen X", "nyhetsbyrået NTB"); Norwegian writes the definite article onto the noun, so both forms are listed. */
const OUTLET_NOUNS = ["avis", "avisen", "avisa", "dagblad", "dagbladet", "lokalavis", "lokalavisen", "lokalavisa", "nettavis", "nettavisen", "nyhetsbyrå", "nyhetsbyrået", "byrå", "byrået", "nettsted", "nettstedet", "nettside", "nettsiden", "tidsskrift", "tidsskriftet", "magasin", "magasinet", "ukeblad", "ukebladet", "tv-kanal", "tv-kanalen", "kanal", "kanalen", "kringkaster", "kringkasteren", "blogg", "bloggen", "medium", "mediet"];
const NOUN = `(?:${[...OUTLET_NOUNS].sort((a, b) => b.length - a.length).join("|")})`;
/** An outlet noun before the name, with its article and at most one adjective ("det svenske nyhetsbyrået TT"), captured as `cue`. */
const CUE = `(?:(?:den|det|en|et|ei)\\s+)?(?<cue>(?:\\p{Ll}+\\s+)?${NOUN})\\s+`;
/** A nationality before an outlet's name, as the language writes it without a noun ("ifølge svenske X"): no part of the name. */
const NATIONAL = "(?:\\p{Ll}+ske\\s+(?=\\p{Lu}))";
/** Time words between a subject and its verb ("som X tidligere skrev", "som X har meldt"). */
const WHEN = "(?:tidligere|først|allerede|i\\s+går|i\\s+dag|har|hadde|\\p{Ll}+dag(?:en|s)?)";
/** Adverbs between an inverted verb of reporting and the outlet ("skrev blant annet Havnebladet", "melder også Reuters"): at most two, none part of the name. */
const INVERTED_ADVERBS = "(?:(?:blant\\s+annet|bl\\.\\s?a\\.|for\\s+eksempel|f\\.\\s?eks\\.|også|da|tidligere|først|i\\s+går|i\\s+dag|\\p{Ll}+dag(?:en)?)\\s+){0,2}";
/** After a phrase put first, Norwegian puts the finite verb next ("Ifølge X legges …"): a word in small letters ends the name too. */
const V2_END = "(?:{END}|(?=\\s+\\p{Ll}))";

export const no: LanguageFrames = {
  language: "no",
  occasionMedia: { post: ["innlegg\\p{L}*"], spoken: ["intervju\\p{L}*", "pressekonferanse\\p{L}*"] },
  verbSecond: true,
  // English names keep their "of" and "the" ("Voice of the Coast"): neither is a Nordic word.
  name: `(?:${DOMAIN}|${capitalisedName(["af", "von", "van", "der", "de", "la", "of", "the"])})`,
  date: "(?:i|på|den)\\s+(?<date>\\d{1,2}\\.?\\s+\\p{Ll}+(?:\\s+\\d{4})?|\\p{Ll}+dag(?:en|s)?)",
  descriptor: `(?:den|det)\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}${NOUN}`,
  end: `(?=\\s*(?:[,.;:!?)»”"’]|$|—|–)|\\s+(?:at|og|men|på|i|om|med|etter|for|til|under|tidligere|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|er|var|har|hadde|skal|skulle|blir|ble|vil)${EOW})`,
  // "til nyhetsbyrået TT": initials the registry keeps as an agency's credit signature are that agency after one (cited.ts).
  agencyNouns: ["nyhetsbyrå", "nyhetsbyrået", "byrå", "byrået"],
  frames: [
    { id: "no.ifolge", frame: "according_to", allowUnknown: true, pattern: `${BOW}(?:[Ii]følge|[Ii]flg\\.)\\s+(?:(?:en\\s+)?(?:opplysninger|rapport|artikkel)\\s+(?:fra|i)\\s+)?(?:${CUE}|${NATIONAL})?{SRC}${V2_END}`, example: "Ferja er innstilt, ifølge Havnebladet.", expect: "Havnebladet" },
    { id: "no.melder_cue", frame: "reported", allowUnknown: true, pattern: `${BOW}(?:melder|meldte|skriver|skrev|rapporterer|rapporterte|opplyser|opplyste|avslører|avslørte)\\s+${INVERTED_ADVERBS}${CUE}{SRC}{END}`, example: "Ferja er innstilt, skriver avisen Havnebladet.", expect: "Havnebladet" },
    { id: "no.melder", frame: "reported", allowUnknown: true, pattern: `${BOW}(?:melder|meldte|rapporterer|rapporterte|avslører|avslørte)\\s+${INVERTED_ADVERBS}{SRC}{END}`, example: "Ferja er innstilt, melder Havnebladet.", expect: "Havnebladet" },
    // Without an outlet noun the subject after "skriver" may be a person who writes: an outlet only with evidence of one
    // (the registry, an outlet word or ending in the name: "skriver Havnebladet"), never a person or a place.
    { id: "no.skriver", frame: "reported", allowUnknown: true, needsEvidence: true, pattern: `${BOW}(?:skriver|skrev|opplyser|opplyste|påpeker|påpekte)\\s+${INVERTED_ADVERBS}{SRC}{END}`, example: "Ferja er innstilt, skriver Reuters.", expect: "Reuters" },
    // "Havnebladet skriver at …": a person writes too ("Kari Nordmo skriver i en kronikk"), so only with evidence of an outlet.
    // "En artikkel i X skrev at …" (an article in X wrote): the outlet whose article is the subject of a writing verb.
    { id: "no.artikkel_i", frame: "reported", allowUnknown: true, pattern: `${BOW}(?:[Ee]n|[Ee]i)\\s+(?:\\p{Ll}+\\s+)?(?:artikkel|sak|reportasje)\\s+(?:fra|i)\\s+(?:${CUE})?«?{SRC}»?\\s+(?:${WHEN}\\s+)?(?:skrev|skriver|meldte|melder|hevdet|hevder)${EOW}`, example: "En artikkel i Havnebladet skrev at ferja er innstilt.", expect: "Havnebladet" },
    { id: "no.subject_skriver", frame: "reported", allowUnknown: true, needsEvidence: true, pattern: `{SRC}\\s+(?:${WHEN}\\s+)?(?:skriver|skrev)${EOW}`, example: "Havnebladet skriver at ferja er innstilt.", expect: "Havnebladet" },
    // "Havnebladet har gått gjennom klippet og lister opp …": an outlet that went through the material (a person or a body
    // may too, so only with evidence of an outlet).
    { id: "no.subject_gjennomgatt", frame: "reported", allowUnknown: true, needsEvidence: true, pattern: `{SRC}\\s+(?:har|hadde)\\s+(?:gått\\s+gjennom|gjennomgått|analysert|kartlagt)${EOW}`, example: "Havnebladet har gått gjennom klippet og lister opp flere feil.", expect: "Havnebladet" },
    { id: "no.subject_reports", frame: "reported", allowUnknown: false, pattern: `{SRC}\\s+(?:${WHEN}\\s+)?(?:melder|meldte|rapporterer|rapporterte|avslører|avslørte)${EOW}`, example: "Reuters melder at ferja er innstilt.", expect: "Reuters" },
    { id: "no.som_skrev", frame: "reported", allowUnknown: true, pattern: `${BOW}[Ss]om\\s+(?:${CUE})?{SRC}\\s+(?:${WHEN}\\s+){0,2}(?:skrev|skrevet|skriver|meldte|meldt|melder|rapporterte|rapportert|omtalte|omtalt|avslørte|avslørt|erfarer|erfarte|opplyste)${EOW}`, example: "Som Havnebladet skrev i går, er ferja innstilt.", expect: "Havnebladet" },
    // "Det var Havnebladet som først omtalte saken" (it was X that first reported it): the cleft puts the outlet first.
    { id: "no.det_var_som", frame: "reported", allowUnknown: true, pattern: `${BOW}[Dd]et\\s+var\\s+(?:${CUE})?{SRC}\\s+som\\s+(?:${WHEN}\\s+){0,2}(?:omtalte|meldte|skrev|skreiv|rapporterte|avslørte|publiserte)${EOW}`, example: "Det var Havnebladet som først omtalte saken.", expect: "Havnebladet" },
    // "…, svarer X på spørsmål fra Y": the outlet whose question the speaker answered is whom the words were told to.
    { id: "no.question_from", frame: "told", allowUnknown: true, pattern: `${BOW}(?:sa|sier|svarer|svarte|forteller|fortalte|skriver|skrev|opplyser|opplyste|bekrefter|bekreftet|uttaler|uttalte)\\s+(?:[^,.;:!?„“"»«]{1,60}?\\s+)?på\\s+(?:et\\s+)?spørsmål\\s+fra\\s+(?:${CUE})?{SRC}${V2_END}`, example: "– Det får vi se på, svarer havnesjefen på spørsmål fra Havnebladet.", expect: "Havnebladet" },
    { id: "no.til", frame: "told", allowUnknown: true, pattern: `${BOW}(?:sa|sier|forteller|fortalte|opplyser|opplyste|forklarer|forklarte|bekrefter|bekreftet|uttaler|uttalte)\\s+${TOLD_SPEAKER}til\\s+(?:${CUE})?{SRC}${V2_END}`, example: "– Det er slutt, sier havnesjefen til Havnebladet.", expect: "Havnebladet" },
  ],
  attributionOpeners: ["Det"],
  // A post quotes its writer as a statement does ("tvitret ordføreren"): verbs of posting among them.
  // Nynorsk's forms beside Bokmål's ("seier", "skreiv", "fortel"): the two standards share this data (core/languages.ts SAME_FRAMES).
  speechVerbs: ["seier", "skriv", "skreiv", "fortel", "fortalde", "stadfestar", "stadfesta", "meiner", "meinte", "tvitret", "twitret", "postet", "sa", "sier", "sagt", "uttalte", "uttaler", "skriver", "skrev", "forteller", "fortalte", "forklarer", "forklarte", "opplyser", "opplyste", "meddeler", "meddelte", "understreker", "understreket", "legger til", "la til", "mener", "mente", "bekrefter", "bekreftet", "advarer", "advarte", "påpeker", "påpekte", "svarer", "svarte", "konstaterer", "konstaterte", "fastslår", "fastslo"],
  opinionLeads: ["ifølge", "for"],
  pronouns: { singular: ["han", "hun"], plural: ["de"] },
  tailBreaks: ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag", "tidligere", "til", "at"],
  compoundNouns: true,
  anonymousHeads: ["kilde", "kilden", "kilder", "kildene", "tjenestemann", "tjenestemenn", "tjenestemannen", "ekspert", "eksperter", "ekspertene", "vitne", "vitner", "vitnet", "talsperson", "talsmann", "representant", "medarbeider", "medarbeidere", "ansatt", "ansatte", "insider", "insidere", "kretser"],
  channelPhrases: [`(?:i|på|via|under)\\s+(?:(?:en|et|ei|sin|sitt|hans|hennes)\\s+)?(?:[\\p{L}]+-)?(?:melding|uttalelse|pressemelding|intervju|pressekonferanse|e-post|innlegg)(?:en|a|et)?`],
  determiners: ["en", "ei", "et", "to", "tre", "flere", "noen", "mange", "den", "det", "de", "denne", "dette", "disse"],
  roleNouns: ["rektor", "lensmann", "politiadvokat", "politimester", "påtaleansvarlig", "påtaleansvarleg", "minister", "statsminister", "talsperson", "talsmann", "pressesjef", "leder", "direktør", "sjef", "professor", "forsker", "ekspert", "analytiker", "journalist", "korrespondent", "redaktør", "sjefredaktør", "advokat", "ambassadør", "president", "ordfører", "byråd", "stortingsrepresentant", "havnesjef", "lege", "økonom", "partileder", "sekretær"],
  // Nouns carry their definite article as an ending ("politiet", "the police"): a body so named needs no other word.
  bareBodies: ["politiet", "påtalemyndigheten", "brannvesenet", "myndighetene", "regjeringen", "departementet", "kommunen", "sykehuset"],
  organisationCues: ["bank", "departement", "departementet", "regjering", "regjeringen", "politi", "politiet", "politidistrikt", "politidistriktet", "direktoratet", "tilsynet", "kommune", "kommunen", "fylke", "fylket", "universitet", "universitetet", "institutt", "stiftelse", "forbund", "forening", "foreningen", "kommisjon", "domstol", "tingrett", "parti", "partiet", "sykehus", "sykehuset", "styret", "rådet", "selskap", "selskapet"],
  outletCues: [...OUTLET_NOUNS, "posten", "avis", "tidende", "dagblad", "nytt", "tv", "radio"],
  outletSuffixes: ["posten", "avis", "avisa", "tidende", "bladet", "nytt"],
  genericSources: ["medier", "mediene", "kilder", "opplysninger", "eksperter", "aviser", "rapporter"],
  subjectRelatives: ["som"],
  // "sier pressesjef Eva Lie i kommunen", "… ved sykehuset": after a full name, where the speaker works.
  fromParticles: ["i", "på", "fra", "ved", "hos"],
  prepositions: ["i", "på", "av", "fra", "med", "til", "for", "om", "under", "etter", "ved", "hos", "mot", "gjennom", "innen", "uten", "mellom", "rundt", "siden"],
  nameStopwords: ["det", "den", "de", "dette", "derfor", "siden", "men", "og", "ifølge", "også", "da", "nå", "han", "hun", "i", "på", "etter", "for", "som", "når", "om", "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag", "januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"],
  // The national outlet Norwegian and Danish news names by its initials alone ("sier … til VG").
  localAliases: [{ alias: "VG", outlet: "Verdens Gang" }],
  photoCredits: ["(?<=^|\\n|[(|/]\\s?)\\s*(?:Foto|Bilde|Video|Grafikk)\\s*:\\s*[^\\n]{0,80}", "\\((?:Foto|Bilde)\\s*:?[^)]{0,80}\\)", "©\\s*[^\\n]{0,60}"],
  titleCues: ["bok", "boka", "boken", "tittelen", "film", "filmen", "dokumentar", "roman", "rapport", "rapporten", "artikkel", "sang", "program", "undersøkelse", "overskrift", "overskriften"],
  without: ["uten"],
  creditLines: [
    SIGNATURE_LINE,
    "^\\s*(?:Kilde|Kilder)\\s*:\\s*(?<name>[^\\n]{2,60}?)\\s*$",
  ],
};
