/**
 * Words that show a name is a publication, per language: nouns written before the name ("the newspaper X", "il quotidiano X",
 * "die Zeitung X"), after it ("X magazine", "the X website", "X's editor"), and staff nouns tied to it ("an editor at X").
 * Data, each list tested (tests/extract/cited.test.ts): an article that writes one of these around a name is evidence,
 * anywhere in that article, that the name is an outlet.
 */
import { escapeRegExp } from "../core/text.ts";
import { perLanguage } from "./frames/common.ts";

export interface OutletNouns {
  /** Nouns (with their article, if the language writes one) that stand right before an outlet's name. */
  before: string[];
  /** Nouns right after an outlet's name, or after its possessive ("X's newspaper", "X's correspondent"): a publication's only. */
  after: string[];
  /**
   * Nouns after a name that a person owns as often as a publication ("X's story", "X's video", "X's column"): evidence of
   * an outlet only for a name that does not read as a person's ("Lena Vasko's story" is her story, not a paper's).
   */
  afterShared: string[];
  /** Staff nouns followed by at/of/for + the outlet ("an editor at X"). */
  staff: string[];
  /** The prepositions that tie a staff noun to its outlet. */
  staffLinks: string[];
  /**
   * True where an `after` noun written with a capital is part of the name, not a noun beside it (Turkish "Kuzey
   * Gazetesi" is the paper's whole name; "Kuzey gazetesi" is the paper Kuzey): only the noun in small letters counts.
   */
  afterInSmallLetters?: true;
}

const EN: OutletNouns = {
  before: ["newspaper", "paper", "daily", "weekly", "tabloid", "magazine", "journal", "website", "web site", "site", "news site", "news website", "outlet", "news outlet", "media outlet", "channel", "news channel", "broadcaster", "network", "radio station", "station", "news agency", "wire service", "blog", "portal", "publication"],
  after: ["newspaper", "magazine", "website", "web site", "site", "journal", "broadcast", "reporter", "reporters", "correspondent", "correspondents", "columnist", "journalist", "journalists", "front page", "tabloid", "newsroom"],
  afterShared: ["video", "story", "article", "headline", "editorial", "column", "podcast", "editor", "editors", "homepage"],
  staff: ["editor", "editors", "reporter", "reporters", "correspondent", "correspondents", "columnist", "journalist", "journalists", "editor-in-chief", "anchor"],
  staffLinks: ["at", "of", "for", "with"],
};

/**
 * Adjectives French writes after a publication noun for the kind of outlet it is ("le site satirique X", "le journal
 * parodique X", "le quotidien régional X"): with the noun, the name after them is an outlet's.
 */
const FR_KIND_ADJECTIVES = ["satirique", "parodique", "humoristique", "régional", "national", "local", "gratuit", "d'information", "d’information", "d'actualité", "d’actualité"];
const FR_KIND_NOUNS = ["le journal", "le quotidien", "l'hebdomadaire", "l’hebdomadaire", "le magazine", "le site", "le blog", "le média", "le mensuel", "le portail"];

const FR: OutletNouns = {
  before: ["le journal", "le quotidien", "l'hebdomadaire", "l’hebdomadaire", "le magazine", "le site", "le site web", "le site internet", "la chaîne", "l'agence", "l’agence", "le blog", "la radio", "la revue", "le média", "le mensuel", "le tabloïd", "le portail",
    ...FR_KIND_NOUNS.flatMap((noun) => FR_KIND_ADJECTIVES.map((adjective) => `${noun} ${adjective}`))],
  after: [],
  afterShared: [],
  staff: ["rédacteur en chef", "journaliste", "journalistes", "correspondant", "correspondante", "éditorialiste"],
  staffLinks: ["de", "du", "à", "au", "pour"],
};

const DE: OutletNouns = {
  before: ["die Zeitung", "der Zeitung", "das Blatt", "dem Blatt", "das Magazin", "dem Magazin", "die Website", "das Portal", "dem Portal", "der Sender", "dem Sender", "die Nachrichtenagentur", "der Nachrichtenagentur", "die Agentur", "das Nachrichtenmagazin", "die Tageszeitung", "der Tageszeitung", "die Boulevardzeitung", "der Boulevardzeitung", "das Onlinemagazin", "der Blog"],
  after: ["Redaktion", "Reporter", "Chefredakteur", "Website", "Titelseite"],
  afterShared: ["Dokumentation", "Sendung", "Artikel", "Bericht"],
  staff: ["Chefredakteur", "Reporter", "Redakteur", "Journalist", "Journalistin", "Korrespondent"],
  staffLinks: ["von", "der", "des", "bei"],
};

