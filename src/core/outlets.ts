/** The outlet registry: known outlets with their aliases, descriptors, domains and kind; pure lookups over data from data/outlets.json. */
import { functionWords } from "./functionWords.ts";
import { REGION_QUALIFIERS } from "./regionQualifiers.ts";
import { z } from "zod";
import { domainToUnicode } from "node:url";
import { ARTICLE_PREFIXES } from "./arabicArticles.ts";
import { spellsInitials, type InitialsRule } from "./initials.ts";
import { plainLatinLetters } from "./latin.ts";
import { slugify } from "./text.ts";

/** The outlet kinds a registry entry may name; the graph's outlet nodes carry one (`OutletKind`). */
const OUTLET_KINDS = ["newspaper", "agency", "broadcaster", "state_media", "magazine", "website", "blog", "unknown"] as const;

/** What kind of outlet one is: a newspaper, an agency, a broadcaster… ("unknown" when the registry does not say). */
export type OutletKind = (typeof OUTLET_KINDS)[number];

/** The kinds of outlet that sign their copy with a short credit other outlets print ("(AFP)", "PTI reported"). */
export const AGENCY_KINDS: ReadonlySet<OutletKind> = new Set<OutletKind>(["agency", "state_media"]);

/**
 * What an outlet publishes when it is not news: satire (often shared as if it were news), fact checks, or pictures (a
 * picture agency: its name in a credit says who took a picture, never whose text the page runs).
 */
export const OUTLET_GENRES = ["satire", "fact_check", "pictures"] as const;

export const OutletEntrySchema = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  /**
   * Short signatures an agency puts on its copy ("TT", "AAP", "PTI"), read only where a credit stands — a closing credit
   * line ("(TT)", "/TT/"), a wire dateline ("STOCKHOLM (TT) –") — never in running text, where such an acronym names other
   * bodies as often (which is why they are no aliases).
   */
  credits: z.array(z.string()).optional(),
  /**
   * Names of the outlet that are also common words of the languages its country writes ("Dawn", "Reforma", "Blick"): no
   * alias, so no lookup by name meets them. Only a citation's own words read one (`byMasthead`: "according to Dawn",
   * "…, Dawn reported"), written with exactly these capitals or all in capitals ("DAWN"), never in small letters and
   * never as the word that opens a sentence, whose capital says nothing (extract/cited.ts).
   */
  mastheads: z.array(z.string()).optional(),
  /** Descriptive references prose uses for the outlet: "the Hong Kong-based outlet". */
  descriptors: z.array(z.string()).default([]),
  domains: z.array(z.string()).default([]),
  kind: z.enum(OUTLET_KINDS).default("unknown"),
  country: z.string().optional(),
  /** Absent for news outlets; "satire", "fact_check" or "pictures" otherwise. */
  genre: z.enum(OUTLET_GENRES).optional(),
  /**
   * A case outlet's names as consonants (`consonantForms`), set by `withCaseOutlets`: how its name is met when a text
   * writes it in Arabic or Persian letters, which leave out most vowels ("الساحل" for Al-Sahil, "پارس‌نو" for Pars-e No
   * News Agency).
   */
  consonants: z.array(z.string()).optional(),
  /**
   * A case outlet's names as Japanese hears them (`kanaForms`), set by `withCaseOutlets`: how its name is met when a
   * text writes it in katakana ("ランタン・ポスト" for The Lantern Post).
   */
  kana: z.array(z.string()).optional(),
});
export type OutletEntry = z.infer<typeof OutletEntrySchema>;

export const OutletRegistryFileSchema = z.object({
  about: z.string().optional(),
  outlets: z.array(OutletEntrySchema),
});

export interface OutletRegistry {
  entries: readonly OutletEntry[];
  /** Finds an outlet by its name or any alias, ignoring case, a leading "the" and punctuation. */
  byName(name: string): OutletEntry | undefined;
  /**
   * Finds an outlet by its name, an alias or a credit signature (`credits`): only for a name read in a credit's position.
   * A spelling registered in capitals only matches only in capitals ("MAP", never "map" or "Map"). A picture agency
   * (genre "pictures") is never found: in a credit's position its name credits a picture, not the text.
   */
  byCredit(name: string): OutletEntry | undefined;
  /**
   * Finds an outlet by one of its `mastheads` written exactly as registered or all in capitals ("Dawn", "DAWN"; never
   * "dawn"): only for a name a citation's words stand around.
   */
  byMasthead(name: string): OutletEntry | undefined;
  /** Finds an outlet by a host name or URL (subdomains match their parent domain). */
  byDomain(hostOrUrl: string): OutletEntry | undefined;
  /**
   * One-word names the registry spells with a small first letter ("dpa", "taz", "laSexta"): as its owner writes it. Only
   * such a spelling makes a word in small letters an outlet's name; any other is a common word. A site's address in
   * small letters ("valleypost.com.au") is read as an address, so it is not among them.
   */
  smallLetterNames: ReadonlySet<string>;
  /** The case outlet whose name has these consonants, when exactly one has (`consonants`); for names written without vowels. */
  byConsonants(consonants: string): OutletEntry | undefined;
  /** The case outlet whose name sounds so in katakana (`kana`), when exactly one does. */
  byKana(sounds: string): OutletEntry | undefined;
}

