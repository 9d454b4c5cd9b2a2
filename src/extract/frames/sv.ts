/** Swedish reading data: «enligt», «rapporterar X», «X skriver», «säger … till X», «som X rapporterade», anonymous «källor», the wire's «(TT)» credit. */
import { BOW, capitalisedName, DOMAIN, EOW, SIGNATURE_LINE, TOLD_SPEAKER } from "./common.ts";
import type { LanguageFrames } from "./types.ts";

/**
 * Nouns that say the name after them is a publication ("tidningen X", "nyhetsbyrån TT"). Swedish writes the definite
 * article onto the noun, so both forms are listed.
 */
const OUTLET_NOUNS = ["tidning", "tidningen", "dagstidning", "dagstidningen", "dagstidningarna", "lokaltidning", "lokaltidningen", "kvällstidning", "kvällstidningen", "morgontidning", "morgontidningen", "nyhetsbyrå", "nyhetsbyrån", "nyhetssajt", "nyhetssajten", "sajt", "sajten", "webbplats", "webbplatsen", "tidskrift", "tidskriften", "magasin", "magasinet", "tv-kanal", "tv-kanalen", "kanal", "kanalen", "radiokanal", "radiokanalen", "blogg", "bloggen", "nyhetstjänst", "nyhetstjänsten", "public service-bolaget"];
const NOUN = `(?:${[...OUTLET_NOUNS].sort((a, b) => b.length - a.length).join("|")})`;
/** An outlet noun before the name, with its article and at most one adjective ("den norska nyhetsbyrån NTB"), captured as `cue`. */
const CUE = `(?:(?:den|det|en|ett)\\s+)?(?<cue>(?:\\p{Ll}+\\s+)?${NOUN})\\s+`;
/** A nationality before an outlet's name, as the language writes it without a noun ("enligt norska X"): no part of the name. */
const NATIONAL = "(?:\\p{Ll}+ska\\s+(?=\\p{Lu}))";
/** Verbs of reporting a publication does. */
const REPORTS = "(?:rapporterar|rapporterade|skriver|skrev|meddelar|meddelade|avslöjar|avslöjade|uppger|uppgav|publicerade)";
/** Time words that may stand between the subject and its verb or the verb and what it did ("som X tidigare rapporterade"). */
const WHEN = "(?:tidigare|först|redan|i\\s+går|igår|i\\s+dag|idag|har|hade|på\\s+\\p{Ll}+dagen|\\p{Ll}+dag(?:en|s)?)";
/** Adverbs between an inverted verb of reporting and the outlet ("skrev bland annat Hamnbladet", "rapporterar också Reuters"): at most two, none part of the name. */
const INVERTED_ADVERBS = "(?:(?:bland\\s+annat|bl\\.\\s?a\\.|till\\s+exempel|t\\.\\s?ex\\.|också|då|tidigare|först|i\\s+går|igår|i\\s+dag|idag|\\p{Ll}+dag(?:en)?)\\s+){0,2}";
/** After a phrase put first, Swedish puts the finite verb next ("Enligt X läggs …"): a word in small letters ends the name too. */
const V2_END = "(?:{END}|(?=\\s+\\p{Ll}))";