const IT: OutletNouns = {
  before: ["il quotidiano", "il giornale", "la rivista", "il sito", "il sito web", "il settimanale", "la testata", "l'agenzia", "l’agenzia", "il magazine", "il portale", "l'emittente", "l’emittente", "la rete", "il blog", "sulla rivista", "sul quotidiano", "sul sito", "sul giornale"],
  after: [],
  afterShared: [],
  staff: ["direttore", "giornalista", "giornalisti", "corrispondente", "redattore"],
  staffLinks: ["di", "del", "della", "per"],
};

const ES: OutletNouns = {
  before: ["el diario", "el periódico", "la revista", "el sitio", "el sitio web", "el portal", "la agencia", "la cadena", "el canal", "el semanario", "el medio", "el blog", "la emisora"],
  after: [],
  afterShared: [],
  staff: ["director", "periodista", "periodistas", "corresponsal", "redactor"],
  staffLinks: ["de", "del", "en"],
};

const PT: OutletNouns = {
  before: ["o jornal", "o diário", "a revista", "o site", "o portal", "a agência", "a emissora", "o canal", "o blog", "a rede"],
  after: [],
  afterShared: [],
  staff: ["editor", "jornalista", "jornalistas", "correspondente", "repórter"],
  staffLinks: ["de", "do", "da"],
};

const RU: OutletNouns = {
  before: ["газета", "газеты", "газете", "издание", "издания", "агентство", "агентства", "журнал", "журнала", "сайт", "сайта", "портал", "портала", "телеканал", "телеканала"],
  after: [],
  afterShared: [],
  staff: ["редактор", "журналист", "корреспондент"],
  staffLinks: [],
};

const UK: OutletNouns = {
  before: ["газета", "газети", "газеті", "видання", "агентство", "агентства", "журнал", "журналу", "сайт", "сайту", "портал", "порталу", "телеканал", "телеканалу"],
  after: [],
  afterShared: [],
  staff: ["редактор", "журналіст", "кореспондент"],
  staffLinks: [],
};

const TR: OutletNouns = {
  before: [],
  // "Yeni Kuzey gazetesi", "Kuzey Haber ajansının": the noun after the name, in its cases (no apostrophe: it is no name).
  afterInSmallLetters: true,
  after: ["gazetesi", "gazetesinin", "gazetesine", "gazetesinde", "gazetesinden", "gazetesiyle", "dergisi", "dergisinin", "dergisinde", "ajansı", "ajansının", "ajansına", "televizyonu", "televizyonunda", "kanalı", "kanalında"],
  afterShared: [],
  staff: [],
  staffLinks: [],
};

const SV: OutletNouns = {
  before: ["tidningen", "dagstidningen", "kvällstidningen", "nyhetsbyrån", "nyhetssajten", "sajten"],
  after: [],
  afterShared: [],
  staff: [],
  staffLinks: [],
};

const NO: OutletNouns = {
  before: ["avisen", "avisa", "lokalavisen", "nettavisen", "nyhetsbyrået", "nettstedet"],
  after: [],
  afterShared: [],
  staff: [],
  staffLinks: [],
};

const DA: OutletNouns = {
  before: ["avisen", "netavisen", "nyhedsbureauet", "mediet"],
  after: [],
  afterShared: [],
  staff: [],
  staffLinks: [],
};

const EL: OutletNouns = {
  // "στο Ραδιόφωνο Αιγαίου", "της εφημερίδας Καθημερινή": the noun opens a broadcaster's name as often as it describes
  // one, written with a capital or not. Not "σταθμός" or "κανάλι": a railway station, a canal.
  before: ["εφημερίδα", "εφημερίδας", "ιστοσελίδα", "ιστοσελίδας", "ραδιόφωνο", "ραδιοφώνου", "τηλεόραση", "τηλεόρασης", "περιοδικό", "περιοδικού", "πρακτορείο", "πρακτορείου"],
  after: [],
  afterShared: [],
  staff: [],
  staffLinks: [],
};