/** The graph key of an outlet: `outlet:<slug of the name>`. */
export function outletKey(name: string): string {
  return `outlet:${slugify(name.replace(/^the\s+/i, ""))}`;
}

/** An outlet's name with a gloss in brackets after it ("Money Today (머니투데이)"). */
const OWN_NAME_GLOSS = /^(?<name>[^()]*?\S)\s*\((?<gloss>[^()]+)\)\s*$/u;

/** An outlet's name without the gloss or qualifier in brackets after it ("The Sun" of "The Sun (Valdoria)"), if it has one. */
export function nameBeforeGloss(name: string): string | undefined {
  return OWN_NAME_GLOSS.exec(name)?.groups?.name;
}

/**
 * True when a name written in an article is how that article's own outlet names itself: the end or the start of its
 * name ("the Sun" in The Valdoria Sun, "the Times" in the Times of Valdoria, "the Post" in The Harbour Post) or its
 * initials as outlets are initialled (`isInitialsOf`: "VBC News" in the Valdoria Broadcasting Corporation, "HDC" in The
 * Harbour Daily Courier). Papers call themselves so ("he told the Sun"); read
 * against the registry, the short form named another paper ("The Sun") that the story never cites.
 */
export function namesOwnOutlet(written: string, own: string): boolean {
  // "Money Today (머니투데이)": a case may gloss its outlet's name in brackets with another of its names, each tried whole.
  // A gloss in small letters ("(blog)", "(reprint of the Valdoria Sun)") says what the outlet is, not what it is called.
  const glossed = OWN_NAME_GLOSS.exec(own)?.groups;
  const whole = (name: string) => outletKey(written) === outletKey(name) || namesOwnOutlet(written, name);
  if (glossed?.name && glossed.gloss) return whole(glossed.name) || (!/^\p{Ll}/u.test(glossed.gloss) && whole(glossed.gloss));
  const words = (name: string) => slugify(name.replace(/^the\s+/i, "")).split("-").filter(Boolean);
  // The outlet's own name spelt as a web address, its words run together or joined by hyphens ("Harbour-Daily.com",
  // "harbourdaily.id" of "Harbour Daily").
  const address = /^(?:www\.)?(?<host>[\p{L}\p{N}-]+)\.\p{L}{2,13}$/u.exec(written.trim())?.groups?.host;
  if (address && words(address).join("") === words(own).join("")) return true;
  const w = words(written);
  const o = words(own);
  if (w.length === 0 || o.length === 0) return false;
  const run = w.join("-");
  if (w.length < o.length && (o.slice(-w.length).join("-") === run || o.slice(0, w.length).join("-") === run)) return true;
  const first = written.replace(/^the\s+/i, "").split(/\s+/)[0] ?? "";
  return isInitialsOf(first, own);
}

/** Whether a credit or citation names the article's own outlet: by key, or as the outlet names itself (namesOwnOutlet). */
export type OwnOutletTest = (written: string, key: string) => boolean;

/** The test for one article: its outlet's key and, when known, its outlet's name. */
export function ownOutletTest(ownKey: string, ownName: string | undefined): OwnOutletTest {
  return (written, key) => key === ownKey || (ownName !== undefined && ownName !== "" && namesOwnOutlet(written, ownName));
}

/** How a credit or a citation may write an outlet by its initials alone: two to five capitals ("SNB", "NTB"). */
export const ACRONYM = /^\p{Lu}{2,5}$/u;

/**
 * How outlets are initialled (`spellsInitials`): a leading article gives no letter ("The Valdoria Times" is VT), a word in
 * small letters gives its letter or none ("of", "de" are written in some outlets' initials and not in others'), and a
 * compound may give a second letter, as the Nordic agencies are called ("NTB" of Norsk Telegrambyrå).
 */
const OUTLET_INITIALS: InitialsRule = { uncapitalised: "may-give-its-letter", articleSilent: true, compoundLetter: true };

/**
 * True when `acronym`, two to five capitals, is the initials of `name` as outlets are initialled (OUTLET_INITIALS): "DPA"
 * of Deutsche Presse-Agentur, "SNB" of Skandinaviska Nyhetsbyrån. A name of one capitalised word has no initials: any
 * acronym sharing its letters would fit it.
 */
export function isInitialsOf(acronym: string, name: string): boolean {
  return ACRONYM.test(acronym) && spellsInitials(acronym, name.trim().split(/\s+/u), OUTLET_INITIALS);
}

/** A letter of the Arabic script (Arabic, Persian). */
const ARABIC_SCRIPT = /[\u0600-\u06FF]/u;