export const sv: LanguageFrames = {
  language: "sv",
  occasionMedia: { post: ["inlägg\\p{L}*"], spoken: ["intervju\\p{L}*", "presskonferens\\p{L}*"] },
  verbSecond: true,
  // English names keep their "of" and "the" ("Voice of the Coast"): neither is a Nordic word.
  name: `(?:${DOMAIN}|${capitalisedName(["af", "von", "van", "der", "de", "la", "of", "the"])})`,
  date: "(?:i|på|den)\\s+(?<date>\\d{1,2}\\s+\\p{Ll}+(?:\\s+\\d{4})?|\\p{Ll}+dag(?:en|s)?)",
  descriptor: `(?:den|det)\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}${NOUN}`,
  end: `(?=\\s*(?:[,.;:!?)»”"’]|$|—|–)|\\s+(?:att|och|men|på|i|om|med|efter|för|till|under|idag|igår|tidigare|måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|är|var|har|hade|ska|skulle|blir|blev|kommer)${EOW})`,
  // "till nyhetsbyrån TT": initials the registry keeps as an agency's credit signature are that agency after one (cited.ts).
  agencyNouns: ["nyhetsbyrå", "nyhetsbyrån", "byrå", "byrån"],
  frames: [
    { id: "sv.enligt", frame: "according_to", allowUnknown: true, pattern: `${BOW}[Ee]nligt\\s+(?:(?:en\\s+)?(?:uppgift|uppgifter|rapport|artikel|granskning)\\s+(?:från|i)\\s+)?(?:${CUE}|${NATIONAL})?{SRC}${V2_END}`, example: "Färjan ställs in, enligt Hamnbladet.", expect: "Hamnbladet" },
    { id: "sv.rapporterar_cue", frame: "reported", allowUnknown: true, pattern: `${BOW}${REPORTS}\\s+${INVERTED_ADVERBS}${CUE}{SRC}{END}`, example: "Färjan ställs in, rapporterar tidningen Hamnbladet.", expect: "Hamnbladet" },
    { id: "sv.rapporterar", frame: "reported", allowUnknown: true, pattern: `${BOW}(?:rapporterar|rapporterade|meddelar|meddelade|avslöjar|avslöjade)\\s+${INVERTED_ADVERBS}{SRC}{END}`, example: "Färjan ställs in, rapporterar Hamnbladet.", expect: "Hamnbladet" },
    { id: "sv.skriver", frame: "reported", allowUnknown: true, needsEvidence: true, pattern: `${BOW}(?:skriver|skrev|uppger|uppgav|påpekar|påpekade)\\s+${INVERTED_ADVERBS}{SRC}{END}`, example: "Färjan ställs in, skriver Reuters.", expect: "Reuters" },
    // "Havnebladet skriver at …": a person writes too ("Kari Nordmo skriver i en kronikk"), so only with evidence of an outlet.
    // "En artikkel i X skrev at …" (an article in X wrote): the outlet whose article is the subject of a writing verb.
    { id: "sv.artikel_i", frame: "reported", allowUnknown: true, pattern: `${BOW}(?:[Ee]n|[Ee]tt)\\s+(?:\\p{Ll}+\\s+)?(?:artikel|reportage|text)\\s+(?:från|i)\\s+(?:${CUE})?«?{SRC}»?\\s+(?:${WHEN}\\s+)?(?:skrev|skriver|rapporterade|rapporterar|hävdade|hävdar)${EOW}`, example: "En artikel i Hamnbladet skrev att färjan är inställd.", expect: "Hamnbladet" },
    { id: "sv.subject_skriver", frame: "reported", allowUnknown: true, needsEvidence: true, pattern: `{SRC}\\s+(?:${WHEN}\\s+)?(?:skriver|skrev)${EOW}`, example: "Hamnbladet skriver att färjan ställs in.", expect: "Hamnbladet" },
    // "Hamnbladet har gått igenom klippet och listar …": an outlet that went through the material and lists what it found
    // (a person or a body may too, so only with evidence of an outlet).
    { id: "sv.subject_granskat", frame: "reported", allowUnknown: true, needsEvidence: true, pattern: `{SRC}\\s+(?:har|hade)\\s+(?:gått\\s+igenom|granskat|analyserat|kartlagt)${EOW}`, example: "Hamnbladet har gått igenom klippet och listar flera fel.", expect: "Hamnbladet" },
    { id: "sv.subject_reports", frame: "reported", allowUnknown: false, pattern: `{SRC}\\s+(?:${WHEN}\\s+)?(?:rapporterar|rapporterade|rapporterat|avslöjar|avslöjade)${EOW}`, example: "Reuters rapporterar att färjan ställs in.", expect: "Reuters" },
    { id: "sv.som_rapporterade", frame: "reported", allowUnknown: true, pattern: `${BOW}[Ss]om\\s+(?:${CUE})?{SRC}\\s+(?:${WHEN}\\s+){0,2}(?:rapporterade|rapporterat|rapporterar|skrev|skrivit|skriver|avslöjade|avslöjat|erfar|erfarit|berättade|meddelade)${EOW}`, example: "Som Hamnbladet tidigare rapporterade ställs färjan in.", expect: "Hamnbladet" },
    // Told: "säger hon till X"; the words between verb and "till" are the speaker.
    // "…, svarar X på en fråga från Y": the outlet whose question the speaker answered is whom the words were told to.
    { id: "sv.question_from", frame: "told", allowUnknown: true, pattern: `${BOW}(?:sade|sa|säger|svarar|svarade|berättar|berättade|skriver|skrev|uppger|uppgav|bekräftar|bekräftade)\\s+(?:[^,.;:!?„“"»«]{1,60}?\\s+)?på\\s+(?:en\\s+)?(?:fråga|frågor)\\s+från\\s+(?:${CUE})?{SRC}${V2_END}`, example: "– Det får vi återkomma till, svarar hamnchefen på en fråga från Hamnbladet.", expect: "Hamnbladet" },
    { id: "sv.till", frame: "told", allowUnknown: true, pattern: `${BOW}(?:sade|sa|säger|berättar|berättade|uppger|uppgav|förklarar|förklarade|bekräftar|bekräftade)\\s+${TOLD_SPEAKER}till\\s+(?:${CUE})?{SRC}${V2_END}`, example: "– Det är över, säger hamnchefen till Hamnbladet.", expect: "Hamnbladet" },
    // A wire's or another paper's text run whole says so on its last line ("Texten är från nyhetsbyrån X").
    { id: "sv.texten_ar_fran", frame: "first_appeared_in", allowUnknown: true, syndication: true, pattern: `${BOW}(?:[Tt]exten|[Aa]rtikeln|[Mm]aterialet|[Ii]nnehållet)\\s+(?:är|kommer)\\s+(?:ursprungligen\\s+)?från\\s+(?:${CUE})?{SRC}{END}`, example: "Texten är från nyhetsbyrån Nordpress.", expect: "Nordpress" },
    { id: "sv.publicerat_i", frame: "published_in", allowUnknown: true, publication: true, pattern: `${BOW}(?:publicerades|publicerad|publicerat|publicerat)\\s+(?:först\\s+|tidigare\\s+)?(?:i|på|av)\\s+(?:${CUE})?{SRC}{END}`, example: "Artikeln publicerades först i Hamnbladet.", expect: "Hamnbladet" },
  ],
  attributionOpeners: ["Det"],
  // A post quotes its writer as a statement does ("twittrade kommunalrådet"): verbs of posting among them.
  speechVerbs: ["twittrade", "twittrar", "postade", "sade", "sa", "säger", "sagt", "uttalade", "uttalar", "skriver", "skrev", "berättar", "berättade", "förklarar", "förklarade", "uppger", "uppgav", "meddelar", "meddelade", "betonar", "betonade", "tillägger", "tillade", "understryker", "underströk", "konstaterar", "konstaterade", "menar", "menade", "hävdar", "hävdade", "bekräftar", "bekräftade", "varnar", "varnade", "framhåller", "framhöll", "svarar", "svarade", "kommenterar", "kommenterade"],
  opinionLeads: ["enligt", "för"],
  pronouns: { singular: ["han", "hon"], plural: ["de"] },
  tailBreaks: ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag", "idag", "igår", "tidigare", "till", "att"],
  compoundNouns: true,
  anonymousHeads: ["källa", "källan", "källor", "källorna", "tjänsteman", "tjänstemän", "tjänstemannen", "expert", "experter", "experterna", "vittne", "vittnen", "vittnet", "talesperson", "talesman", "talespersonen", "företrädare", "medarbetare", "anställd", "anställda", "insider", "insiders", "uppgiftslämnare", "kretsar"],
  channelPhrases: [`(?:i|på|via|under)\\s+(?:(?:ett|en|sitt|sin|hans|hennes)\\s+)?(?:[\\p{L}]+-)?(?:meddelande|uttalande|pressmeddelande|intervju|presskonferens|mejl|e-post|inlägg)(?:t|n|en|et)?`],
  determiners: ["en", "ett", "två", "tre", "flera", "några", "många", "den", "det", "de", "denna", "detta", "dessa"],
  roleNouns: ["minister", "statsminister", "talesperson", "talesman", "pressekreterare", "ordförande", "vd", "chef", "direktör", "professor", "forskare", "expert", "analytiker", "journalist", "korrespondent", "redaktör", "chefredaktör", "advokat", "ambassadör", "president", "borgmästare", "kommunalråd", "riksdagsledamot", "generaldirektör", "hamnchef", "läkare", "ekonom", "partiledare", "sekreterare"],
  // Nouns carry their definite article as an ending ("polisen", "the police"): a body so named needs no other word.
  bareBodies: ["polisen", "åklagaren", "räddningstjänsten", "myndigheterna", "regeringen", "departementet", "kommunen", "sjukhuset"],
  organisationCues: ["bank", "departement", "departementet", "regering", "regeringen", "polis", "polisen", "myndighet", "myndigheten", "kommun", "kommunen", "region", "regionen", "universitet", "universitetet", "institut", "institutet", "stiftelse", "förbund", "förbundet", "förening", "kommission", "domstol", "tingsrätt", "parti", "partiet", "sjukhus", "verket", "styrelse", "rådet", "bolag", "bolaget"],
  outletCues: [...OUTLET_NOUNS, "tidning", "bladet", "posten", "kuriren", "dagblad", "dagbladet", "nyheter", "tidningen", "expressen", "aftonbladet", "tv", "radio", "sveriges"],
  outletSuffixes: ["bladet", "posten", "tidningen", "kuriren", "tidning", "nytt", "nyheter"],
  genericSources: ["medier", "medierna", "källor", "uppgifter", "experter", "tidningar", "rapporter"],
  subjectRelatives: ["som"],
  // "säger presschef Eva Lind på kommunen", "… vid universitetet": after a full name, where the speaker works.
  fromParticles: ["på", "vid", "från", "i", "hos"],
  prepositions: ["i", "på", "av", "från", "med", "till", "för", "om", "under", "efter", "vid", "hos", "mot", "genom", "inom", "utan", "mellan", "kring", "sedan"],
  nameStopwords: ["det", "den", "de", "detta", "därför", "sedan", "men", "och", "enligt", "igår", "idag", "också", "då", "nu", "han", "hon", "i", "på", "efter", "för", "som", "när", "om", "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag", "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"],
  photoCredits: ["(?<=^|\\n|[(|/]\\s?)\\s*(?:Foto|Bild|Video|Grafik)\\s*:\\s*[^\\n]{0,80}", "\\((?:Foto|Bild)\\s*:?[^)]{0,80}\\)", "©\\s*[^\\n]{0,60}"],
  titleCues: ["bok", "boken", "titeln", "film", "filmen", "dokumentär", "roman", "rapport", "rapporten", "artikel", "sång", "program", "studie", "rubrik", "rubriken"],
  without: ["utan"],
  creditLines: [
    SIGNATURE_LINE,
    "^\\s*(?:Källa|Källor)\\s*:\\s*(?<name>[^\\n]{2,60}?)\\s*$",
  ],
};
