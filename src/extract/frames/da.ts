/** Danish reading data: «ifølge»/«iflg.», «melder X», «X skriver», «siger … til X», «som X skrev», anonymous «kilder». */
import { BOW, capitalisedName, DOMAIN, EOW, SIGNATURE_LINE, TOLD_SPEAKER } from "./common.ts";
import type { LanguageFrames } from "./types.ts";

/** Nouns that say the name after them is a publication ("avisen X", "nyhedsbureauet Ritzau"); Danish writes the definite article onto the noun, so both forms are listed. */
const OUTLET_NOUNS = ["avis", "avisen", "dagblad", "dagbladet", "lokalavis", "lokalavisen", "netavis", "netavisen", "nyhedsbureau", "nyhedsbureauet", "bureau", "bureauet", "nyhedssite", "nyhedssitet", "hjemmeside", "hjemmesiden", "tidsskrift", "tidsskriftet", "magasin", "magasinet", "ugeblad", "ugebladet", "tv-station", "tv-stationen", "tv-kanal", "tv-kanalen", "kanal", "kanalen", "radiokanal", "blog", "bloggen", "medie", "mediet"];
const NOUN = `(?:${[...OUTLET_NOUNS].sort((a, b) => b.length - a.length).join("|")})`;
/** An outlet noun before the name, with its article and at most one adjective ("det svenske nyhedsbureau TT"), captured as `cue`. */
const CUE = `(?:(?:den|det|en|et)\\s+)?(?<cue>(?:\\p{Ll}+\\s+)?${NOUN})\\s+`;
/** Time words between a subject and its verb ("som X tidligere skrev", "som X har skrevet"). */
const WHEN = "(?:tidligere|først|allerede|i\\s+går|i\\s+dag|har|havde|\\p{Ll}+dag(?:en|s)?|i\\s+\\p{Ll}+dags)";
/** Adverbs between an inverted verb of reporting and the outlet ("skrev blandt andet Havnebladet", "melder også Reuters"): at most two, none part of the name. */
const INVERTED_ADVERBS = "(?:(?:blandt\\s+andet|bl\\.\\s?a\\.|for\\s+eksempel|f\\.\\s?eks\\.|også|dengang|da|tidligere|først|i\\s+går|i\\s+dag|\\p{Ll}+dag(?:en)?)\\s+){0,2}";
/** After a phrase put first, Danish puts the finite verb next ("Ifølge X lukker …"): a word in small letters ends the name too. */
const V2_END = "(?:{END}|(?=\\s+\\p{Ll}))";