/**
 * One spelling of a name written in Arabic script, for matching it (slugify's diacritic fold already takes the hamza
 * seats أ إ آ to ا): Persian and Arabic yeh and kaf ("فايننشال" / "فایننشال") and the alef maqsura ى as ي, no tatweel, and
 * no article ال before the name's first word ("الإيكونوميست" / "إيكونوميست": the article is written or not before a foreign
 * name, and "الغارديان" is "غارديان"), nor a transliterated "The" ("ذي إيكونوميست"). The ta marbuta ة stays apart from ه: Persian writes a name with ه ("الجزیره") that
 * in Arabic, with ة, is an ordinary word ("the island").
 */
export function arabicScriptNameFolded(name: string): string {
  if (!ARABIC_SCRIPT.test(name)) return name;
  return name
    .replace(/[\u06CC\u0649]/gu, "\u064A")
    .replace(/\u06A9/gu, "\u0643")
    .replace(/\u0640/gu, "")
    .replace(/^\s*ال(?=[\u0621-\u064A\u0671]{3})/u, "")
    // "ذي إيكونوميست", "ذا صن": the English "The" transliterated, written or not before the name like the article ال.
    .replace(/^\s*ذ[يا]\s+(?=[\u0621-\u064A\u0671]{2})/u, "");
}

function nameKey(name: string): string {
  return slugify(arabicScriptNameFolded(name.replace(/^the\s+/i, "")));
}

/** Fewest letters a transliteration's skeleton must keep to name one outlet: fewer would match ordinary words. */
const MIN_SKELETON_LETTERS = 4;

/**
 * The skeleton of a foreign name transliterated into Arabic script: each word's first letter and its other letters but
 * the long vowels ا و ي, which transliterations write or leave out at will ("دايلي ميل" / "ديلي ميل", "إيكونوميست" /
 * "أيكنوميست" / Persian "اکونومیست"). Only for names whose outlet is named in Latin letters: in a native Arabic name the
 * long vowel is part of the word (الشروق and الشرق are two papers).
 */
export function transliterationSkeleton(name: string): string | undefined {
  if (!ARABIC_SCRIPT.test(name)) return undefined;
  const words = slugify(arabicScriptNameFolded(name)).split("-").filter(Boolean);
  const skeleton = words.map((w) => w.slice(0, 1) + w.slice(1).replace(/[\u0627\u0648\u064A]/gu, ""));
  return skeleton.join("").length >= MIN_SKELETON_LETTERS ? skeleton.join("-") : undefined;
}

/** A Latin name opening with a romanised Arabic article ("Al-Ahram", "Al Jazeera", "An-Nahar"): a native Arabic name. */
const ARABIC_ARTICLE_OPENING = new RegExp(`^(?:${ARTICLE_PREFIXES.filter((p) => p.when === "any").map((p) => p.prefix).join("|")})[-\\s]|^(?:${ARTICLE_PREFIXES.filter((p) => p.when === "capital").map((p) => p.prefix).join("|")})-`, "iu");

/**
 * True when an outlet's Arabic-script names are transliterations of a foreign name: its own name is in Latin letters
 * (with digits and punctuation) and opens with no romanised Arabic article.
 */
function transliteratedOutlet(name: string): boolean {
  return /\p{Script=Latin}/u.test(name) && !/[^\p{Script=Latin}\p{N}\s\p{P}\p{S}]/u.test(name) && !ARABIC_ARTICLE_OPENING.test(name);
}

/** A spelling in capitals only ("MAP", "AP", "ANA-MPA"): initials, which the same letters in small type are not. */
const CAPITALS_ONLY = /^(?=[^\p{Ll}]*\p{Lu})[^\p{Ll}]+$/u;

/**
 * The keys every registered spelling of which is written in capitals only. Such a credit is the outlet's only as it writes
 * it: the same letters in small type are an ordinary word of some language ("map", "ap", "efe"), and a page's last line
 * "map" is a link to a map, not Maghreb Arabe Presse's credit. An outlet the registry also spells in small letters ("dpa"
 * beside "DPA") keeps both.
 */
function capitalsOnlyKeys(entries: readonly OutletEntry[]): Set<string> {
  const capitals = new Set<string>();
  const otherwise = new Set<string>();
  for (const e of entries) for (const n of [e.name, ...e.aliases, ...(e.credits ?? [])]) (CAPITALS_ONLY.test(n) ? capitals : otherwise).add(nameKey(n));
  return new Set([...capitals].filter((k) => !otherwise.has(k)));
}