const NONE: OutletNouns = { before: [], after: [], afterShared: [], staff: [], staffLinks: [] };

/**
 * Words that open a line naming where a text came from ("Source: X", "来源：http://…", "Fonte: X"): such a line cites X.
 * One list for every language, since aggregators paste them whatever the language of the text.
 */
export const SOURCE_LINE_WORDS: readonly string[] = ["Source", "Sources", "Fonte", "Fuente", "Quelle", "Bron", "Źródło", "Zdroj", "Πηγή", "מקור", "Chanzo", "Sursa", "Forrás", "Källa", "Kilde", "Lähde", "Источник", "来源", "來源", "出处", "出典", "引用元", "출처", "منبع", "المصدر", "Kaynak", "Джерело", "Sumber", "Šaltinis", "स्रोत"];

/** Words that open a line of credits ("Créditos: https://…", "Credits:"): read as a source line before an address only. */
export const CREDIT_LINE_WORDS: readonly string[] = ["Credits", "Credit", "Créditos", "Crédito", "Crédits", "Crédit", "Crediti"];

/** The outlet nouns of a language (ISO 639-1); languages without capitals rely on their frames' cue groups instead. */
export const OUTLET_NOUNS: Readonly<Record<string, OutletNouns>> = { en: EN, fr: FR, de: DE, it: IT, es: ES, pt: PT, ru: RU, uk: UK, tr: TR, sv: SV, no: NO, da: DA, el: EL };

export function outletNounsFor(language: string): OutletNouns {
  return OUTLET_NOUNS[language] ?? NONE;
}

/**
 * The name without the outlet noun written with a capital at its end, where such a noun is part of the name
 * (`afterInSmallLetters`: Turkish "Yeni Kuzey Gazetesi" is also written "Yeni Kuzey"); none elsewhere, or where nothing
 * would be left. Only the noun's plain form: the case ending after the apostrophe is already off the name.
 */
export function withoutNameNoun(name: string, language: string): string | undefined {
  const nouns = outletNounsFor(language);
  if (!nouns.afterInSmallLetters) return undefined;
  const words = name.trim().split(/\s+/u);
  const last = words[words.length - 1] ?? "";
  if (words.length < 2 || !/^\p{Lu}/u.test(last) || !nouns.after.includes(last.toLocaleLowerCase(language))) return undefined;
  return words.slice(0, -1).join(" ");
}

/** Shortest outlet noun that may end a compound ("Wochenzeitung", "Nachrichtenagentur"): "Blog" alone ends too few. */
const MIN_COMPOUND_TAIL = 5;

/**
 * The language's `before` nouns without their article ("journal", "quotidien", "Zeitung"), as an expression source
 * (case is the caller's flag): the noun describes the name after it whatever article or contracted preposition stands
 * before it ("au journal X", "du quotidien X", "dem Magazin X"). Where compounds are one word (`compound`), a compound
 * ending in one of them is one too ("der Wochenzeitung X", "die Nachrichtenagentur X").
 */
export function bareOutletNounSource(language: string, determiners: readonly string[], compound: boolean): string {
  const article = new RegExp(`^(?:(?:${determiners.map(escapeRegExp).join("|") || "(?!)"})\\s+|\\p{L}{1,3}['’])`, "iu");
  const nouns = [...new Set(outletNounsFor(language).before.map((n) => n.replace(article, "").toLowerCase()))].filter((n) => !/^(?:sul|sulla|sull)\s/u.test(n));
  if (nouns.length === 0) return "(?!)";
  const written = nouns.map((n) => escapeRegExp(n).replace(/\s+/g, "\\s+"));
  const tails = compound ? nouns.filter((n) => n.length >= MIN_COMPOUND_TAIL && !/\s/u.test(n)).map((n) => `\\p{L}+${escapeRegExp(n)}`) : [];
  return [...written, ...tails].join("|");
}

/** Per language: one word that is an outlet noun without its article, or a compound ending in one where compounds are one word ("Zeitung", "Wochenzeitung"). */
export const outletNounWord = perLanguage((frames) => new RegExp(`^(?:${bareOutletNounSource(frames.language, frames.determiners, frames.compoundNouns === true)})$`, "iu"));