export const da: LanguageFrames = {
  language: "da",
  occasionMedia: { post: ["opslag\\p{L}*"], spoken: ["interview\\p{L}*", "pressemøde\\p{L}*"] },
  verbSecond: true,
  // English names keep their "of" and "the" ("Voice of the Coast"): neither is a Nordic word.
  name: `(?:${DOMAIN}|${capitalisedName(["af", "von", "van", "der", "de", "la", "of", "the"])})`,
  date: "(?:i|på|den)\\s+(?<date>\\d{1,2}\\.?\\s+\\p{Ll}+(?:\\s+\\d{4})?|\\p{Ll}+dag(?:en|s)?)",
  descriptor: `(?:den|det)\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}${NOUN}`,
  end: `(?=\\s*(?:[,.;:!?)»”"’]|$|—|–)|\\s+(?:at|og|men|på|i|om|med|efter|for|til|under|tidligere|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|er|var|har|havde|skal|skulle|bliver|blev|vil)${EOW})`,
  // "til nyhedsbureauet TT": initials the registry keeps as an agency's credit signature are that agency after one (cited.ts).
  agencyNouns: ["nyhedsbureau", "nyhedsbureauet", "bureau", "bureauet"],
  frames: [
    { id: "da.ifolge", frame: "according_to", allowUnknown: true, pattern: `${BOW}(?:[Ii]følge|[Ii]flg\\.)\\s+(?:(?:en\\s+)?(?:oplysninger|rapport|artikel)\\s+(?:fra|i)\\s+)?(?:${CUE})?{SRC}${V2_END}`, example: "Færgen er aflyst, ifølge Havnebladet.", expect: "Havnebladet" },
    { id: "da.melder_cue", frame: "reported", allowUnknown: true, pattern: `${BOW}(?:melder|meldte|skriver|skrev|rapporterer|rapporterede|oplyser|oplyste|afslører|afslørede|beretter|berettede)\\s+${INVERTED_ADVERBS}${CUE}{SRC}{END}`, example: "Færgen er aflyst, skriver avisen Havnebladet.", expect: "Havnebladet" },
    { id: "da.melder", frame: "reported", allowUnknown: true, pattern: `${BOW}(?:melder|meldte|rapporterer|rapporterede|afslører|afslørede|beretter|berettede)\\s+${INVERTED_ADVERBS}{SRC}{END}`, example: "Færgen er aflyst, melder Havnebladet.", expect: "Havnebladet" },
    // Without an outlet noun the subject after "skriver" may be a person who writes: an outlet only with evidence of one
    // (the registry, an outlet word or ending in the name: "skriver Havnebladet"), never a person or a place.
    { id: "da.skriver", frame: "reported", allowUnknown: true, needsEvidence: true, pattern: `${BOW}(?:skriver|skrev|oplyser|oplyste)\\s+${INVERTED_ADVERBS}{SRC}{END}`, example: "Færgen er aflyst, skriver Reuters.", expect: "Reuters" },
    // "Havnebladet skriver at …": a person writes too ("Kari Nordmo skriver i en kronikk"), so only with evidence of an outlet.
    // "En artikkel i X skrev at …" (an article in X wrote): the outlet whose article is the subject of a writing verb.
    { id: "da.artikel_i", frame: "reported", allowUnknown: true, pattern: `${BOW}(?:[Ee]n|[Ee]t)\\s+(?:\\p{Ll}+\\s+)?(?:artikel|reportage|historie)\\s+(?:fra|i)\\s+(?:${CUE})?«?{SRC}»?\\s+(?:${WHEN}\\s+)?(?:skrev|skriver|meldte|melder|hævdede|hævder)${EOW}`, example: "En artikel i Havnebladet skrev at færgen er aflyst.", expect: "Havnebladet" },
    // "Planen blev omtalt af Havnebladet": the passive of reporting ("omtalt", "beskrevet", "afsløret") with
    // its agent; needs evidence, as a person may be the agent too.
    { id: "da.omtalt_af", frame: "reported_by", allowUnknown: true, needsEvidence: true, pattern: `${BOW}(?:blev|er|bliver|var)\\s+(?:først\\s+)?(?:omtalt|beskrevet|afsløret|bragt)\\s+af\\s+(?:${CUE})?{SRC}{END}`, example: "Planen om en ny færgehavn blev omtalt af avisen Havnebladet.", expect: "Havnebladet" },
    { id: "da.subject_skriver", frame: "reported", allowUnknown: true, needsEvidence: true, pattern: `{SRC}\\s+(?:${WHEN}\\s+)?(?:skriver|skrev)${EOW}`, example: "Havnebladet skriver, at færgen er aflyst.", expect: "Havnebladet" },
    { id: "da.subject_reports", frame: "reported", allowUnknown: false, pattern: `{SRC}\\s+(?:${WHEN}\\s+)?(?:melder|meldte|rapporterer|rapporterede|afslører|afslørede|beretter)${EOW}`, example: "Reuters melder at færgen er aflyst.", expect: "Reuters" },
    { id: "da.som_skrev", frame: "reported", allowUnknown: true, pattern: `${BOW}[Ss]om\\s+(?:${CUE})?{SRC}\\s+(?:${WHEN}\\s+){0,2}(?:skrev|skrevet|skriver|meldte|meldt|melder|rapporterede|rapporteret|beretter|berettede|afslørede|afsløret|erfarer|erfarede|oplyste)${EOW}`, example: "Som Havnebladet skrev i går, er færgen aflyst.", expect: "Havnebladet" },
    { id: "da.til", frame: "told", allowUnknown: true, pattern: `${BOW}(?:sagde|siger|fortæller|fortalte|oplyser|oplyste|forklarer|forklarede|bekræfter|bekræftede|udtaler|udtalte)\\s+${TOLD_SPEAKER}til\\s+(?:${CUE})?{SRC}${V2_END}`, example: "– Det er slut, siger havnefogeden til Havnebladet.", expect: "Havnebladet" },
  ],
  attributionOpeners: ["Det"],
  // A post quotes its writer as a statement does ("tweetede borgmesteren"): verbs of posting among them.
  speechVerbs: ["tweetede", "tweeter", "postede", "sagde", "siger", "sagt", "udtalte", "udtaler", "skriver", "skrev", "fortæller", "fortalte", "forklarer", "forklarede", "oplyser", "oplyste", "meddeler", "meddelte", "understreger", "understregede", "tilføjer", "tilføjede", "mener", "mente", "bekræfter", "bekræftede", "advarer", "advarede", "påpeger", "påpegede", "svarer", "svarede", "konstaterer", "konstaterede", "fastslår", "fastslog"],
  opinionLeads: ["ifølge", "for"],
  pronouns: { singular: ["han", "hun"], plural: ["de"] },
  tailBreaks: ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag", "tidligere", "til", "at"],
  compoundNouns: true,
  anonymousHeads: ["kilde", "kilden", "kilder", "kilderne", "embedsmand", "embedsmænd", "embedsmanden", "ekspert", "eksperter", "eksperterne", "vidne", "vidner", "vidnet", "talsperson", "talsmand", "repræsentant", "medarbejder", "medarbejdere", "ansat", "ansatte", "insider", "insidere", "kredse"],
  channelPhrases: [`(?:i|på|via|under)\\s+(?:(?:en|et|sin|sit|hans|hendes)\\s+)?(?:[\\p{L}]+-)?(?:meddelelse|udtalelse|pressemeddelelse|interview|pressemøde|e-mail|opslag|besked)(?:n|en|et)?`],
  determiners: ["en", "et", "to", "tre", "flere", "nogle", "mange", "den", "det", "de", "denne", "dette", "disse"],
  roleNouns: ["minister", "statsminister", "talsperson", "talsmand", "pressechef", "formand", "direktør", "chef", "professor", "forsker", "ekspert", "analytiker", "journalist", "korrespondent", "redaktør", "chefredaktør", "advokat", "ambassadør", "præsident", "borgmester", "rådmand", "folketingsmedlem", "havnefoged", "læge", "økonom", "partileder", "sekretær"],
  // Nouns carry their definite article as an ending ("politiet", "the police"): a body so named needs no other word.
  bareBodies: ["politiet", "anklagemyndigheden", "beredskabet", "myndighederne", "regeringen", "ministeriet", "kommunen", "hospitalet"],
  organisationCues: ["bank", "ministerium", "ministeriet", "regering", "regeringen", "politi", "politiet", "myndighed", "styrelsen", "kommune", "kommunen", "region", "regionen", "universitet", "universitetet", "institut", "fond", "forbund", "forening", "foreningen", "kommission", "domstol", "byret", "parti", "partiet", "hospital", "hospitalet", "bestyrelse", "rådet", "selskab", "selskabet"],
  outletCues: [...OUTLET_NOUNS, "posten", "avis", "tidende", "dagblad", "nyheder", "tv", "radio"],
  outletSuffixes: ["posten", "avis", "avisen", "tidende", "bladet", "nyt"],
  genericSources: ["medier", "medierne", "kilder", "oplysninger", "eksperter", "aviser", "rapporter"],
  subjectRelatives: ["som", "der"],
  // "siger pressechef Eva Lund i kommunen", "… ved universitetet": after a full name, where the speaker works.
  fromParticles: ["i", "på", "fra", "ved", "hos"],
  prepositions: ["i", "på", "af", "fra", "med", "til", "for", "om", "under", "efter", "ved", "hos", "mod", "gennem", "inden", "uden", "mellem", "omkring", "siden"],
  nameStopwords: ["det", "den", "de", "dette", "derfor", "siden", "men", "og", "ifølge", "også", "da", "nu", "han", "hun", "i", "på", "efter", "for", "som", "når", "om", "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag", "januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"],
  // The national outlet Norwegian and Danish news names by its initials alone ("sier … til DR").
  localAliases: [{ alias: "DR", outlet: "Danmarks Radio" }],
  photoCredits: ["(?<=^|\\n|[(|/]\\s?)\\s*(?:Foto|Billede|Video|Grafik)\\s*:\\s*[^\\n]{0,80}", "\\((?:Foto|Billede)\\s*:?[^)]{0,80}\\)", "©\\s*[^\\n]{0,60}"],
  titleCues: ["bog", "bogen", "titlen", "film", "filmen", "dokumentar", "roman", "rapport", "rapporten", "artikel", "sang", "program", "undersøgelse", "overskrift", "overskriften"],
  without: ["uden"],
  creditLines: [
    SIGNATURE_LINE,
    "^\\s*(?:Kilde|Kilder)\\s*:\\s*(?<name>[^\\n]{2,60}?)\\s*$",
  ],
};