/** Builds a registry; later entries with the same name override earlier ones (user extensions win). */
export function createOutletRegistry(entries: readonly OutletEntry[]): OutletRegistry {
  const byNameMap = new Map<string, OutletEntry>();
  const byDomainMap = new Map<string, OutletEntry>();
  // A masthead that is a common word is met by `byMasthead` only, as written: every other lookup reads words of text.
  const byMastheadMap = new Map<string, OutletEntry>();
  for (const entry of entries) {
    const mastheads = new Set(entry.mastheads ?? []);
    for (const m of mastheads) {
      byMastheadMap.set(m, entry);
      byMastheadMap.set(m.toLocaleUpperCase(), entry);
    }
    for (const n of [entry.name, ...entry.aliases]) if (!mastheads.has(n)) byNameMap.set(nameKey(n), entry);
    for (const d of entry.domains) byDomainMap.set(d.toLowerCase().replace(/^www\./, ""), entry);
  }
  // Signatures come after every name and alias: a credit line naming an outlet outright still reads as that outlet.
  const byCreditMap = new Map<string, OutletEntry>();
  for (const entry of entries) for (const c of entry.credits ?? []) if (!byCreditMap.has(nameKey(c))) byCreditMap.set(nameKey(c), entry);
  // The key of each name asked for, kept: reading asks for the same few names over and over (each frame hit, with and
  // without its article), and a key is a Unicode normalisation and five replacements (~2% of reading time). Bounded, as a
  // server's registry lives as long as the process.
  const keys = new Map<string, string>();
  const capitalsOnly = capitalsOnlyKeys(entries);
  const smallLetterNames = new Set(entries.flatMap((e) => [e.name, ...e.aliases]).filter((n) => /^\p{Ll}[\p{L}\p{N}.-]*$/u.test(n) && !(/\./u.test(n) && !/\p{Lu}/u.test(n))));
  // Consonants two case outlets share name neither.
  const consonantCount = new Map<string, number>();
  for (const e of entries) for (const c of e.consonants ?? []) consonantCount.set(c, (consonantCount.get(c) ?? 0) + 1);
  const byConsonantsMap = new Map(entries.flatMap((e) => (e.consonants ?? []).filter((c) => consonantCount.get(c) === 1).map((c) => [c, e] as const)));
  const kanaCount = new Map<string, number>();
  for (const e of entries) for (const c of e.kana ?? []) kanaCount.set(c, (kanaCount.get(c) ?? 0) + 1);
  const byKanaMap = new Map(entries.flatMap((e) => (e.kana ?? []).filter((c) => kanaCount.get(c) === 1).map((c) => [c, e] as const)));
  // Arabic-script transliterations of Latin-lettered outlets' names, by skeleton; a skeleton two outlets share names neither.
  const skeletonOwners = new Map<string, Set<OutletEntry>>();
  for (const e of entries) {
    if (!transliteratedOutlet(e.name)) continue;
    for (const a of e.aliases) {
      const k = transliterationSkeleton(a);
      if (k !== undefined) skeletonOwners.set(k, (skeletonOwners.get(k) ?? new Set()).add(e));
    }
  }
  const bySkeletonMap = new Map([...skeletonOwners].filter(([, owners]) => owners.size === 1).map(([k, owners]) => [k, [...owners][0] as OutletEntry] as const));
  return {
    entries,
    smallLetterNames,
    byConsonants: (consonants) => byConsonantsMap.get(consonants),
    byKana: (sounds) => byKanaMap.get(sounds),
    byCredit(name) {
      const key = nameKey(name);
      if (capitalsOnly.has(key) && /\p{Ll}/u.test(name)) return undefined;
      const entry = byNameMap.get(key) ?? byCreditMap.get(key);
      return entry?.genre === "pictures" ? undefined : entry;
    },
    byName(name) {
      let key = keys.get(name);
      if (key === undefined) {
        if (keys.size >= 10_000) keys.clear();
        key = nameKey(name);
        keys.set(name, key);
      }
      const skeleton = byNameMap.has(key) ? undefined : transliterationSkeleton(name);
      return byNameMap.get(key) ?? (skeleton === undefined ? undefined : bySkeletonMap.get(skeleton));
    },
    byMasthead(name) {
      const written = name.trim();
      // All in capitals counts only for a word of three letters or more: two capitals are an abbreviation of anything.
      if (written === written.toLocaleUpperCase() && !/\p{L}{3}/u.test(written)) return undefined;
      return byMastheadMap.get(written);
    },
    byDomain(hostOrUrl) {
      let host = hostOrUrl.toLowerCase();
      try {
        if (/^[a-z]+:\/\//.test(host)) host = new URL(host).hostname;
      } catch {
        return undefined;
      }
      host = host.replace(/^www\./, "");
      const parts = host.split(".");
      for (let i = 0; i < parts.length - 1; i++) {
        const hit = byDomainMap.get(parts.slice(i).join("."));
        if (hit) return hit;
      }
      return undefined;
    },
  };
}

/**
 * An outlet name guessed from a domain no registry knows: "middleeastmonitor.com" → "middleeastmonitor.com". Kept as the
 * domain so nothing is invented; an internationalised domain is shown as its owner wrote it ("xn--…" is only how the
 * address travels, and no reader would know the site by it).
 */
export function outletNameFromDomain(hostOrUrl: string): string | undefined {
  try {
    const host = /^[a-z]+:\/\//i.test(hostOrUrl) ? new URL(hostOrUrl).hostname : hostOrUrl;
    const lower = host.toLowerCase().replace(/^www\./, "");
    return (lower.includes("xn--") ? domainToUnicode(lower) || lower : lower) || undefined;
  } catch {
    return undefined;
  }
}

/** Words that never name an outlet alone ("told News"): a short form is none of them. */
const GENERIC_TAILS = new Set([
  "news", "online", "media", "digital", "tv", "radio", "network", "channel", "live", "info", "net", "web", "blog", "site", "plus", "today", "daily", "weekly", "notes", "press",
  // A body's kind: "the Institute said" is any institute, not the think tank's website of the case.
  "institute", "institut", "instituto", "istituto", "university", "ministry", "council", "foundation", "agency", "group", "company", "centre", "center", "association", "society", "party", "committee", "commission", "office", "bank", "corporation", "union", "forum", "review",
  // Turkish kind words, written with the suffix of a compound's head ("Ajansı", "Gazetesi", "Postası": the agency, paper,
  // post of the name before them): no story calls the outlet by one alone, and another paper's name ends in it as well.
  "ajansı", "ajansi", "gazetesi", "postası", "postasi", "dergisi", "televizyonu", "radyosu", "kanalı", "kanali", "haber", "haberleri",
]);
/** The words after an agency's one distinctive word that say only what it is ("News Agency", "Ajansı", "Haber Ajansı"). */
const AGENCY_KIND = /^(?:(?:news|press)\s+)?agency$|^(?:haber\s+)?ajans[ıi]$/u;
/** First words after which the name's distinctive word is a place or a person ("Radio Valmont", "Diario del Sur", "Noticias Ribera"): such names have no short form by their last word. */
const HEAD_FIRST = new Set(["radio", "rádio", "diario", "diário", "noticias", "notícias", "courrier", "corriere", "gazzetta", "revista", "jornal", "canal", "journal", "télé", "tele", "radio-canada", "le", "la", "les", "el", "il", "lo", "o", "a", "de", "der", "die", "das", "het"]);

/** Words for a kind of outlet that open its name in the languages that put the head first ("Portal X", "Diario X", "Rádio X"). */
const KIND_HEADS = new Set(["portal", "diario", "diário", "jornal", "site", "blog", "radio", "rádio", "revista", "canal", "periódico", "semanario", "semanário", "agencia", "agência", "noticias", "notícias", "tv"]);

/**
 * Words after a broadcaster's brand that say only what it is and which channel ("Canal 4", "Channel 9", "TV", "FM").
 * "News" and its translations say so only beside a channel number ("News 24"): alone ("Ecumenical News") they may follow
 * a word any text uses.
 */
const BROADCAST_TAILS = new Set(["tv", "canal", "channel", "fm", "radio", "rádio", "television", "televisión", "televisão", "télévision"]);
const NEWS_TAILS = new Set(["news", "noticias", "notícias", "notizie", "nachrichten", "nieuws", "nyheter", "haber"]);

/** True when the words after a brand are only its kind of broadcaster and/or its channel number ("Canal 4", "TV", "News 24"). */
function broadcastTail(tail: readonly string[]): boolean {
  const lower = tail.map((w) => w.toLowerCase());
  const number = lower.some((w) => /^\d{1,3}$/u.test(w));
  return lower.length >= 1 && lower.length <= 3 && lower.every((w) => BROADCAST_TAILS.has(w) || NEWS_TAILS.has(w) || /^\d{1,3}$/u.test(w)) && (number || lower.some((w) => BROADCAST_TAILS.has(w)));
}

/** A name without the kind of outlet it opens on ("Portal Campinas Agora" → "Campinas Agora"), when two words or more are left. */
export function withoutKindHead(name: string): string | undefined {
  const words = name.trim().split(/\s+/u);
  const rest = words.slice(1);
  if (!KIND_HEADS.has((words[0] ?? "").toLowerCase()) || rest.length < 2) return undefined;
  // The rest opens and ends on a capital ("Campinas Agora", "El Cóndor"); "Diario del Sur" leaves no name ("del Sur").
  if (!rest.every((w) => /^\p{Lu}/u.test(w) || /^(?:de|do|da|del|di|du)$/u.test(w)) || !/^\p{Lu}/u.test(rest[0] as string) || !/^\p{Lu}/u.test(rest[rest.length - 1] as string)) return undefined;
  return rest.join(" ");
}

/**
 * The short names a story gives an outlet of its case: the last word of a name whose head comes last ("the Clarion" for
 * The Daily Clarion, "the Sun" for The Valdoria Sun), a call sign that opens it ("WRBX" for WRBX 9 News), its initials
 * ("VBC" for the Valdoria Broadcasting Corporation). Never a place, never a generic word, never the word after "of"
 * ("Times of Valdoria" gives no "Valdoria").
 */
export function shortForms(name: string, isPlace: (name: string) => boolean): string[] {
  const words = name.trim().replace(/^the\s+/i, "").split(/\s+/).filter(Boolean);
  if (words.length < 2) return [];
  const out: string[] = [];
  const last = words[words.length - 1] as string;
  const beforeLast = (words[words.length - 2] as string).toLowerCase();
  const headFirst = HEAD_FIRST.has((words[0] as string).toLowerCase());
  if (!headFirst && /^\p{Lu}\p{L}/u.test(last) && !GENERIC_TAILS.has(last.toLowerCase()) && !/^(?:of|de|del|della|di|du|des|do|da|van|von|der)$/u.test(beforeLast) && !isPlace(last)) out.push(last);
  const first = words[0] as string;
  if (/^\p{Lu}{3,}$/u.test(first) && !isPlace(first)) out.push(first);
  // A name whose head comes first and a particle after it ("Folha do Cerrado", "Gazeta do Povo", in the languages that write so; "Times of X" is any Times): the story calls the paper
  // by its head ("Segundo a Folha"), unless the head is a kind any paper is ("Jornal", "Radio") or a generic word.
  const second = (words[1] ?? "").toLowerCase();
  if (words.length >= 3 && /^(?:de|do|da|dos|das|di|del|della|du|des)$/u.test(second) && /^\p{Lu}\p{Ll}{2,}$/u.test(first) && !HEAD_FIRST.has(first.toLowerCase()) && !GENERIC_TAILS.has(first.toLowerCase()) && !isPlace(first)) out.push(first);
  // A news agency named by one word and its kind ("Velmar Agency", "Velmar News Agency", Turkish "Velmar Ajansı"): stories
  // call it by that word ("told Velmar"), as by no other word of it.
  const kindWords = words.slice(1).map((w) => w.toLowerCase());
  if (AGENCY_KIND.test(kindWords.join(" ")) && /^\p{Lu}\p{Ll}{2,}$/u.test(first) && !HEAD_FIRST.has(first.toLowerCase()) && !GENERIC_TAILS.has(first.toLowerCase()) && !isPlace(first)) out.push(first);
  // A broadcaster named by its brand and its kind or channel ("TeleSierra Canal 4", "Quillon News 24", "Velmar TV"): a
  // story calls it by the brand ("el canal regional TeleSierra").
  if (broadcastTail(words.slice(1)) && /^\p{Lu}[\p{L}\p{N}]{2,}$/u.test(first) && !HEAD_FIRST.has(first.toLowerCase()) && !KIND_HEADS.has(first.toLowerCase()) && !BROADCAST_TAILS.has(first.toLowerCase()) && !GENERIC_TAILS.has(first.toLowerCase()) && !isPlace(first)) out.push(first);
  // An edition named by its brand and the country or city it serves ("Kestrel Kenya", "Harbour Post Ghana"): a story
  // calls it by the brand ("According to Kestrel"), one or two capitalised words that are no kind of outlet, no generic
  // word and no place. Not after a particle ("Times of Kenya" is any Times).
  const edition = editionBrand(words, isPlace);
  if (edition) out.push(edition);
  const capitals = words.filter((w) => /^\p{Lu}/u.test(w));
  if (capitals.length >= 3 && capitals.length === words.length) out.push(capitals.map((w) => w[0]).join(""));
  // A name that opens on the kind of outlet it is ("Portal Campinas Agora", "Diario El Cóndor"): a story may give the kind
  // as its own word ("el portal brasileño Campinas Agora") or leave it out, and the rest, two words or more, still names it.
  const rest = withoutKindHead(words.join(" "));
  if (rest && !isPlace(rest)) out.push(rest);
  // Two rules may give one form ("WRBX" of WRBX 9 News, by its call sign and by its brand): a form given twice would
  // count as two outlets' and name neither.
  return [...new Set(out)];
}

/** English function words ("our", "the"): no brand, in the language case outlets' names are most often written in. */
const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set(functionWords("en"));

/** The brand before an edition's place ("Kestrel" of "Kestrel Kenya", "Harbour Post" of "Harbour Post Ghana"), if the name is so made. */
function editionBrand(words: readonly string[], isPlace: (name: string) => boolean): string | undefined {
  // "North Valmont" is a region, no brand and its place.
  if (isPlace(words.join(" "))) return undefined;
  for (const tail of [1, 2]) {
    const brand = words.slice(0, words.length - tail);
    if (brand.length < 1 || brand.length > 2 || !isPlace(words.slice(-tail).join(" "))) continue;
    const lower = brand.map((w) => w.toLowerCase());
    if (!brand.every((w) => /^\p{Lu}[\p{L}\p{N}]{2,}$/u.test(w))) return undefined;
    // Nor a word that says which part of the place ("North Valmont"), nor a function word ("Our Kenya").
    if (lower.some((w) => GENERIC_TAILS.has(w) || HEAD_FIRST.has(w) || KIND_HEADS.has(w) || BROADCAST_TAILS.has(w) || NEWS_TAILS.has(w) || REGION_QUALIFIERS.includes(w) || ENGLISH_FUNCTION_WORDS.has(w))) return undefined;
    const joined = brand.join(" ");
    return isPlace(joined) || brand.some((w) => isPlace(w)) ? undefined : joined;
  }
  return undefined;
}

/** An outlet of the case itself, as its metadata names it ("Afkar News (افکارنیوز)") with the article's address. */
export interface CaseOutlet {
  name: string;
  url?: string;
}

/**
 * The registry a case is read with: the case's own outlets added, so that a text naming another article's outlet ("as
 * Valley Post reported") is read as that outlet. A name's parenthesised part is an alias ("Money Today (머니투데이)");
 * outlets the registry already knows keep their entry.
 */
export function withCaseOutlets(registry: OutletRegistry, outlets: readonly CaseOutlet[], isPlace: (name: string) => boolean = () => false): OutletRegistry {
  const added: OutletEntry[] = [];
  // Each outlet's short forms, made once, and how many of the case's outlets have each: a form two of them share names neither.
  const formsOf = new Map([...new Set(outlets.map((x) => x.name.trim()))].map((name) => [name, shortForms(name, isPlace)]));
  const formCount = new Map<string, number>();
  for (const forms of formsOf.values()) for (const f of forms) formCount.set(nameKey(f), (formCount.get(nameKey(f)) ?? 0) + 1);
  // The names the case's articles give, as keys: an entry one of them names by its own name keeps it.
  const declared = new Set(outlets.map((o) => nameKey(o.name.trim())));
  // A form that is another outlet's own name ("TeleSierra" beside "TeleSierra Canal 4") names that outlet.
  const ownForms = (name: string) => (formsOf.get(name) ?? shortForms(name, isPlace)).filter((f) => formCount.get(nameKey(f)) === 1 && !registry.byName(f) && !declared.has(nameKey(f)));
  // The added entries' name keys: a case's articles give the same few outlets over and over, and comparing each with
  // every entry added so far made merging a thousand of them quadratic in slugify.
  const addedKeys = new Set<string>();
  for (const o of outlets) {
    const paren = /^(?<main>[^()]+?)\s*\((?<inner>[^()]+)\)\s*$/u.exec(o.name.trim());
    const main = paren?.groups?.main?.trim() ?? o.name.trim();
    if (!main || addedKeys.has(nameKey(main))) continue;
    // The name as given, bracket and all: "ABC News (Australia)" is not the registry's ABC News. But where the name and
    // its bracket both name one entry ("Morning Ledger (The Morning Ledger)"), the bracket only spells it out.
    const mainEntry = registry.byName(main);
    const innerEntry = paren?.groups?.inner ? registry.byName(paren.groups.inner.trim()) : undefined;
    const known = registry.byName(o.name.trim()) ?? (mainEntry !== undefined && innerEntry === mainEntry ? mainEntry : undefined);
    if (known) {
      // The case names its outlet as it wants it shown ("Polska Agencja Prasowa", not the registry's "Polish Press
      // Agency"), and a story calls it by its case name's initials ("l'agence APS" for Algérie Presse Service) though
      // the registry lists none: the entry is taken over under the case's name, with those forms added.
      const knownKeys = new Set([known.name, ...known.aliases].map(nameKey));
      const fresh = [...new Set([main, o.name.trim(), ...ownForms(main)])].filter((a) => !knownKeys.has(nameKey(a)));
      // Written the same but for case and punctuation, the registry's spelling stays; and so does the registry's name
      // where another article of the case gives it ("AFP" beside "فرانس برس"): one script's name is not the others'.
      const name = nameKey(known.name) === nameKey(main) || declared.has(nameKey(known.name)) ? known.name : main;
      if (name !== known.name || fresh.length > 0) added.push({ ...known, name, aliases: [...new Set([known.name, ...known.aliases, ...fresh])].filter((a) => a !== name) });
      addedKeys.add(nameKey(main));
      continue;
    }
    if (registry.byName(main)) continue;
    // A parenthesis that only says what the outlet is ("blog", "forum") is no alias; nor one that names an outlet the
    // registry knows ("ledger-online (The Morning Ledger)": its owner, or the paper whose site it is): taken as this
    // outlet's alias, it would send every credit of that outlet here.
    const inner = (paren?.groups?.inner ?? "").split(/[,/]/u).map((x) => x.trim()).filter((x) => x.length > 1 && !/^(?:blog|forum|website|site|magazine|newspaper)$/iu.test(x) && !registry.byName(x));
    let domain: string | undefined;
    try {
      domain = o.url ? new URL(o.url).hostname.toLowerCase().replace(/^www\./, "") : undefined;
    } catch {
      domain = undefined;
    }
    const consonants = consonantForms(main, isPlace);
    const kana = kanaForms(main);
    added.push({ name: main, aliases: [o.name.trim(), ...inner, ...ownForms(main)].filter((a) => a !== main), descriptors: [], domains: domain && !registry.byDomain(domain) ? [domain] : [], kind: "unknown", ...(consonants.length > 0 ? { consonants } : {}), ...(kana.length > 0 ? { kana } : {}) });
    addedKeys.add(nameKey(main));
  }
  return added.length === 0 ? registry : createOutletRegistry([...registry.entries, ...added]);
}

/** Fewest consonants a name must keep to be met by them: fewer meet too many names. */
const MIN_CONSONANTS = 4;

/**
 * A name in Latin letters as its consonants, the way Arabic and Persian write it ("Al-Sahil" → "lshl", "Pars-e No" →
 * "prsn"): letters only, lower case, without vowels and the letters those scripts also write vowels with (w, y). A name
 * of fewer than MIN_CONSONANTS gives none. `written`, already transliterated, reads the same way.
 */
export function consonantsOf(latin: string): string | undefined {
  const folded = latin.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase();
  if (/[^\p{Script=Latin}\p{N}\s'’.,&-]/u.test(folded)) return undefined;
  // The h is left out on both sides: romanisations spell with it what others do not ("ch", "kh", "bh" or "c", "k", "b":
  // च is "c" in one and "ch" in another), and Hindi drops the vowel before it ("सुबह" is "subh" for "Subah").
  // A name is long enough by its consonants with the h ("Al-Sahil", "lshl"): leaving the h out must not make a name
  // too short to be told apart by them.
  const withH = plainLatinLetters(latin).replace(/[aeiouwy]/g, "");
  return withH.length >= MIN_CONSONANTS ? withH.replace(/h/g, "") : undefined;
}

/**
 * The consonants of the ways another script may write a case outlet's name: the whole name, the name without the
 * generic words that end it ("Pars-e No" of Pars-e No News Agency, as "خبرگزاری پارس‌نو" writes the noun apart), and
 * its last word when that is distinctive ("Mehrab" of Rooznameh Mehrab, after the noun "روزنامه").
 */
export function consonantForms(name: string, isPlace: (name: string) => boolean = () => false): string[] {
  const words = name.trim().split(/\s+/u).filter(Boolean);
  let end = words.length;
  while (end > 1 && GENERIC_TAILS.has((words[end - 1] as string).toLowerCase())) end--;
  const last = words[end - 1] ?? "";
  const forms = [name, words.slice(0, end).join(" "), ...(end > 1 && !isPlace(last) ? [last] : [])];
  return [...new Set(forms.map(consonantsOf).filter((c): c is string => c !== undefined))];
}

/**
 * A name in Latin letters as Japanese hears it, for meeting its katakana spelling (romanised, core/latin.ts kanaInLatin):
 * the consonants only, folded where katakana does not tell them apart — l and r, v and b, z and s, c as k or s, th as s,
 * ph as f, x as ks; w, y and h (glides, or an aspirate katakana writes with a vowel) left out; a written r that no vowel
 * follows in its word left out ("Lantern", "ランタン"; "Harbour", "ハーバー"), as Japanese drops it; m before p or b is the syllabic n ("Tampa", "タンパ", "tanpa");
 * doubled letters one. The katakana's own vowels, inserted between consonants ("posuto"), fall away with the others.
 * A name of fewer than MIN_CONSONANTS such sounds gives none.
 */
export function soundedInKana(latin: string): string | undefined {
  const folded = latin.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase();
  if (/[^\p{Script=Latin}\p{N}\s'’.,&/-]/u.test(folded)) return undefined;
  const sounds = folded
    .split(/[^a-z]+/u)
    // Per word, before l becomes r: only a written r is dropped, where no vowel follows it in its word.
    .map((w) => w.replace(/r(?![aeiouy])/g, ""))
    .join("")
    .replace(/th/g, "s")
    .replace(/ph/g, "f")
    .replace(/ck/g, "k")
    .replace(/c(?=[eiy])/g, "s")
    .replace(/c(?!h)/g, "k")
    .replace(/qu?/g, "k")
    .replace(/x/g, "ks")
    .replace(/l/g, "r")
    .replace(/v/g, "b")
    .replace(/z/g, "s")
    .replace(/m(?=[pb])/g, "n")
    .replace(/[whyaeiou]/g, "")
    .replace(/(.)\1+/g, "$1");
  return sounds.length >= MIN_CONSONANTS ? sounds : undefined;
}

/** How katakana may write a case outlet's name: whole, without a leading "The" (katakana leaves the article out), and without the generic words that end it. */
export function kanaForms(name: string): string[] {
  const words = name.trim().replace(/^the\s+/iu, "").split(/\s+/u).filter(Boolean);
  let end = words.length;
  while (end > 1 && GENERIC_TAILS.has((words[end - 1] as string).toLowerCase())) end--;
  return [...new Set([words.join(" "), words.slice(0, end).join(" ")].map(soundedInKana).filter((c): c is string => c !== undefined))];
}
