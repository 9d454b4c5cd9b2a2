/**
 * What a cited name is. A frame ("according to X", "X reported", "told X") only says that *something* is named; this
 * module gathers the evidence for what that something is — the registry matched whole, the case's own outlets, a web
 * domain, outlet nouns around the name in this article, a gazetteer place, a person the article knows — and decides:
 * outlet, person, organisation, place or nothing, with the rule that decided and a confidence. Pure.
 *
 * The rule that matters: never invent. A registry entry matches only the whole name as written; a place is never an
 * outlet; a single unknown word is nobody; a descriptor ("the newspaper") is only ever an outlet the article named.
 */
import { escapeRegExp, unspacedWords, withoutDiacritics } from "../core/text.ts";
import { inLatin, kanaInLatin } from "../core/latin.ts";
import { isKnownGivenName, namesAPerson } from "../core/nlp.ts";
import { ACRONYM, AGENCY_KINDS, consonantsOf, outletKey, soundedInKana, withoutKindHead, type OutletEntry, type OutletRegistry } from "../core/outlets.ts";
import { CONFIDENT } from "../graph/types.ts";
import { en } from "./frames/en.ts";
import type { LanguageFrames } from "./frames/types.ts";
import type { AttributionFrame } from "./types.ts";
import { HONORIFIC, perLanguage } from "./frames/common.ts";
import { countryCodeOf, isPlace, isPlaceAdjective } from "./gazetteer.ts";
import { conjunction } from "./coordination.ts";
import { capitalisablePhrase, cleanName, isCalendarWord, LIST_BULLET, NAME_PARTICLES } from "./names.ts";
import { framesFor } from "./frames/index.ts";
import { toCyrillic, toSerbianLatin } from "./frames/hr.ts";
import { OUTLET_NOUN_GENITIVES } from "./frames/fi.ts";
import { outletNounsFor, outletNounWord, withoutNameNoun } from "./outletNouns.ts";
import { capitalisedInside, opensSentence } from "./sentenceCapitals.ts";
import { anchoredMatches, anchoredPattern, headStarts, type AnchoredPattern } from "./anchoredScan.ts";
import { isDefinite, isOrganisationWord, sourceNounOf, type SourceBook } from "./sources.ts";
import { isDeputyPrefixOf } from "./speakers/lexicon.ts";
import { namesItsNounBefore } from "./nameOfItsNoun.ts";

/** A language's `outletNounsAfterName` as one expression: the stem (group `stem`), then one of the nouns, ending the name. */
const nounAfterName = perLanguage((frames) => (frames.outletNounsAfterName ? new RegExp(`^(?<stem>${frames.outletNounsAfterName.stem})(?:${frames.outletNounsAfterName.nouns.map(escapeRegExp).join("|")})$`, "u") : undefined));

/** A definite article written with a capital, as a title opens ("De Havenkoerier", "Het Blad", "O Globo", "La Voz"). */
const TITLE_ARTICLE = /^(?:De|Het|La|Le|Les|El|Il|Lo|Die|Der|Das|O|Os)$/u;

/**
 * A broadcaster named by its medium and a channel number ("TV9", "Canal 13", "Radio 1", "Channel 5", "CANAL 9"), or by its
 * initials, a hyphen and the number ("VRT-2", "ΚΡΤ-1"): no person, place or body is named so, and a frame's name written so
 * is a station's.
 */
const BROADCAST_MEDIA = ["TV", "Tv", "Télé", "Tele", "Canal", "Channel", "Kanal", "Kanaal", "Radio", "Rádio", "Ràdio", "Rete"];
const NUMBERED_BROADCASTER = new RegExp(`^(?:(?:${[...new Set(BROADCAST_MEDIA.flatMap((w) => [w, w.toUpperCase()]))].join("|")})[\\s-]?\\d{1,3}|\\p{Lu}{2,4}-\\d{1,2})$`, "u");

/** What the evidence says a cited name is. */
export type CitedType = "outlet" | "person" | "organisation" | "document" | "place" | "generic";

/** The decision about one cited name, with the words it rests on kept by the caller (the frame's span). */
export interface CitedDecision {
  type: CitedType;
  /** The name as the text writes it, cleaned of determiners and the outlet nouns around it. */
  name: string;
  /** For outlets: the graph key and display name (the registry's canonical name when it knows the outlet). */
  outlet?: { key: string; name: string; registered: boolean };
  /** How sure the decision is (0–1); below CONFIDENT it is drawn as possible and never grounds a finding. */
  confidence: number;
  /** The evidence rule that decided ("registry", "domain", "outlet-noun", …). */
  rule: CitedRule;
}

export type CitedRule =
  | "registry"
  | "transliteration"
  | "domain"
  | "descriptor-registry"
  | "descriptor-antecedent"
  | "short-form"
  | "outlet-cue-in-name"
  | "outlet-noun"
  | "publication-frame"
  | "issuer"
  | "frame-only"
  | "credit-formula"
  | "place"
  | "person"
  | "organisation"
  | "document"
  | "generic";

/** Confidence per rule: what each kind of evidence is worth on its own. */
export const RULE_CONFIDENCE: Readonly<Record<CitedRule, number>> = {
  registry: 0.95,
  transliteration: 0.85,
  domain: 0.9,
  "descriptor-registry": 0.8,
  "short-form": 0.8,
  "outlet-cue-in-name": 0.8,
  "outlet-noun": 0.8,
  "publication-frame": 0.7,
  issuer: 0.7,
  "descriptor-antecedent": 0.65,
  "frame-only": 0.5,
  "credit-formula": 0.7,
  place: 0.9,
  person: 0.75,
  organisation: 0.7,
  document: 0.7,
  generic: 0.9,
};

/** "Velmar-based", "state-owned": a compound adjective describes an outlet, it never names one. */
const ADJECTIVE_NAME = /^(?:the\s+)?[\p{L}-]+-(?:based|owned|run|backed|funded|language|leaning|affiliated|controlled)$/iu;
const LEADING_DATE = /^(?:(?:[Ii]n|[Oo]n|[Ss]ince)\s+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?(?:\s+\d{4})?|\d{4})\s+(?=\p{Lu})/u;

/** "China's X": a capitalised possessor (one or two words) before the name; it is dropped only when the gazetteer knows it as a place. */
/** "Hong Kong-based", "state-run", "Kremlin-backed" before a name: a description of the outlet, never part of its name. */
const BASED_IN = /^(?:[\p{L}.]+\s+){0,3}?[\p{L}.]+-(?:based|owned|run|backed|funded|affiliated|linked|controlled|leaning)\s+(?=\p{Lu})/u;
/** A name owned by another ("the BBC's Jane Doe", "Reuters' Tom Lee"), once a place owner is removed. */
const OWNED = /^(?<owner>.+?)(?:['’]s|(?<=s)['’])\s+(?<rest>\p{Lu}.*)$/u;
const PLACE_POSSESSIVE = /^(?<place>\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)['’]s\s+(?<rest>\p{Lu}.*)$/u;

/** Per language: its `describingAdjectives` pattern as a whole-word expression; never matches without. */
const describingAdjective = perLanguage((frames) => new RegExp(`^(?:${frames.describingAdjectives?.pattern ?? "(?!)"})$`, "u"));

/** True when `name` is one word that describes an outlet without naming it: an adjective of the language's pattern, or one made of a place's name. */
function describesOutlet(name: string, frames: LanguageFrames): boolean {
  const adjectives = frames.describingAdjectives;
  if (!adjectives || /\s/u.test(name.trim())) return false;
  const word = name.trim();
  return describingAdjective(frames).test(word) || isPlaceAdjective(word, adjectives.placeSuffixes ?? [], adjectives.placeStems ?? []);
}
/** Words for a medium that may follow an outlet's name without being part of it. */
const MEDIUM_AFTER = /^(?<head>.+?)\s+(?:[Nn]ews|NEWS|[Oo]nline|TV|[Rr]adio|[Mm]agazine|[Nn]ewspaper|[Ww]ebsite|[Dd]igital)$/u;

/** How far back (characters) a descriptor may look for the outlet it stands for: about two sentences. */
export const DESCRIPTOR_REACH = 300;

/** What the decision needs to know about the article being read. */
export interface CitedContext {
  registry: OutletRegistry;
  frames: LanguageFrames;
  book: SourceBook;
  /** Lower-cased names this article marks as outlets elsewhere ("the newspaper X", "X's editor"): see `outletEvidence`. */
  articleOutlets: ReadonlySet<string>;
  /** The outlet most recently cited in the article, for "the outlet", "the newspaper". */
  lastOutlet?: { key: string; name: string; start?: number };
  /** Outlets the article names (cited or not), in text order, for a descriptor's antecedent: see `namedOutlets`. */
  named?: readonly NamedOutlet[];
  /** The article's own outlet key: "the newspaper" never resolves to it through a later mention. */
  ownKey?: string;
  /** The article's text as read (quotations masked), where a descriptor looks for the kind it gave a named outlet. */
  text?: string;
  /** Where this article's descriptors placed the outlets they stood for ("the Hong Kong-based outlet"), by outlet key; filled as it is read. */
  placed?: Map<string, string>;
}

/** An outlet the article names somewhere, and where. */
export interface NamedOutlet {
  start: number;
  key: string;
  name: string;
}

/** What the frame itself says about the span. */
export interface CitedCue {
  /** The span is a descriptor ("the Hong Kong-based outlet"), not a name. */
  descriptor: boolean;
  /** The frame found an outlet noun right before the name and kept it out of the span ("il quotidiano", "خبرگزاری"). */
  cue?: string;
  /** The frame is a publication frame: only a publication can be "published in" or carry "a headline in". */
  publication?: boolean;
  /** The frame's verb is one of publishing: see `FrameRule.publishingVerb`. */
  publishingVerb?: boolean;
  /** Only a publication can be the frame's subject: see `FrameRule.publisherOnly`. */
  publisherOnly?: boolean;
  /** The frame may take a name no registry knows. */
  allowUnknown: boolean;
  /** The span is bounded by the frame, not by the shape of a name (scripts without capitals): it needs outside evidence. */
  needsEvidence?: boolean;
  /** A data noun follows the name ("X figures"): an organisation's data, not a report. */
  dataNoun?: boolean;
  /**
   * The frame is a credit formula whose object is by convention an outlet: see `FrameRule.formula`; so is a bracketed
   * source credit closing the text ("(Source: X)" as its last line, lineCitations).
   */
  formula?: boolean;
  /** Only a registry name written whole may be taken: see `FrameRule.registryOnly`. */
  registryOnly?: boolean;
  /** The frame names the issuer of a document (a press release): see `FrameRule.issuer`. */
  issuer?: boolean;
  /** The frame's verb reports results ("reported a loss"): see `FrameHit.results`. */
  results?: boolean;
  /** Where the span starts in the body: a descriptor looks back from here for the outlet it stands for. */
  at?: number;
  /** A role noun or a title is written right before the span ("chief executive Gordon Herald"): what follows is a person. */
  roleBefore?: boolean;
  /**
   * The text sets the name in quotation marks («Бриз», "Slon", ‘Nordkurier’): a title — an outlet's, a company's, a
   * work's — and never how a person is named, so it is not read as a person, and one word so marked is a name.
   */
  quoted?: boolean;
  /** The name stands in an oblique case: see `FrameRule.oblique`. */
  oblique?: boolean;
  /** The frame's kind ("according_to", "told"), where a frame read the span. */
  frame?: AttributionFrame;
}

// A whole word before a space, or an elided l' ("l'AFP"): never the first letters of a name ("Orbit" is no "O rbit").
const LEADING_ARTICLE = /^(?:(?:the|le|la|les|el|los|las|il|lo|gli|die|der|das|den|dem|des|o|os|a|an|as)\s+|l['’]\s*)/iu;
const DOMAIN = /^(?<scheme>https?:\/\/)?(?<www>www\.)?(?<host>(?:[\p{L}\p{N}-]+\.)+[\p{L}]{2,})(?<path>\/\S*)?$/u;
/**
 * A bare domain's last two labels as prose writes them: a name of two characters or more, then a top level in small
 * letters. An abbreviation with dots has the same shape but one letter before its last dot ("m.in.", "t.ex.", "p.ej.",
 * "f.eks.") or a capitalised last part ("v.Chr.", "e.Kr.", "EE.UU.").
 */
const BARE_DOMAIN_END = /(?:^|\.)[\p{L}\p{N}-]{2,}\.\p{Ll}{2,}$/u;

/** The site a web address or a bare domain names ("www.harbourpost.ro", "https://harbourpost.ro/story" → "harbourpost.ro"), lower case; undefined for any other words. */
export function siteOfAddress(raw: string): string | undefined {
  const domain = DOMAIN.exec(raw)?.groups;
  if (!domain?.host || /\s/u.test(raw)) return undefined;
  // A scheme, "www." or a path makes it an address whatever its labels ("https://x.com/…"); bare, it must read as a domain.
  const written = domain.scheme !== undefined || domain.www !== undefined || domain.path !== undefined;
  if (!written && !BARE_DOMAIN_END.test(domain.host)) return undefined;
  // "неwс-бар.хр": a name of a domain cannot mix scripts, so Cyrillic letters among Latin ones spell a Latin address as a
  // Cyrillic text writes it (its letters converted, one Latin letter with no Cyrillic twin left as it was): the address
  // in Latin letters, the same site as its Latin spelling.
  const host = domain.host.toLowerCase();
  return /\p{Script=Cyrillic}/u.test(host) && /\p{Script=Latin}/u.test(host) ? toSerbianLatin(host) : host;
}

/** A capitalised place or nationality (one or two words) and then a word in small letters, after an optional article. */
const PLACE_BEFORE_NOUN = /^(?:(?:[Tt]he|[Aa]n?)\s+)?(?<place>\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?)\s+(?<rest>\p{Ll}.*)$/u;

/**
 * Removes outlet nouns written around the name ("the journal Annals of Folk Medicine", "Trellis magazine", "the quillon9 Web
 * site"), reporting whether any was there, and whether it was only one a person may own as well (`afterShared`: "X's story").
 */
export function stripOutletNouns(name: string, language: string): { name: string; noun: boolean; shared?: boolean } {
  const nouns = outletNounsFor(language);
  let out = name.trim();
  let noun = false;
  // "the Jakarta daily X", "the Polish weekly X": where the outlet is, written before its noun, describes it as the noun
  // does; it goes with the noun, and stays where no noun follows.
  const placed = PLACE_BEFORE_NOUN.exec(out)?.groups;
  const after = placed && (isPlace(placed.place as string) || isDemonymOnly(placed.place as string)) ? (placed.rest as string) : undefined;
  const frames = framesFor(language);
  for (const n of [...nouns.before].sort((a, b) => b.length - a.length)) {
    // The noun exactly as the list writes it (lower case, German nouns capitalised): "the daily Le Monde" loses "daily",
    // "The Daily Ledger" keeps its "Daily". An article the list writes before its noun may open a sentence ("Die Zeitung
    // X berichtete", "Le journal X"), and where compounds are one word the noun may end one ("die Wochenzeitung X").
    const re = new RegExp(`^(?:(?:[Tt]he|[Aa]n?)\\s+)?${outletNounWritten(n, frames)}\\s+(?:called\\s+|named\\s+)?(?=\\S)`, "u");
    const from = re.test(out) ? out : after !== undefined && re.test(after) ? after : undefined;
    if (from !== undefined) {
      out = from.replace(re, "");
      noun = true;
      break;
    }
  }
  const shared = new Set(nouns.afterShared);
  for (const n of [...nouns.after, ...nouns.afterShared].sort((a, b) => b.length - a.length)) {
    // Where a capitalised noun is part of the name (`afterInSmallLetters`: "Kuzey Gazetesi"), only one in small letters is stripped.
    const re = new RegExp(`(?:['’]s)?[\\s-]+${escapeRegExp(n).replace(/\s+/g, "\\s+")}$`, nouns.afterInSmallLetters && !shared.has(n) ? "u" : "iu");
    if (re.test(out) && out.replace(re, "").trim().length > 0) {
      out = out.replace(re, "");
      // A noun before the name ("the newspaper X") already made it a publication's, whatever follows.
      return { name: out.trim(), noun: true, ...(!noun && shared.has(n) ? { shared: true } : {}) };
    }
  }
  return { name: out.trim(), noun };
}

/** An outlet noun of the language's list as it may be written (see stripOutletNouns). */
function outletNounWritten(noun: string, frames: LanguageFrames): string {
  const [first = "", ...rest] = noun.split(/\s+/u);
  const article = rest.length > 0 && frames.determiners.includes(first);
  const head = article ? rest.join(" ") : noun;
  const headWritten = escapeRegExp(head).replace(/\s+/g, "\\s+");
  const compound = frames.compoundNouns === true && /^\p{Lu}\p{Ll}{4,}$/u.test(head) ? `(?:${headWritten}|\\p{Lu}\\p{Ll}+${escapeRegExp(head.toLowerCase())})` : headWritten;
  // Where nouns are capitalised, the noun opening the span without its article is the noun too ("Wochenzeitung X zitierte").
  return article ? `(?:${capitalisablePhrase(first)}\\s+)${frames.capitalisedNouns === true ? "?" : ""}${compound}` : compound;
}

/**
 * An outlet whose name is the site's own label ("valleypost.it" or "valley-post.it" → Valley Post, "quillon9.com" →
 * quillon9, "echodulac.net" → Écho du Lac, as addresses are written without accents): the same outlet under another
 * country domain.
 */
export function registryBySiteName(host: string, registry: OutletRegistry): OutletRegistry["entries"][number] | undefined {
  // A hyphen between the name's words in the address ("valley-post.it") is no letter of the name, as a space is none.
  const label = withoutDiacritics(host.split(".").slice(-2, -1)[0] ?? "").replace(/-/gu, "");
  if (label.length < 3) return undefined;
  const flat = (n: string): string => withoutDiacritics(n.toLowerCase().replace(LEADING_ARTICLE, "")).replace(/[^\p{L}\p{N}]/gu, "");
  const hits = registry.entries.filter((e) => [e.name, ...e.aliases].some((n) => flat(n) === label));
  return hits.length === 1 ? hits[0] : undefined;
}

/**
 * Languages whose declined forms the scorer (eval/outlets.ts) tries on a written name. Not every language
 * `NOMINATIVES_OF_DECLINED_NAME` declines: Basque, Icelandic and Armenian are declined there and not tried here.
 */
export const DECLINING_LANGUAGES: readonly string[] = ["de", "fi", "ru", "uk", "pl", "hr", "sr", "bs", "cnr", "cs", "sk", "lt", "hu"];

/**
 * For each language that declines an outlet's name in running text, the forms its declension gives back: after a
 * preposition or an article (German "der Süddeutschen Zeitung" is "Süddeutsche Zeitung"), or written onto the name
 * itself (Finnish "Ylen mukaan"). Many forms, most of them no word: only a form the registry or the case lists counts.
 */
const NOMINATIVES_OF_DECLINED_NAME: ReadonlyMap<string, (name: string) => string[]> = new Map<string, (name: string) => string[]>([
  ["ru", slavicNominatives],
  ["uk", slavicNominatives],
  ["pl", (name) => nominativeCombos(name, polishNominatives)],
  // Croatian, Serbian, Bosnian, Montenegrin: one declension, one data set (frames/hr.ts).
  ...["hr", "sr", "bs", "cnr"].map((language) => [language, (name: string) => nominativeCombos(name, serboCroatianNominatives)] as const),
  ["cs", (name) => nominativeCombos(name, (w) => nominativesBy(CZECH_SLOVAK_NOMINATIVE_ENDINGS, w))],
  ["sk", (name) => nominativeCombos(name, (w) => nominativesBy(CZECH_SLOVAK_NOMINATIVE_ENDINGS, w))],
  ["lt", (name) => nominativeCombos(name, (w) => nominativesBy(LITHUANIAN_NOMINATIVE_ENDINGS, w))],
  ["hu", (name) => nominativesBy(HUNGARIAN_NOMINATIVE_ENDINGS, name)],
  ["fi", finnishNominatives],
  ["eu", basqueNominatives],
  ["is", (name) => nominativesBy(ICELANDIC_NOMINATIVE_ENDINGS, name)],
  ["hy", (name) => nominativesBy(ARMENIAN_NOMINATIVE_ENDINGS, name)],
  ["de", germanNominatives],
]);

/** The forms a declined name is listed under, in a language that declines names (`NOMINATIVES_OF_DECLINED_NAME`); empty elsewhere. */
export function uninflected(name: string, language: string): string[] {
  return NOMINATIVES_OF_DECLINED_NAME.get(language)?.(name) ?? [];
}

/**
 * Finnish writes the genitive onto the last word ("Ylen", "Reutersin"): the name is listed without it. An outlet noun
 * ending the name declines as the noun does ("Korvan Uutisten" is "Korvan Uutiset", "Pohjalehden" "Pohjalehti").
 * Whom something was told stands in the allative, written onto the last word too ("kertoi Iltalehdelle", "Helsingin
 * Sanomille"): FINNISH_NOMINATIVE_ENDINGS.
 */
function finnishNominatives(name: string): string[] {
  return [finnishOutletNounNominative(name), /^(.*\p{L}{2})in$/u.exec(name)?.[1], /^(.*\p{L}{2})n$/u.exec(name)?.[1], ...nominativesBy(FINNISH_NOMINATIVE_ENDINGS, name)].filter((n): n is string => n !== undefined);
}

/** German declines a name after a preposition or an article: "der Süddeutschen Zeitung" is "Süddeutsche Zeitung", "des Handelsblatts" is "Handelsblatt". */
function germanNominatives(name: string): string[] {
  const words = name.split(/\s+/u);
  const out = new Set<string>();
  // Adjectives before the last word take -en or -er in the oblique cases; the registry has the nominative -e.
  const adjectives = words.map((w, i) => (i < words.length - 1 && /^\p{Lu}\p{Ll}+e[nr]$/u.test(w) ? w.slice(0, -1) : w)).join(" ");
  if (adjectives !== name) out.add(adjectives);
  // A genitive -s or -es on the last word.
  for (const base of [name, adjectives]) {
    const m = /^(.*\p{Ll}{2,}?)(?:e?s)$/u.exec(base);
    if (m?.[1] && m[1] !== base && m[1].length >= 3) out.add(m[1]);
  }
  return [...out];
}

/**
 * True where the language declines a name by its ending alone, with no article before it (the languages `uninflected`
 * reads back, German aside): there a name right after a verb may stand in the dative, whom was told ("řekl Právu").
 */
export function declinesByEnding(language: string): boolean {
  return language !== "de" && NOMINATIVES_OF_DECLINED_NAME.has(language);
}

/**
 * Basque writes a name's case onto its last word ("Berriaren arabera", according to Berria; "Reutersek", "EITBri"), with
 * the linking "e" after a consonant ("Reutersen"): every form with one ending off, for the registry to confirm. Most
 * specific first; a stem under two letters is none.
 */
const BASQUE_CASE_ENDINGS = ["rentzat", "entzat", "rekin", "ekin", "ren", "en", "ri", "i", "ek", "k", "ko", "tik", "n"];
function basqueNominatives(name: string): string[] {
  const at = name.search(/\S+$/u);
  const last = name.slice(at);
  return BASQUE_CASE_ENDINGS.filter((e) => last.endsWith(e) && last.length - e.length >= 2).map((e) => name.slice(0, name.length - e.length));
}

/** The name with the Finnish outlet noun that ends it (frames/fi.ts OUTLET_NOUN_GENITIVES) in the nominative, its first letter's case kept; undefined where none ends it. */
function finnishOutletNounNominative(name: string): string | undefined {
  const lower = name.toLowerCase();
  const hit = OUTLET_NOUN_GENITIVES.find(([genitive]) => lower.endsWith(genitive) && lower.length > genitive.length);
  if (!hit) return undefined;
  const [genitive, nominative] = hit;
  const stem = name.slice(0, name.length - genitive.length);
  const capital = /\p{Lu}/u.test(name.charAt(stem.length));
  return `${stem}${capital ? nominative.charAt(0).toUpperCase() + nominative.slice(1) : nominative}`;
}

/** The endings an adjective takes in the oblique cases, singular and plural (Latin; Cyrillic by toCyrillic). */
const SH_ADJECTIVE_ENDINGS = ["oga", "ome", "omu", "ima", "eg", "em", "og", "om", "oj", "im", "ih", "a", "e", "i", "o", "u"];
/**
 * The nominatives a word of a declined name may have in Croatian or Serbian, in either script: a possessive adjective
 * of the name ("Vjetrićev izvor", "Zvonkovim informacijama": Vjetrić's, Zvonko's; "Jekin": Jeka's) is the name; an
 * adjective in an oblique case is its masculine or feminine nominative ("Jutarnjem" → "Jutarnji", "Slobodnoj" →
 * "Slobodna"); a noun the stem with no ending or with -a ("listu" → "list", "Jeku" → "Jeka"). Many forms: only
 * one the registry or the case lists counts (`uninflected`).
 */
function serboCroatianNominatives(word: string): string[] {
  const cyrillic = /\p{Script=Cyrillic}/u.test(word);
  const w = (latin: string): string => (cyrillic ? toCyrillic(latin) : latin);
  const endings = `(?:${SH_ADJECTIVE_ENDINGS.map(w).join("|")})`;
  const out: string[] = [];
  const possessive = new RegExp(`^(\\p{Lu}\\p{Ll}{2,}?)(${w("ov")}|${w("ev")}|${w("in")})${endings}?$`, "u").exec(word);
  // -in is a feminine name's ("Jekin": Jeka's), -ov/-ev a masculine one's, maybe dropping its -o ("Zvonkov": Zvonko's).
  if (possessive?.[1]) out.push(...(possessive[2] === w("in") ? [possessive[1] + w("a")] : [possessive[1], possessive[1] + w("o")]));
  const declined = new RegExp(`^(\\p{L}{2,}?)${endings}$`, "u").exec(word)?.[1];
  if (declined) out.push(declined, declined + w("i"), declined + w("a"));
  // Serbian writes either script: a name the registry or the case lists in Latin is the same name in Cyrillic.
  return cyrillic ? [...out, ...out.map(toSerbianLatin)] : out;
}

/**
 * The nominatives of a declined name of up to three words, each word by itself ("«Северного вестника»" is "Северный
 * вестник", "Вечірнього Вітряка" is "Вечірній Вітряк"): adjectives by their endings, nouns as `russianNominatives`.
 */
function slavicNominatives(name: string): string[] {
  if (name.split(/\s+/u).length > 3) return russianNominatives(name);
  return nominativeCombos(name, (w) => {
    // Adjectives, singular and plural ("Городских Ведомостей" is "Городские Ведомости"), Ukrainian too ("Вечірнім").
    // The prepositional too ("Первом канале", "Вечірньому").
    const adj = /^(.{3,}?)(ого|его|ому|ему|ыми|ими|ым|им|ых|их|ій|ім|ой|ую|ьої|ої|ом|ем)$/u.exec(w);
    return [...russianNominatives(w), ...(adj?.[1] ? ["ый", "ий", "ой", "ая", "а", "я", "ые", "ие", "і"].map((e) => (adj[1] as string) + e) : [])];
  });
}

/** Every combination of each word's own form and its nominatives, for names of up to three words; the name itself left out. */
function nominativeCombos(name: string, nominativesOf: (word: string) => string[]): string[] {
  const ws = name.split(/\s+/u);
  if (ws.length > 3) return [];
  let combos = [""];
  for (const w of ws) {
    const forms = [...new Set([w, ...nominativesOf(w)])];
    combos = combos.flatMap((c) => forms.map((x) => (c ? `${c} ${x}` : x)));
  }
  return combos.filter((c) => c !== name);
}

/**
 * Polish declines an outlet's name after "według", "dla", "z" ("według «Gazety Wyborczej»", "w wywiadzie dla
 * «Rzeczpospolitej»", "według Onetu"): the nominatives of one word — feminine nouns and adjectives ("Gazety", "Polskiej",
 * "Agencji"), masculine ones ("Onetu", "Dziennika", "Powszechnego"). Only a form the registry lists whole is taken.
 */
const POLISH_NOMINATIVE_ENDINGS: readonly (readonly [string, readonly string[]])[] = [
  ["iego", ["i"]],
  ["iemu", ["i"]],
  ["ego", ["y"]],
  ["emu", ["y"]],
  ["owi", [""]],
  ["iej", ["a"]],
  ["ej", ["a"]],
  ["ji", ["ja"]],
  ["em", [""]],
  ["ym", ["y"]],
  ["im", ["i"]],
  ["ą", ["a"]],
  ["ę", ["a"]],
  ["y", ["a"]],
  ["i", ["a"]],
  ["u", [""]],
  ["a", [""]],
];

/**
 * Czech and Slovak decline an outlet's name after "podle"/"podľa", "pro", a verb of telling ("podle České televize",
 * "podľa Denníka N", "řekl Českému rozhlasu", "pre Markízu"): the nominatives of one word — adjectives ("České" is
 * "Česká", "Českého" "Český", "Jižního" "Jižní", Slovak "Slovenskej" "Slovenská"), nouns in -a ("Markízy", "Markízou"), in -e/-ia
 * ("televizi" is "televize", "televízie" "televízia") and masculine ones ("rozhlasu", "Denníka", "rozhlasem"). Only a
 * form the registry lists whole is taken.
 */
const CZECH_SLOVAK_NOMINATIVE_ENDINGS: readonly (readonly [string, readonly string[]])[] = [
  ["ého", ["ý", "é"]],
  ["ému", ["ý", "é"]],
  ["ího", ["í"]],
  ["ímu", ["í"]],
  ["iou", ["ia"]],
  ["ovi", [""]],
  ["ej", ["á"]],
  ["ém", ["ý", "é"]],
  ["ým", ["ý", "é"]],
  ["ím", ["í"]],
  ["om", ["", "o"]],
  ["em", ["", "o"]],
  ["ou", ["a", "á"]],
  ["ie", ["ia"]],
  ["ii", ["ia"]],
  ["iu", ["ia"]],
  ["é", ["á", "é"]],
  ["ú", ["á"]],
  ["y", ["a"]],
  ["i", ["e", "a"]],
  ["e", ["a", "e", ""]],
  ["ě", ["a", ""]],
  ["u", ["", "o", "a"]],
  ["a", ["", "o"]],
];

/**
 * Lithuanian declines an outlet's name before "teigimu", after "pasak", "remdamasi", a verb of telling ("pasak „Lietuvos
 * ryto“", "sakė LRT radijui"): the nominatives of one word by its genitive, dative or accusative ending ("ryto" is
 * "rytas", "žinių" "žinios", "radijui" "radijas"). A name's own genitive word ("Lietuvos") stays as written too.
 */
const LITHUANIAN_NOMINATIVE_ENDINGS: readonly (readonly [string, readonly string[]])[] = [
  ["iui", ["is", "ys", "as"]],
  ["aus", ["us"]],
  ["ių", ["ios", "iai", "is"]],
  ["ui", ["as", "us"]],
  ["io", ["is", "ys", "as"]],
  ["ai", ["a"]],
  ["ei", ["ė"]],
  ["ės", ["ė"]],
  ["os", ["a"]],
  ["ą", ["as", "a"]],
  ["ę", ["ė"]],
  ["o", ["as"]],
];

/**
 * Finnish writes the allative ("to", whom something was told) and the genitive onto a name's last word: the nominatives
 * by its ending — a stem in -se of a -nen word ("Keskisuomalaiselle", "Keskisuomalaisen" are "Keskisuomalainen"), the
 * weak grade -de of a -ti word ("Iltalehdelle" is "Iltalehti"), a plural stem in -i ("Sanomille" is "Sanomat",
 * "Uutisille" "Uutiset"), or the word as it is ("Ylelle", "Reutersille"). Only a form the registry lists whole is taken.
 */
const FINNISH_NOMINATIVE_ENDINGS: readonly (readonly [string, readonly string[]])[] = [
  ["selle", ["nen"]],
  ["delle", ["ti"]],
  ["ille", ["", "i", "at", "ät", "et"]],
  ["lle", [""]],
  ["sen", ["nen"]],
];

/**
 * Icelandic declines a name's last word, the definite article written onto it too: the genitive after "í frétt", "á vef",
 * "samkvæmt frétt" ("Morgunblaðsins" is "Morgunblaðið", "Heimildarinnar" "Heimildin", "Vísis" "Vísir", "Kjarnans"
 * "Kjarninn", "Póstsins" "Pósturinn"), the dative ("Morgunblaðinu", "Heimildinni") and the accusative after "við"
 * ("í samtali við Heimildina", "Kjarnann"). Longest ending first;
 * only a form the registry lists whole is taken.
 */
const ICELANDIC_NOMINATIVE_ENDINGS: readonly (readonly [string, readonly string[]])[] = [
  ["arinnar", ["in"]],
  ["unnar", ["an"]],
  ["sins", ["ið", "urinn", "inn"]],
  ["anum", ["inn"]],
  ["inni", ["in"]],
  ["unni", ["an"]],
  ["inu", ["ið"]],
  ["ina", ["in"]],
  ["una", ["an"]],
  ["ann", ["inn"]],
  ["ans", ["inn"]],
  ["is", ["ir"]],
  ["s", [""]],
  ["i", ["ir"]],
];

/**
 * Armenian writes its cases and its definite article onto a name's last word: "Արմենպրեսի" (genitive-dative),
 * "Արմենպրեսին" (dative), "Արմենպրեսը" (the article), "-ից", "-ում", "-ով"; a noun in "-ություն" takes "-ության" in the
 * genitive. Longest ending first; only a form the registry lists whole is taken.
 */
const ARMENIAN_NOMINATIVE_ENDINGS: readonly (readonly [string, readonly string[]])[] = [
  ["ությանը", ["ություն"]],
  ["ության", ["ություն"]],
  ["ից", [""]],
  ["ում", [""]],
  ["ով", [""]],
  ["ին", [""]],
  ["ի", [""]],
  ["ը", [""]],
  ["ն", [""]],
];

/**
 * Hungarian writes the dative onto a name's last word ("a Telexnek nyilatkozta", told Telex; "a Reggeli Hírlapnak"),
 * lengthening a final vowel ("Népszavának" is "Népszava"); after an abbreviation it stands after a hyphen, which the
 * frames keep out of the name. Only a form the registry lists whole is taken.
 */
const HUNGARIAN_NOMINATIVE_ENDINGS: readonly (readonly [string, readonly string[]])[] = [
  ["ának", ["a"]],
  ["ének", ["e"]],
  ["nak", [""]],
  ["nek", [""]],
];

function polishNominatives(word: string): string[] {
  return nominativesBy(POLISH_NOMINATIVE_ENDINGS, word);
}

/** The forms a word's ending gives by a table of endings, longest first; none for a stem shorter than three letters. */
function nominativesBy(table: readonly (readonly [string, readonly string[]])[], word: string): string[] {
  for (const [ending, nominatives] of table) {
    if (!word.endsWith(ending)) continue;
    const stem = word.slice(0, -ending.length);
    return stem.length < 3 ? [] : nominatives.map((n) => stem + n);
  }
  return [];
}

/**
 * The case outlet a Cyrillic name writes by its sound, in any case ("«Северному вестнику»" for Severny Vestnik): the
 * consonants of its Latin spelling, with the case endings that hold consonants taken off each word, are those of the
 * whole name of exactly one case outlet. Only the case's outlets (the registry holds no consonants for its own).
 */
function cyrillicCaseOutlet(name: string, registry: OutletRegistry): RegistryEntry | undefined {
  const stripped = name
    .split(/\s+/u)
    .map((w) => w.replace(/(?<=.{3})(?:ого|его|ому|ему|ыми|ими|ым|им|ых|их|ой|ей|ом|ем|ами|ями|ам|ям|ах|ях|ові|ою|ої|ій)$/u, ""))
    .join(" ");
  for (const form of new Set([name, stripped])) {
    const consonants = consonantsOf(inLatin(form));
    const entry = consonants ? registry.byConsonants(consonants) : undefined;
    // The whole name only: one word of a case outlet's name ("Вестник") is as often a common noun.
    if (entry && consonantsOf(entry.name) === consonants) return entry;
  }
  return undefined;
}

/**
 * Russian and Ukrainian decline an outlet's name after a verb or a preposition ("рассказал «Интерфаксу»", "сообщили «Ведомостям»",
 * "по данным «Ведомостей»", "в «Комсомольской правде»"): the nominatives the registry may list, for each ending the oblique cases
 * of the nouns outlets are named with give — masculine ("Интерфакс", "Коммерсантъ" with its old hard sign), feminine
 * ("газета", "правда", "неделя"), neuter ("Эхо") and plural ("Ведомости", "Известия", "Новости"). More forms than one word
 * has are harmless: only a form the registry lists whole is ever taken.
 */
const NOMINATIVE_ENDINGS: readonly (readonly [string, readonly string[]])[] = [
  // Ukrainian: the dative of masculine nouns, the instrumental and the dative or locative of feminine ones ("Укрінформові", "правдою", "правді").
  ["ові", [""]],
  ["ою", ["а", "я"]],
  ["і", ["а", "я", ""]],
  ["ами", ["и", "ы", "а", "я"]],
  ["ями", ["и", "я"]],
  ["ам", ["и", "ы", "а"]],
  ["ям", ["и", "я"]],
  ["ах", ["и", "ы", "а"]],
  ["ях", ["и", "я"]],
  ["ей", ["и", "ь"]],
  ["ой", ["а"]],
  ["ом", ["", "ь", "ъ", "о"]],
  ["ем", ["", "ь", "е"]],
  ["у", ["", "ь", "ъ", "а", "о"]],
  ["ю", ["ь", "я", "е"]],
  ["а", ["", "ь", "ъ", "о"]],
  ["я", ["ь", "е"]],
  ["е", ["", "ь", "ъ", "а", "я", "о"]],
  ["ы", ["а"]],
  ["и", ["а", "я", "ь"]],
];

function russianNominatives(name: string): string[] {
  return nominativesBy(NOMINATIVE_ENDINGS, name);
}

/**
 * A case outlet written with the kind of outlet before its name ("o Portal Campinas Agora" for the case's Campinas
 * Agora): the rest matched whole, and only an outlet of the case (a registry name stays its own, never met inside a
 * longer one).
 */
function kindHeaded(name: string, registry: OutletRegistry): OutletEntry | undefined {
  const rest = withoutKindHead(name.replace(LEADING_ARTICLE, ""));
  const entry = rest ? registry.byName(rest) : undefined;
  return entry?.kind === "unknown" ? entry : undefined;
}

/** The registry entry for a name written whole: as the text writes it, without a leading article, never a lower-case Latin word ("fox" is an animal, "Fox" may be a network). */
function registryWhole(name: string, registry: OutletRegistry): { key: string; name: string } | undefined {
  // A name with no capital, digit or dot in Latin script is a common word ("fox", "independent"), never a registry name,
  // unless the registry spells it so ("dpa").
  if (/^[\p{Script=Latin}\s'’-]+$/u.test(name) && !/\p{Lu}/u.test(name) && !registry.smallLetterNames.has(name)) return undefined;
  const entry = registry.byName(name) ?? registry.byName(name.replace(LEADING_ARTICLE, "")) ?? joinedName(name, registry) ?? numberJoined(name, registry) ?? kindHeaded(name, registry);
  return entry ? { key: outletKey(entry.name), name: entry.name } : undefined;
}

/** A channel's name and its number written apart ("Vale 7" for the registry's "Vale7"): the same name, as a number is never a word of its own. */
function numberJoined(name: string, registry: OutletRegistry): RegistryEntry | undefined {
  const parts = /^(?<word>\p{L}+)\s+(?<number>\p{N}{1,3})$/u.exec(name)?.groups;
  return parts ? registry.byName(`${parts.word}${parts.number}`) : undefined;
}

/**
 * True when a short quoted stretch is a registered outlet's name written whole ("'디 어니언(The Onion)'", "“洋葱网”"): the
 * article's own words naming an outlet, not someone's speech. A name given again in brackets counts either way.
 */
export function isRegisteredName(text: string, registry: OutletRegistry): boolean {
  const t = text.trim().replace(/^[\p{P}\s]+|[\p{P}\s]+$/gu, (m) => (/[()（）]/u.test(m) ? m : ""));
  if (t.length === 0 || t.length > 40) return false;
  const bracketed = /^(?<outer>[^()（）]+?)\s*[(（](?<inner>[^()（）]+)[)）]$/u.exec(t)?.groups;
  return Boolean(registryWhole(t, registry) ?? (bracketed ? (registryWhole(bracketed.inner as string, registry) ?? registryWhole(bracketed.outer as string, registry)) : undefined));
}

/**
 * True when a short quoted stretch in a declining language names an outlet in another case or by its sound ("«Северного
 * вестника»" for the registry's Северный вестник, "«Северному вестнику»" for the case outlet Severny Vestnik): the
 * article's own words naming an outlet, as `isRegisteredName` says of the name written whole.
 */
export function isDeclinedOutletName(text: string, registry: OutletRegistry, language: string): boolean {
  const t = text.trim().replace(/^[\p{P}\s]+|[\p{P}\s]+$/gu, "");
  if (t.length === 0 || t.length > 40 || !/^\p{Lu}/u.test(t) || t.split(/\s+/u).length > 3) return false;
  if (uninflected(t, language).some((n) => registryWhole(n, registry))) return true;
  return /^[\p{Script=Cyrillic}\s'’-]+$/u.test(t) && cyrillicCaseOutlet(t, registry) !== undefined;
}

type RegistryEntry = OutletRegistry["entries"][number];

/** Per registry, its names of several words run together ("korea times" → "koreatimes"), each with the outlets so named, in registry order. */
const joinedNames = new WeakMap<OutletRegistry, Map<string, RegistryEntry[]>>();

/**
 * A registry's names of several words, run together, built once: every capitalised single token asked for flattened all
 * of the registry's ~1,400 names and aliases again (~5% of reading time).
 */
function joinedNameIndex(registry: OutletRegistry): Map<string, RegistryEntry[]> {
  let index = joinedNames.get(registry);
  if (!index) {
    index = new Map();
    const flat = (n: string): string => n.toLowerCase().replace(/^the\s+/u, "").replace(/[^\p{L}\p{N}]/gu, "");
    for (const e of registry.entries) {
      // One entry once under each flat name, however many of its names give it.
      for (const key of new Set([e.name, ...e.aliases].filter((n) => /\s/u.test(n)).map(flat))) {
        const list = index.get(key);
        if (list) list.push(e);
        else index.set(key, [e]);
      }
    }
    joinedNames.set(registry, index);
  }
  return index;
}

/** A registry name written as one word ("KoreaTimes" for "Korea Times"): only a single capitalised token, only one outlet so written. */
function joinedName(name: string, registry: OutletRegistry): RegistryEntry | undefined {
  if (!/^\p{Lu}[\p{L}\p{N}]*\p{Lu}[\p{L}\p{N}]*$/u.test(name)) return undefined;
  const hits = joinedNameIndex(registry).get(name.toLowerCase()) ?? [];
  return hits.length === 1 ? hits[0] : undefined;
}

function words(name: string): string[] {
  return name.split(/\s+/u).filter((w) => w.length > 0);
}

function hasCueWord(name: string, cues: readonly string[]): boolean {
  // A brand written with one letter and a hyphen before a word ("e-Glas", "e-vijesti": electronic news) is the letter
  // and the word: the word may be the outlet noun.
  const ws = words(name.toLowerCase())
    .map((w) => w.replace(/[^\p{L}\p{N}-]/gu, ""))
    .flatMap((w) => (/^\p{L}-\p{L}/u.test(w) ? [w.slice(0, 1), w.slice(2)] : [w]));
  // The first word of a name is its own ("Times" alone is nothing; "Lagos Times" is a newspaper).
  return ws.length > 1 && cues.some((c) => (c.includes(" ") ? name.toLowerCase().includes(c) : ws.slice(1).includes(c)));
}

/** The genitive endings a German or Dutch noun takes after "des", "nach Angaben des Ministeriums". */
const GENITIVE_S = /(?:e?s)$/u;

/**
 * Where the language writes compounds as one word, a name that opens with a body's noun, a compound ending in one, or
 * either in the genitive ("Arbeitsministerium", "Bundesverband der Arbeitgeber", "Ministeriums"): the body, as written
 * in the nominative. hasCueWord compares whole words after the first and never the first, which is the body's here.
 */
function compoundBody(name: string, frames: LanguageFrames): string | undefined {
  if (frames.compoundNouns !== true) return undefined;
  const bare = name.replace(/^(?:der|die|das|dem|den|des)\s+/iu, "");
  const [first = "", ...rest] = words(bare);
  if (!/^\p{Lu}/u.test(first)) return undefined;
  const lower = first.toLowerCase();
  if (isOrganisationWord(lower, frames)) return bare;
  const nominative = first.replace(GENITIVE_S, "");
  return nominative !== first && isOrganisationWord(nominative.toLowerCase(), frames) ? [nominative, ...rest].join(" ") : undefined;
}

/**
 * The language's outlet cue words that are no organisation word too. "Agency" is both: "the Environment Agency" is a
 * public body, and a news agency names itself by another cue word beside it ("Velmar News Agency", "Karsk Press Agency"),
 * so the shared word alone makes no outlet.
 */
const outletOnlyCues = perLanguage((frames): string[] => {
  const organisation = new Set(frames.organisationCues.map((c) => c.toLowerCase()));
  return frames.outletCues.filter((c) => !organisation.has(c.toLowerCase()));
});

/**
 * A name written in Latin letters only. Outlets keep their English names in texts of every language ("据Harbor Times报道",
 * "сообщает Harbor Times", "secondo Valley News"): the English outlet words mark such a name as the language's own do.
 */
const LATIN_LETTERS = /^[\p{Script=Latin}\p{N}\s&.'’-]+$/u;

/** Fewest letters before an outlet ending for a word to be a publication's compound ("Dag|bladet"; "M|avis" is a name). */
const PUBLICATION_STEM = 3;

/**
 * True when a name of two words at least opens on one of its language's outlet words or on a compound ending in one of
 * its outlet endings ("Dagbladet Norr", "Tidningen Väst", "Aftenposten Junior"), outside English, where a person may be
 * called so ("Post Malone"): a publication's name, never a person's.
 */
export function opensOnPublicationWord(name: string, frames: LanguageFrames): boolean {
  const ws = words(name);
  const first = (ws[0] ?? "").toLocaleLowerCase(frames.language);
  if (frames.language === "en" || ws.length < 2 || !/^\p{L}+$/u.test(first)) return false;
  return frames.outletCues.includes(first) || (frames.outletSuffixes ?? []).some((x) => first.endsWith(x) && first.length - x.length >= PUBLICATION_STEM);
}

function hasSuffix(name: string, suffixes: readonly string[] | undefined): boolean {
  // A bracketed gloss ("洋葱报(The Radish)") is not part of the name's ending.
  const bare = name.replace(/\s*[(（][^()（）]*[)）]\s*$/u, "");
  return (suffixes ?? []).some((s) => bare.endsWith(s) && bare.length > s.length);
}

function isGeneric(name: string, frames: LanguageFrames): boolean {
  const lower = name.toLowerCase();
  // "Iraqi media" ends in a generic noun; "Valle Prensa" is a name that ends in a capitalised one.
  const lastWritten = name.trim().split(/\s+/u).pop() ?? "";
  const endsLower = lastWritten === lastWritten.toLowerCase();
  if ((frames.genericSources ?? []).some((g) => lower === g || (endsLower && lower.endsWith(` ${g}`)))) return true;
  const ws = words(lower).filter((w) => !frames.nameStopwords.includes(w));
  // "News", "Media", "Sources": a lone cue, source or role noun names nobody ("하늘신문 편집장은": the paper's editor, not
  // a paper called "editor"); "Daily Express" is two cue words and a name.
  return ws.length === 0 || (ws.length === 1 && (sourceNounOf(ws[0] as string, frames) !== undefined || [frames.outletCues, frames.roleNouns].some((list) => list.includes(ws[0] as string))));
}

/**
 * True when a name has no small letter ("TELE VALEA", "RADIO SUD"): running prose writes a person's name in small letters
 * after its capital, and an acronym's, a brand's or a station's name in capitals only.
 */
function writtenInCapitals(name: string): boolean {
  return /\p{Lu}/u.test(name) && !/\p{Ll}/u.test(name);
}

/**
 * True when `raw`, at `at` in `text`, is an article written with its capital inside a sentence and one capitalised word
 * ("…, The News reported"), or opening a sentence that goes on in small letters ("The News reported …"): a title, as no
 * common noun is written so ("The news reported …" names none). A place or a body is written so too ("issued by The
 * Vatican"): the caller asks for an outlet word as well.
 */
function titleByCapitalArticle(raw: string, at: number | undefined, text: string | undefined): boolean {
  const ws = words(raw);
  if (at === undefined || text === undefined || ws.length !== 2 || text.slice(at, at + raw.length) !== raw) return false;
  const [article, word] = ws as [string, string];
  if ((article !== "The" && !TITLE_ARTICLE.test(article)) || !/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  // Opening a sentence, the article's capital is the sentence's, but the word's still marks a title where the sentence
  // goes on in small letters ("The News reported …"); a headline in Title Case capitalises every word.
  return !opensSentence(text, at) || /^\s+\p{Ll}/u.test(text.slice(at + raw.length));
}

/** Articles written with a capital that family names carry ("Marine Le Pen", "Ana La Rosa", "Robert De Niro", "Dick Van Dyke"). */
export const CAPITALISED_SURNAME_PARTICLE = /^(?:Le|La|Les|De|Di|Da|Del|Della|Du|Des|Dos|Van|Von)$/u;

/** True when a name's second word is a family name's particle written with a capital, between a first word and a last ("Paul Le Parisien"). */
function particleAfterGivenName(name: string): boolean {
  const ws = words(name);
  return ws.length >= 3 && CAPITALISED_SURNAME_PARTICLE.test(ws[1] ?? "") && !CAPITALISED_SURNAME_PARTICLE.test(ws[0] ?? "");
}

/**
 * True when `word`, written with a capital right before `rest`, which opens on a family name's particle written with a
 * capital ("Jean" before "Le Monde"), is the given name of the person that family name belongs to: no function word, place,
 * role, body's or outlet's word of the language, nor a weekday or month ("Hier Le Monde", "Paris Le Monde", "Lundi Le Monde"
 * stay an adverb, a place or a day and a paper).
 */
function givenNameBeforeParticle(word: string, rest: string, frames: LanguageFrames): boolean {
  if (!CAPITALISED_SURNAME_PARTICLE.test(words(rest)[0] ?? "") || words(rest).length < 2) return false;
  const lower = word.toLowerCase();
  const functionWords = [frames.nameStopwords, frames.determiners, frames.prepositions ?? [], frames.complementisers ?? [], frames.opinionLeads ?? [], frames.accordingLeads ?? [], frames.pronouns.singular, frames.pronouns.plural, frames.roleNouns, frames.organisationCues, frames.outletCues];
  return !functionWords.some((list) => list.includes(lower)) && !isPlace(word) && !isCalendarWord(word, frames.language);
}

/** True when a name's first word is a given name compromise's lexicon knows ("Hans", "Anna"). */
function opensOnGivenName(name: string): boolean {
  return isKnownGivenName(words(name)[0] ?? "");
}

/**
 * Whether `text` writes `name` in quotation marks right after a person's given name and surname ("Xavier Ruiz “Xavito”",
 * "el comediante Ramiro Estrada 'Ramirito'"): a nickname, which the press quotes as it quotes a title, so the marks
 * around it elsewhere make it no publication's name.
 */
export function nicknameInText(name: string, text: string | undefined): boolean {
  // Latin script only: Russian and Ukrainian write the outlet told, in guillemets, right after the speaker's name
  // ("сказал Иван Петров «Северу»"), which is no nickname.
  if (!text || !/^\p{Script=Latin}/u.test(name)) return false;
  const fullName = "\\p{Lu}[\\p{Ll}’'-]+\\s+\\p{Lu}[\\p{Ll}’'-]+(?:\\s+\\p{Lu}[\\p{Ll}’'-]+)?";
  return new RegExp(`(?<![\\p{L}])${fullName}\\s*[“"'‘«„]\\s*${escapeRegExp(name)}\\s*[”"'’»“]`, "u").test(text);
}

function personLike(name: string, frames: LanguageFrames): boolean {
  if (words(name).length < 2 || /[’']s\s/u.test(name) || LEADING_ARTICLE.test(name) || writtenInCapitals(name)) return false;
  if (frames.language === "en") return namesAPerson(name);
  // A name in Latin letters that ends in an outlet word ("Roma Today", "Harbor Times" in a Chinese text) is a person's
  // only where its first words are a known given name ("Emily Post"), as in English.
  const lastWord = (words(name).pop() ?? "").toLowerCase();
  if (LATIN_LETTERS.test(name) && (frames.outletCues.includes(lastWord) || en.outletCues.includes(lastWord))) return namesAPerson(name);
  // Elsewhere compromise knows no names: two or three capitalised words with no outlet cue read as a person, with the
  // particles family names carry between them ("Jan de Vries", "Ana dos Santos", "Ursula von der Leyen").
  const ws = words(name);
  // A name that opens on an outlet word ("Tribune de Genève", "Jornal do Brasil") is a title, not a person.
  // So is one that opens on an outlet noun ("Wochenzeitung Kellbacher Echo": the weekly Kellbacher Echo).
  if (frames.outletCues.includes((ws[0] ?? "").toLowerCase()) || outletNounWord(frames).test(ws[0] ?? "")) return false;
  const capitalised = ws.filter((w) => /^\p{Lu}/u.test(w));
  return /^\p{Lu}/u.test(name) && /^\p{Lu}/u.test(ws[ws.length - 1] ?? "") && capitalised.length >= 2 && capitalised.length <= 3 && ws.every((w) => /^\p{Lu}/u.test(w) || NAME_PARTICLES.has(w));
}

/**
 * True when a name reads as a publication's by its own words, so never as a person's: a web address ("Harbour.hu"), or a
 * name with an outlet word after its first word ("Tavi TV", `outletOnlyCues`) or a numbered channel ("Canal 9") that
 * does not read as a person's ("Emily Post" does). The speaker readers ask it; the frames weigh the same words as evidence.
 */
export function namesAnOutletByItsWords(name: string, frames: LanguageFrames): boolean {
  if (siteOfAddress(name) !== undefined) return true;
  // The outlet word ends the name ("Tavi TV"): one inside a run ("El Heraldo Minero Lucía Ferrer") may be followed by a
  // person's name, which the speaker readers cut off themselves.
  const last = (words(name).pop() ?? "").toLowerCase().replace(/[^\p{L}\p{N}-]/gu, "");
  return (NUMBERED_BROADCASTER.test(name.replace(LEADING_ARTICLE, "")) || (words(name).length > 1 && outletOnlyCues(frames).includes(last))) && !personLike(name, frames);
}

/**
 * True when a name may be a person's: `personLike`, or in English one word compromise knows as a given or family name
 * ("Lena's story"). Where an outlet word is shared with people ("X's story", `afterShared`), such a name is no outlet.
 */
function readsAsPerson(name: string, frames: LanguageFrames): boolean {
  if (personLike(name, frames)) return true;
  return frames.language === "en" && words(name).length === 1 && /^\p{Lu}\p{Ll}+$/u.test(name) && namesAPerson(name);
}

/**
 * "the Quillon Institute Digital News Report", "the Harbour Bank Housing Index": a body's name (an organisation word
 * before the last) and a title noun, written with a capital, at the end. An outlet word inside such a title ("News") is
 * the publication's subject, not its kind.
 */
/** A name of two words at least ending on a capitalised law noun (`lawTitles`: "Harbour Safety Act") that reads as no person's ("Jude Law"). */
function namesALaw(name: string, frames: LanguageFrames): boolean {
  const ws = words(name.replace(LEADING_ARTICLE, ""));
  const last = ws[ws.length - 1] ?? "";
  return ws.length >= 2 && /^\p{Lu}/u.test(last) && (frames.lawTitles ?? []).includes(last.toLowerCase()) && !personLike(name, frames);
}

function bodysPublication(name: string, frames: LanguageFrames): boolean {
  const ws = words(name.replace(LEADING_ARTICLE, ""));
  const last = ws[ws.length - 1] ?? "";
  if (ws.length < 3 || !/^\p{Lu}/u.test(last) || !(frames.documentTitles ?? []).includes(last.toLowerCase())) return false;
  return hasCueWord(`x ${ws.slice(0, -1).join(" ")}`, frames.organisationCues);
}

/** The decision that `name` is the outlet `outlet`, registered or not, at the confidence of the rule that read it. */
export function outletDecision(name: string, outlet: { key: string; name: string }, registered: boolean, rule: CitedRule): CitedDecision {
  return { type: "outlet", name, outlet: { ...outlet, registered }, confidence: RULE_CONFIDENCE[rule], rule };
}

/**
 * An outlet whose name is a common word ("Dawn", "Reforma"), read from a citation's words (`OutletEntry.mastheads`): as
 * registered or in capitals, and not as the word opening a sentence, whose capital is the sentence's ("Dawn broke over
 * the city") unless written all in capitals. Not as whom something was told: "told Dawn" names a person as often.
 */
function mastheadCited(name: string, cue: CitedCue, ctx: CitedContext): { key: string; name: string } | undefined {
  const asWritten = ctx.registry.byMasthead(name);
  if (cue.frame === "told" && asWritten) return undefined;
  // A language that declines names writes a masthead in the case the frame needs ("podle Ohledu", according to the weekly
  // Ohled): its nominative counts. Declined so, a masthead told ("řekl Ohledu") is the paper's: no person bears its name.
  const entry = asWritten ?? uninflected(name, ctx.frames.language).map((n) => ctx.registry.byMasthead(n)).find((e) => e !== undefined);
  if (!entry) return undefined;
  const capitals = name === name.toLocaleUpperCase();
  // "Cumhuriyet’in 8 Mart tarihli haberinde": a case ending after an apostrophe marks a proper name, wherever it stands.
  const suffixed = ctx.frames.nameSuffixApostrophe === true && cue.at !== undefined && ctx.text !== undefined && /^['’]\p{Ll}/u.test(ctx.text.slice(cue.at + name.length));
  if (!capitals && !suffixed && (cue.at === undefined || ctx.text === undefined || opensSentence(ctx.text, cue.at))) return undefined;
  return { key: outletKey(entry.name), name: entry.name };
}

/**
 * "Początkowo Polska Agencja Prasowa podała": a word that opens the sentence before a registry name, written with a
 * capital nowhere inside a sentence of the article, has its capital from its place (an adverb, a conjunction) and is no
 * part of the name: the rest, in any case form the declension gives back, is the registry's outlet. Never a registry name
 * itself, and never where the first word is one the article writes capitalised inside a sentence ("Lagos Times").
 */
function registryAfterSentenceOpener(name: string, at: number | undefined, ctx: CitedContext): { name: string; entry: { key: string; name: string } } | undefined {
  const first = /^(\p{Lu}\p{Ll}+)\s+(\S.*)$/u.exec(name);
  if (!first || at === undefined || ctx.text === undefined || ctx.text.slice(at, at + (first[1] as string).length) !== first[1]) return undefined;
  const [, opener, rest] = first as unknown as [string, string, string];
  if (!opensSentence(ctx.text, at) || capitalisedInside(opener, ctx.text) || registryWhole(opener, ctx.registry)) return undefined;
  // "Jean Le Monde a déclaré": before a family name's particle the word is a given name, and Jean Le Monde speaks.
  if (givenNameBeforeParticle(opener, rest, ctx.frames)) return undefined;
  const entry = registryWhole(rest, ctx.registry) ?? uninflected(rest, ctx.frames.language).map((n) => registryWhole(n, ctx.registry)).find((k) => k !== undefined);
  return entry ? { name: rest, entry } : undefined;
}

/**
 * "Muhabir gazetesinden …" (a paper called "Reporter"): one word that is a role or source noun of the language, written
 * with a capital beside the outlet noun the frame read, is that outlet's name, not the common noun. Not where every noun
 * is capitalised (German), nor a word that is itself an outlet word or a generic one ("la rivista Notizie").
 */
function namedByOutletNoun(name: string, cue: CitedCue, frames: LanguageFrames): boolean {
  const lower = name.toLowerCase();
  return cue.cue !== undefined && !frames.capitalisedNouns && /^\p{Lu}\p{Ll}+$/u.test(name) && [...frames.roleNouns, ...frames.anonymousHeads].includes(lower) && !frames.outletCues.includes(lower) && !(frames.genericSources ?? []).includes(lower);
}

/** True when a name's first word, with or without the definite article, is a noun for a kind of source, body or outlet ("الوزارة", "المصدر", "الصحيفة"): a common noun, no title. */
function namesAKindOfSource(name: string, frames: LanguageFrames): boolean {
  const first = name.split(/\s+/u)[0] ?? "";
  const bare = frames.definitePrefix && first.startsWith(frames.definitePrefix) ? first.slice(frames.definitePrefix.length) : first;
  const nouns = new Set([...frames.roleNouns, ...frames.anonymousHeads, ...frames.nameStopwords, ...frames.organisationCues, ...frames.outletCues, ...(frames.genericSources ?? [])]);
  return nouns.has(first) || nouns.has(bare);
}

/** True when a span of Arabic-script words stands whole between quotation marks in the text ("«النهار الجديد»", "“النهار الجديد”"), the marks in the span or around it. */
function quotedInArabicScript(raw: string, at: number | undefined, text: string | undefined): boolean {
  const inner = raw.replace(/^[«"“]/u, "").replace(/[»"”]$/u, "");
  if (!/^[\p{Script=Arabic}\p{M}\s\u200c]+$/u.test(inner)) return false;
  const opened = /^[«"“]/u.test(raw) || (at !== undefined && text !== undefined && /[«"“]\s?$/u.test(text.slice(Math.max(0, at - 2), at)));
  const from = at !== undefined && text !== undefined ? text.indexOf(raw, at) : -1;
  const closed = /[»"”]$/u.test(raw) || (from >= 0 && /^\s?[»"”]/u.test((text as string).slice(from + raw.length, from + raw.length + 2)));
  return opened && closed;
}

/** What a cited name may be besides an outlet; each is decided by the rule of the same name. */
type NotAnOutlet = Exclude<CitedType, "outlet"> & CitedRule;

/** The decision that a cited name is a person's, a body's, a document's, a place's or a common noun, at its rule's confidence. */
function namedAs(type: NotAnOutlet, name: string): CitedDecision {
  return { type, name, confidence: RULE_CONFIDENCE[type], rule: type };
}

function unregistered(name: string, rule: CitedRule): CitedDecision {
  const label = name.replace(/^the\s+/iu, "");
  return outletDecision(name, { key: outletKey(label), name: label }, false, rule);
}

/** Nationality adjectives a descriptor may carry ("the Chinese newspaper"), with the registry country each names. "Korean" is left out: North or South. */
export const NATIONALITY_ADJECTIVES: Readonly<Record<string, string>> = {
  american: "US", british: "GB", chinese: "CN", french: "FR", german: "DE", russian: "RU", iranian: "IR",
  japanese: "JP", "south korean": "KR", "north korean": "KP", italian: "IT", spanish: "ES", indian: "IN", turkish: "TR", israeli: "IL", qatari: "QA",
  saudi: "SA", egyptian: "EG", australian: "AU", canadian: "CA", taiwanese: "TW", ukrainian: "UA", pakistani: "PK", brazilian: "BR",
  mexican: "MX", irish: "IE", dutch: "NL", swiss: "CH", austrian: "AT", belgian: "BE", polish: "PL", swedish: "SE", norwegian: "NO", danish: "DK",
  greek: "GR", emirati: "AE", lebanese: "LB", syrian: "SY", iraqi: "IQ", jordanian: "JO", nigerian: "NG", "south african": "ZA", kenyan: "KE",
  argentine: "AR", argentinian: "AR", colombian: "CO", venezuelan: "VE", chilean: "CL", peruvian: "PE", filipino: "PH", indonesian: "ID",
  vietnamese: "VN", thai: "TH", malaysian: "MY", singaporean: "SG", portuguese: "PT",
  czech: "CZ", slovak: "SK", hungarian: "HU", romanian: "RO", bulgarian: "BG", serbian: "RS", croatian: "HR", slovenian: "SI", finnish: "FI",
  estonian: "EE", latvian: "LV", lithuanian: "LT", belarusian: "BY", georgian: "GE", armenian: "AM", azerbaijani: "AZ", kazakh: "KZ", uzbek: "UZ",
  albanian: "AL", bosnian: "BA", macedonian: "MK", montenegrin: "ME", cypriot: "CY", maltese: "MT", icelandic: "IS", moroccan: "MA", algerian: "DZ",
  tunisian: "TN", libyan: "LY", sudanese: "SD", ethiopian: "ET", ghanaian: "GH", tanzanian: "TZ", ugandan: "UG", rwandan: "RW", senegalese: "SN",
  yemeni: "YE", omani: "OM", kuwaiti: "KW", bahraini: "BH", palestinian: "PS", afghan: "AF", bangladeshi: "BD", "sri lankan": "LK", nepali: "NP",
  nepalese: "NP", burmese: "MM", cambodian: "KH", mongolian: "MN", cuban: "CU", ecuadorian: "EC", bolivian: "BO",
  uruguayan: "UY", paraguayan: "PY",
};
/**
 * Places written before an outlet noun as its country ("a US newspaper", "the Hong Kong-based outlet", "a Singapore
 * daily"), with the registry country each names: not adjectives, but they place a descriptor as one does.
 */
export const PLACE_MODIFIERS: Readonly<Record<string, string>> = {
  us: "US", "u.s.": "US", uk: "GB", "u.k.": "GB", "hong kong": "HK", "new zealand": "NZ", singapore: "SG",
};
/** Every word that places a descriptor in a country, adjective or place. */
const COUNTRY_WORDS: Readonly<Record<string, string>> = { ...NATIONALITY_ADJECTIVES, ...PLACE_MODIFIERS };
/** Adjectives of a region no one country owns ("European regulators", "a Scandinavian daily"): they name no country and no one. */
const REGIONAL_ADJECTIVES: ReadonlySet<string> = new Set(["european", "african", "asian", "arab", "scandinavian", "nordic", "baltic", "balkan", "caribbean", "latin american", "middle eastern"]);

/**
 * A name that is only a nationality or regional adjective ("Polish", "the Czech", "European"): it describes an outlet or
 * a group of people, it never names one. A place alone ("Singapore") is left to the place veto.
 */
export function isDemonymOnly(name: string): boolean {
  const t = name.trim().toLowerCase().replace(/^(?:the|an?)\s+/u, "");
  return Object.hasOwn(NATIONALITY_ADJECTIVES, t) || REGIONAL_ADJECTIVES.has(t);
}
const DEMONYM = new RegExp(`(?<![\\p{L}.])(${Object.keys(COUNTRY_WORDS).sort((a, b) => b.length - a.length).map(escapeRegExp).join("|")})(?![\\p{L}])`, "u");

/** Country-code domains sold to anyone ("quillon.tv", "valley.io"): they say nothing about where an outlet is. */
const OPEN_CCTLDS = new Set(["tv", "io", "co", "me", "fm", "ai", "ly", "am", "cc", "ws", "to", "gg", "la", "nu", "su"]);

/** The country an outlet's own domain names, for an outlet the registry gives none (a case's outlet at "valleypost.it" is Italian). */
function countryOfDomain(domain: string): string | undefined {
  const tld = domain.toLowerCase().split(".").pop() ?? "";
  if (tld.length !== 2 || OPEN_CCTLDS.has(tld)) return undefined;
  return tld === "uk" ? "GB" : tld.toUpperCase();
}

/** The country a descriptor's nationality adjective names ("the state-run Chinese newspaper" → CN), if any. */
function descriptorCountry(lowerDescriptor: string): string | undefined {
  const m = DEMONYM.exec(lowerDescriptor);
  return m ? COUNTRY_WORDS[m[1] as string] : undefined;
}

/**
 * "the German Ostsee-Rundschau", "the Danish Nordposten": a nationality adjective written before an outlet's name
 * describes it, as it does before an outlet noun ("the German daily X"). Only where the rest is an outlet the registry
 * or the case names, written whole, and the whole names none: names that open on a nationality ("The Irish Times",
 * "Deutsche Welle") are read whole before this. Never a short form of a longer name ("Irish Times" is no "The Sunday
 * Times" by its "Times"), nor an outlet the registry places in another country than the adjective, nor a lone masthead
 * noun: a nationality and "Times" or "Herald" is the whole name of a paper of its own, as "Lagos Times" is.
 */
function outletAfterNationality(name: string, registry: OutletRegistry, frames: LanguageFrames): { key: string; name: string } | undefined {
  const ws = name.replace(LEADING_ARTICLE, "").split(/\s+/u);
  for (const n of [1, 2]) {
    const adjective = ws.slice(0, n).join(" ").toLowerCase();
    const rest = ws.slice(n).join(" ");
    if (ws.length <= n || !Object.hasOwn(NATIONALITY_ADJECTIVES, adjective) || !/^\p{Lu}/u.test(rest)) continue;
    if (ws.length === n + 1 && frames.outletCues.includes(rest.toLowerCase())) continue;
    const entry = registry.byName(rest);
    if (!entry || (entry.country !== undefined && entry.country !== NATIONALITY_ADJECTIVES[adjective])) continue;
    const full = words(entry.name.replace(LEADING_ARTICLE, "")).map((w) => w.toLowerCase());
    const part = words(rest.replace(LEADING_ARTICLE, "")).map((w) => w.toLowerCase());
    const shortOfFull = part.length < full.length && (full.slice(-part.length).join(" ") === part.join(" ") || full.slice(0, part.length).join(" ") === part.join(" "));
    if (!shortOfFull) return { key: outletKey(entry.name), name: entry.name };
  }
  return undefined;
}

/** The kind a company descriptor fits: none of the registry's kinds. */
const COMPANY = "company";

/** Outlet nouns that say what kind of outlet a descriptor stands for, with the registry kinds each fits (state media run agencies, papers and channels). */
const DESCRIPTOR_KIND_NOUNS: Readonly<Record<string, readonly string[]>> = {
  agency: ["agency", "state_media"],
  newspaper: ["newspaper", "state_media"],
  broadcaster: ["broadcaster", "state_media"],
  // A company is no news outlet: it stands for an outlet of the case only where that is the company itself (its press
  // release is an article of the case, an outlet the registry gives no kind), named as its sentence's subject.
  company: [COMPANY],
  firm: [COMPANY],
  وكالة: ["agency", "state_media"],
  صحيفة: ["newspaper", "state_media"],
  جريدة: ["newspaper", "state_media"],
  قناة: ["broadcaster", "state_media"],
};

/** The registry kinds a descriptor's outlet noun fits ("the agency", "الوكالة", "للصحيفة"), or undefined when its noun says no kind. */
function descriptorKinds(lowerDescriptor: string): readonly string[] | undefined {
  for (const w of words(lowerDescriptor)) {
    const bare = w.replace(/^(?:ال|لل|بال|وال|ل)/u, "");
    const kinds = DESCRIPTOR_KIND_NOUNS[w] ?? DESCRIPTOR_KIND_NOUNS[bare];
    if (kinds) return kinds;
  }
  return undefined;
}

/**
 * True where the article wrote the descriptor's noun shortly before it for something it left unnamed: "A US website had
 * put up an item linked to X … One of the website's editors …" (a noun with no definite article or possessive before
 * it in its sentence, nor set beside the outlet's name as its appositive, "X, a website run by …"). "The website" may
 * then mean that one as well as the outlet, so it names neither.
 */
function nounIntroducedUnnamed(descriptor: string, at: number, outletName: string, ctx: CitedContext): boolean {
  const noun = words(descriptor).pop()?.replace(/['’]s$/u, "");
  if (!noun || ctx.text === undefined) return false;
  const window = ctx.text.slice(Math.max(0, at - DESCRIPTOR_REACH), at);
  for (const m of window.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(noun)}(?![\\p{L}\\p{N}])`, "giu"))) {
    const lead = window.slice(0, m.index).split(/[.!?\n]/u).pop() ?? "";
    if (lead.slice(-60).includes(`${outletName},`)) continue;
    const before = lead.trim().split(/\s+/u).filter(Boolean).slice(-2).map((w) => w.toLowerCase());
    const determined = before.some((w) => isDefinite(w, ctx.frames.language) || (ctx.frames.possessives ?? []).includes(w) || /['’]s$/u.test(w));
    if (!determined) return true;
  }
  return false;
}

/** Resolves a descriptor ("the Hong Kong-based outlet") through a registry descriptor matched whole, else to the outlet this article named before it; otherwise nothing. */
function decideDescriptor(text: string, ctx: CitedContext, at?: number): CitedDecision | undefined {
  const t = text.trim().toLowerCase().replace(LEADING_ARTICLE, "");
  const matches = ctx.registry.entries.filter((e) => e.descriptors.some((d) => d.toLowerCase() === t));
  // Only an outlet the article itself names: a descriptor that merely fits a registry outlet ("the Hong Kong-based outlet")
  // says nothing of one the text never mentions, which would be invented.
  const namedKeys = new Set([...(ctx.named ?? []).map((n) => n.key), ...(ctx.lastOutlet ? [ctx.lastOutlet.key] : [])]);
  if (matches.length === 1 && namedKeys.has(outletKey((matches[0] as (typeof matches)[number]).name))) {
    const e = matches[0] as (typeof matches)[number];
    return outletDecision(text, { key: outletKey(e.name), name: e.name }, true, "descriptor-registry");
  }
  // A descriptor the registry gives to an outlet the article does not name stands for that unnamed outlet: no other.
  if (matches.length > 0) return undefined;
  // A descriptor that carries a name of its own ("the io9 Web site", "the reuters.com site") is that name's outlet.
  const inner = words(t).slice(0, -1).filter((w) => !/^(?:web|news|online|media)$/u.test(w));
  const own = inner.length === 1 ? (inner[0] as string) : "";
  if (own && /\p{N}|\./u.test(own)) {
    const original = words(text.trim()).find((w) => w.toLowerCase() === own) ?? own;
    const entry = registryWhole(original, ctx.registry);
    return entry ? outletDecision(original, entry, true, "registry") : unregistered(original, "outlet-noun");
  }
  // "the Aftenposten newspaper", "the Morvik Courier newspaper": a capitalised name between the article and the noun is
  // this outlet's own name, not a pointer back to the outlet named before: registered, it is cited. An unregistered
  // single word there may be an adjective ("the Catholic newspaper") that still means the outlet named before; two or
  // more capitalised words are a name, and then no earlier outlet is meant, unless they are a country or place ("the
  // New York newspaper"). Hyphened words ("Kremlin-backed") describe, they do not name: left to the reading below.
  const innerOriginal = words(text.trim().replace(LEADING_ARTICLE, "")).slice(0, -1);
  const capitalised = innerOriginal.filter((w) => /^\p{Lu}/u.test(w));
  if (capitalised.length > 0 && !innerOriginal.some((w) => w.includes("-"))) {
    const entry = registryWhole(innerOriginal.join(" "), ctx.registry);
    if (entry) return outletDecision(innerOriginal.join(" "), entry, true, "registry");
    if (capitalised.length >= 2 && descriptorPlace(t) === undefined) return undefined;
  }
  // The nearest outlet the article named shortly before the descriptor ("The Quillon Gazette … the satirical paper announced"); one
  // named paragraphs earlier is too far to be what a reader takes "the newspaper" for.
  const last = ctx.lastOutlet;
  const candidates = [...(ctx.named ?? []), ...(last?.start !== undefined ? [{ ...last, start: last.start }] : [])].sort((a, b) => a.start - b.start);
  // "the Chinese newspaper": only an outlet the registry places in that country can be meant, wherever before (the title
  // included) the article named it; the nationality is the evidence the distance limit otherwise stands in for.
  const country = descriptorCountry(t);
  const countryOf = (n: { name: string }): string | undefined => {
    const entry = ctx.registry.byName(n.name);
    return entry?.country ?? entry?.domains.map(countryOfDomain).find((c) => c !== undefined);
  };
  // "the Singapore daily" after "the Hong Kong-based outlet": an outlet an earlier descriptor of this article placed
  // elsewhere is not the one a descriptor naming another place means.
  const place = descriptorPlace(t);
  const placedElsewhere = (n: { key: string }): boolean => place !== undefined && ctx.placed?.get(n.key) !== undefined && ctx.placed.get(n.key) !== place;
  const before =
    at === undefined
      ? []
      : candidates.filter(
          (n) =>
            n.start < at &&
            n.key !== ctx.ownKey &&
            !subjectOfClause(ctx, n.start, at) &&
            !placedElsewhere(n) &&
            // A place no country names ("the Jakarta daily"): only an outlet this article's descriptors put there.
            (country ? countryOf(n) === country : place !== undefined ? ctx.placed?.get(n.key) === place : at - n.start <= DESCRIPTOR_REACH || n.start < 0),
        );
  // "the agency", "الوكالة": only an outlet of that kind can be meant, and of two such the descriptor says not which.
  const kinds = descriptorKinds(t);
  if (kinds && at !== undefined) {
    // "Tan Long Energy broke ground on …, the company said": the company is the subject its sentence opens on, no outlet before.
    const opensSentence = (n: { start: number }) => kinds.includes(COMPANY) && ctx.text !== undefined && n.start >= 0 && /(?:^|[.!?]["”’)]?\s+|\n\s*)$/u.test(ctx.text.slice(Math.max(0, n.start - 4), n.start)) && !/[.!?]\s/u.test(ctx.text.slice(n.start, at));
    const fits = before.filter((n) => {
      if (kinds.includes(COMPANY) && !opensSentence(n)) return false;
      const kind = ctx.registry.byName(n.name)?.kind;
      // An outlet the registry does not class fits unless the article gave it another kind where it named it ("the
      // local newspaper X" is no "agency": "the district disaster agency" is some other body).
      if (kind === undefined || kind === "unknown") {
        const described = ctx.text && n.start >= 0 ? descriptorKinds(ctx.text.slice(Math.max(0, n.start - 30), n.start).trim().toLowerCase().split(/\s+/u).slice(-3).join(" ")) : undefined;
        return !described || kinds.includes(described[0] as string);
      }
      return kinds.includes(kind);
    });
    const keys = new Set(fits.map((n) => n.key));
    const only = fits[fits.length - 1];
    return keys.size === 1 && only ? outletDecision(text, { key: only.key, name: only.name }, true, "descriptor-antecedent") : undefined;
  }
  const antecedent = before[before.length - 1] ?? (at === undefined && (!country || (last && countryOf(last) === country)) && !(last && placedElsewhere(last)) ? last : undefined);
  if (antecedent && at !== undefined && nounIntroducedUnnamed(t, at, antecedent.name, ctx)) return undefined;
  if (antecedent) {
    if (place !== undefined) (ctx.placed ??= new Map()).set(antecedent.key, place);
    return outletDecision(text, { key: antecedent.key, name: antecedent.name }, true, "descriptor-antecedent");
  }
  return undefined;
}

/** Characters before a name within which the clause it is the subject of must begin. */
const SUBJECT_LEAD = 80;

/** Where a clause begins: after a sentence's end, a semicolon or colon, a line break, or a comma and a conjunction ("…, and"). */
const clauseBoundary = perLanguage((frames) => new RegExp(`(?:[.!?;:]["”’)]?\\s+|\\n|,\\s*${conjunction(frames.language)}\\s+)`, "giu"));

/**
 * Whether the outlet named at `named` opens the clause that holds a descriptor at `at` ("The site X repeated it citing
 * the tabloid", "X said the newspaper had …"): a description in its subject's own clause names another outlet than that
 * subject, which it would otherwise call "it" (X citing the tabloid cites someone else).
 */
function subjectOfClause(ctx: CitedContext, named: number, at: number): boolean {
  const text = ctx.text;
  if (text === undefined || named < 0) return false;
  // Read from a little before the name: a clause that began further back has more than a few words before it.
  const from = Math.max(0, named - SUBJECT_LEAD);
  let clauseStart = from === 0 ? 0 : -1;
  for (const m of text.slice(from, at).matchAll(clauseBoundary(ctx.frames))) clauseStart = from + m.index + m[0].length;
  if (clauseStart < 0 || named < clauseStart) return false;
  // A description set off by a comma ("…, the company said in a release") is the clause's trailing speech tag: who says
  // what the clause tells, most often its own subject.
  if (/,\s*$/u.test(text.slice(named, at))) return false;
  // Only a few words (an article, a describing noun) before the name, no comma: the name is the clause's subject.
  return /^(?:[\p{L}\p{M}'’-]+\s+){0,3}$/u.test(text.slice(clauseStart, named));
}

/** Where a descriptor says its outlet is ("hong kong-based outlet" → HK, "singapore daily" → SG, "the Velmar newspaper" → velmar), if it says. */
/**
 * A descriptor's shape written as a title: two words or more after the article, each with a capital but a name's particle
 * between two ("El Diario de Valdora"), none placing it ("The Spicy Daily", not "the Chinese Daily").
 */
function titledName(text: string): boolean {
  const ws = words(text.trim().replace(LEADING_ARTICLE, ""));
  const lower = text.trim().toLowerCase().replace(LEADING_ARTICLE, "");
  return ws.length >= 2 && ws.every((w, i) => /^\p{Lu}/u.test(w) || (i > 0 && i < ws.length - 1 && NAME_PARTICLES.has(w))) && descriptorPlace(lower) === undefined;
}

function descriptorPlace(lowerDescriptor: string): string | undefined {
  const unhyphened = lowerDescriptor.replace(/-(?:based|owned|run|backed|funded|affiliated|linked|controlled|leaning)\b/gu, "");
  const country = descriptorCountry(unhyphened);
  if (country) return country;
  const ws = words(unhyphened).slice(0, -1);
  for (let len = Math.min(3, ws.length); len >= 1; len--) {
    for (let i = 0; i + len <= ws.length; i++) {
      const cand = ws.slice(i, i + len).join(" ");
      if (isPlace(cand)) return cand;
    }
  }
  return undefined;
}


/**
 * Thai writes no space between a clause word and the subject after it ("ขณะที่ไทยรัฐรายงานว่า", while Thairath reported):
 * a frame bounding the name on its right only takes those words in. The registry's name that ends the run, starting
 * where a word starts (the word segmenter's, `unspacedWords`), longest first, is the one cited; never a piece that
 * starts inside a word. Thai only: Chinese and Japanese frames bound their names by their own cue words.
 */
function registeredThaiTail(raw: string, registry: OutletRegistry): { written: string; entry: { key: string; name: string } } | undefined {
  if (!/^\p{Script=Thai}+$/u.test(raw)) return undefined;
  for (const w of unspacedWords(raw)) {
    if (w.start === 0) continue;
    const written = raw.slice(w.start);
    const entry = registryWhole(written, registry);
    if (entry) return { written, entry };
  }
  return undefined;
}

/** One way a script writes an outlet whose name is in another: which names it reads, and the outlet such a name is. */
interface TransliteratedOutlet {
  /** Whether the name is wholly in the script (and, where the script is shared, the language) this reading reads. */
  writes: (name: string, language: string) => boolean;
  /** The registry's or the case's outlet the name writes, if any. */
  outlet: (name: string, registry: OutletRegistry) => { key: string; name: string } | undefined;
}

/** Registry entry to an outlet's key and display name. */
const outletOf = (entry: { name: string } | undefined): { key: string; name: string } | undefined => (entry ? { key: outletKey(entry.name), name: entry.name } : undefined);

/** The readings `decideCited` tries, in this order, on a name no registry name matched as written. */
const TRANSLITERATED_OUTLETS: readonly TransliteratedOutlet[] = [
  {
    // Cyrillic and Greek write a foreign outlet by its sound ("Онион"): its Latin spelling, matched whole, is that
    // outlet; a Cyrillic name in any case is one case outlet by its consonants (cyrillicCaseOutlet).
    writes: (name) => /^[\p{Script=Cyrillic}\p{Script=Greek}\s'’-]+$/u.test(name),
    outlet: (name, registry) => registryWhole(inLatin(name), registry) ?? (/\p{Script=Cyrillic}/u.test(name) ? outletOf(cyrillicCaseOutlet(name, registry)) : undefined),
  },
  {
    // Arabic and Persian write an outlet of the case by its consonants ("الساحل" for Al-Sahil), Hindi by its sound: the
    // one case outlet whose Latin name has the same consonants is that outlet. Only the case's outlets, whose names the
    // case gives. Chinese writes it in characters read in pinyin ("海港日报" for Haigang Ribao), whose consonants meet its
    // Latin name's too.
    writes: (name, language) => /^[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}\p{M}\s\u200c'’-]+$/u.test(name) || (language === "zh" && /^\p{Script=Han}+$/u.test(name)),
    outlet: (name, registry) => {
      // The transliterator writes two letters of a word's end as signs, alef maksura (ى) "~" and ta marbuta (ة) "@"
      // ("صدى" "Sd~"): both are vowels there, as in the Latin spelling ("Sada"), and no consonant.
      const consonants = consonantsOf(inLatin(name).replace(/[~@]/gu, ""));
      return consonants ? outletOf(registry.byConsonants(consonants)) : undefined;
    },
  },
  {
    // Japanese writes a foreign outlet of the case by its sound in katakana ("ランタン・ポスト" for The Lantern Post): the
    // one case outlet whose Latin name sounds the same (core/outlets.ts soundedInKana) is that outlet.
    writes: (name) => /^[\p{Script=Katakana}ー・\s]+$/u.test(name),
    outlet: (name, registry) => {
      const sounds = soundedInKana(kanaInLatin(name));
      return sounds ? outletOf(registry.byKana(sounds)) : undefined;
    },
  },
];

/** The language's date phrase ("am Montag", "on Monday"), matched whole. */
const wholeDate = perLanguage((frames) => new RegExp(`^(?:${frames.date})$`, "u"));

/** True when the frame's outlet noun before the name is one of the language's nouns for a news agency (`agencyNouns`). */
function afterAgencyNoun(cue: CitedCue, frames: LanguageFrames): boolean {
  const noun = cue.cue?.trim().split(/\s+/u).pop()?.toLowerCase();
  return noun !== undefined && (frames.agencyNouns ?? []).includes(noun);
}

/** A number of at most three digits closing a name (attributions.ts reads one after a name). */
const TRAILING_NUMBER = /\s\p{Nd}{1,3}$/u;
/** A name written in capitals before its number ("ARDEAL 3"): a station's or a channel's, as no date or count is written. */
const CAPITALS_BEFORE_NUMBER = /^(?:\p{Lu}{2,}[\s.&-]+)+\p{Nd}{1,3}$/u;

/**
 * Decides what a cited span is. Returns undefined when the evidence says it names nobody an article can cite (a generic
 * noun, a lone unknown word) — saying less is better than inventing.
 */

export function decideCited(rawSpan: string, cue: CitedCue, ctx: CitedContext): CitedDecision | undefined {
  // "The Spicy Daily", "El Picante Diario" read like "the Chinese daily": an outlet the registry or the case names so,
  // or a title written in capitals that places nothing, is a name, not a descriptor looking for one.
  if (cue.descriptor) {
    const whole = registryWhole(rawSpan.trim().replace(/[.,;:!?]+$/u, ""), ctx.registry);
    if (whole) return outletDecision(rawSpan.trim(), whole, true, "registry");
    if (!titledName(rawSpan)) return decideDescriptor(rawSpan, ctx, cue.at);
  }
  // "the Velmar-based newspaper": an adjective before an outlet noun describes an outlet, it does not name one.
  if (cue.cue && ADJECTIVE_NAME.test(rawSpan.trim())) return decideDescriptor(`${rawSpan.trim()} ${cue.cue}`, ctx, cue.at);
  const { frames, registry } = ctx;
  // "các tài khoản Quillbook đăng tải": a name right after the noun of what it names is that place's or thing's.
  if (cue.at !== undefined && ctx.text !== undefined && namesItsNounBefore(ctx.text, cue.at, frames)) return undefined;
  // A list's bullet ("• ANTARA") is layout, never part of the name.
  const raw = rawSpan.trim().replace(LIST_BULLET, "").replace(/[.,;:!?]+$/u, "");

  // A domain names its site: the registry's outlet for it, else the domain itself.
  const host = siteOfAddress(raw);
  if (host) {
    const entry = registry.byDomain(host) ?? registryBySiteName(host, registry);
    return entry ? outletDecision(raw, { key: outletKey(entry.name), name: entry.name }, true, "domain") : unregistered(host, "domain");
  }

  // A title before the name ("Dr. Amy Hale", "Prof. Lin") makes it a person, whatever follows.
  if (new RegExp(`^(?:${HONORIFIC})\\.?\\s+\\p{Lu}`, "u").test(raw)) {
    const person = cleanName(raw, frames);
    return person ? namedAs("person", person) : undefined;
  }
  // The span as written, whole, first: an outlet noun may be part of a registered name ("The Wall Street Journal"), and
  // a registered name may be two letters ("the AP", "FT") that no unknown name could be.
  const asWritten = registryWhole(raw, registry);
  if (asWritten) return outletDecision(raw, asWritten, true, "registry");
  // "Mehrere Medien berichteten", "Einige Zeitungen schrieben": a quantifier or an indefinite article opening the span
  // makes a group or an unnamed one, never a name (a definite article may open one: "Die Welt").
  if (quantifierOpens(raw, frames)) return { type: "generic", name: raw, confidence: RULE_CONFIDENCE.generic, rule: "generic" };
  // A number ends a name the registry knows ("France 24") or one with an outlet word in it ("Canal 9", "Televize Pahorek
  // 7"); after any other word it is a date or a count ("published on July 24"), and the frame read no name there. A name
  // in capitals before its number ("ARDEAL 3") is a channel's too.
  if (TRAILING_NUMBER.test(raw) && !cue.cue && !namesAnOutletByItsWords(raw, frames) && !opensOnPublicationWord(raw, frames) && !CAPITALS_BEFORE_NUMBER.test(raw)) return undefined;
  const tail = cue.needsEvidence ? registeredThaiTail(raw, registry) : undefined;
  if (tail) return outletDecision(tail.written, tail.entry, true, "registry");
  // "…, PTI reported.": after a verb of publishing, initials may be an agency's credit, which the registry keeps apart from
  // its aliases (read only where a credit stands); so may they after a noun for a news agency ("till nyhetsbyrån TT").
  const credit = (cue.publishingVerb || afterAgencyNoun(cue, frames)) && ACRONYM.test(raw) ? registry.byCredit(raw) : undefined;
  if (credit && AGENCY_KINDS.has(credit.kind)) return outletDecision(raw, { key: outletKey(credit.name), name: credit.name }, true, "registry");
  // "sakė agentūrai QNS J. Kairys": a lone capital after a registered name is the initial of the speaker who follows the
  // outlet told (the name pattern stops at its full stop), no part of the outlet's name.
  const beforeInitial = /^(?<name>.+?)\s+\p{Lu}$/u.exec(raw)?.groups?.name;
  if (beforeInitial) {
    const entry = registryWhole(beforeInitial, registry);
    if (entry) return outletDecision(beforeInitial, entry, true, "registry");
    const initialsCredit = (cue.publishingVerb || afterAgencyNoun(cue, frames)) && ACRONYM.test(beforeInitial) ? registry.byCredit(beforeInitial) : undefined;
    if (initialsCredit && AGENCY_KINDS.has(initialsCredit.kind)) return outletDecision(beforeInitial, { key: outletKey(initialsCredit.name), name: initialsCredit.name }, true, "registry");
  }
  // A registry name that holds the outlet noun the frame read apart ("صحيفة الخليج" for "ذكرت صحيفة «الخليج»"): the noun
  // with the name is that name written whole.
  const withCue = cue.cue ? registryWhole(`${cue.cue} ${raw.replace(/^["«“„]|["»”]$/gu, "")}`, registry) : undefined;
  if (withCue) return outletDecision(raw, withCue, true, "registry");
  const stripped = stripOutletNouns(raw, frames.language);
  // "ル・モンド紙", "Le Monde紙": the noun after a name given by its sound is the outlet's kind, no part of its name.
  const nameBeforeNoun = nounAfterName(frames)?.exec(stripped.name)?.groups?.stem?.trim();
  if (nameBeforeNoun && nameBeforeNoun.length >= 2) {
    stripped.name = nameBeforeNoun;
    stripped.noun = true;
  }
  // "a Polish website reported", "a Czech daily said": a nationality adjective before an outlet noun is an unnamed
  // outlet, never one called "Polish". Nor is one written alone after a verb of appearing ("appeared in South African
  // state media", where the media noun in small letters stays outside the span): an adjective names no outlet. Only a
  // title with its capital article ("The Australian") may be one, and the registry reads those above.
  if ((stripped.noun || cue.cue !== undefined || !/^The\s/u.test(raw)) && isDemonymOnly(stripped.name)) return undefined;
  // A cue noun leading the span ("صحيفة الغازيت", "the newspaper X" in a language without a noun list) is evidence, not name:
  // only where it is written as a common noun (lower case, or a script without case).
  const first = stripped.name.split(/\s+/u)[0] ?? "";
  if (stripped.name.includes(" ") && frames.outletCues.includes(first) && first === first.toLowerCase() && !/^(?:the|a|an)$/u.test(first)) {
    stripped.name = stripped.name.slice(first.length).trim();
    stripped.noun = true;
  }
  // A date that opens the span ("In July 2016 Quillon 7 News wrote") is when, not who.
  stripped.name = stripped.name.replace(LEADING_DATE, "");
  // A country written before an outlet's name where nothing else bounds the span ("일본 푸른신보가 보도했다", "Japan's Purun
  // Shinbo"): the rest, which itself ends like an outlet, is the name. Only where the script has no capitals to bound a
  // name: a capitalised place opens many a paper's own name ("Eastvale Times", "Korea Times"), whose tail may be another
  // outlet's alias ("Times").
  const placeFirst = cue.needsEvidence ? /^(?<place>[^\s\p{Lu}\p{Ll}]\S*)\s+(?<rest>\S.*)$/u.exec(stripped.name)?.groups : undefined;
  // The rest may equally be a name the registry holds whole ("미국 CNN은", "영국 BBC는").
  if (placeFirst && isPlace(placeFirst.place as string) && (hasSuffix(placeFirst.rest as string, frames.outletSuffixes) || hasCueWord(placeFirst.rest as string, frames.outletCues) || registryWhole(placeFirst.rest as string, registry))) stripped.name = placeFirst.rest as string;
  const cleaned = cleanName(stripped.name, frames) || titleMarkedHanName(stripped.name, cue.at, ctx.text);
  if (!cleaned) return undefined;
  // "China's People's Daily", "Britain's Quillon Gazette": the place that owns the outlet is not part of its name; nor
  // is where it is based ("the Hong Kong-based South China Morning Post").
  const owner = PLACE_POSSESSIVE.exec(cleaned)?.groups;
  const name = (owner && isPlace(owner.place as string) ? (owner.rest as string) : cleaned).replace(BASED_IN, "");
  if (name !== cleaned) stripped.name = name;
  // "The BBC's Jane Doe reported", "CNN's State of the Union": a person or programme an outlet owns speaks for the
  // outlet, which is what is cited. Possessives inside names ("People's Daily", "Barron's") are left to the registry.
  const owned = registryWhole(name, registry) ? undefined : OWNED.exec(name)?.groups;
  const owningOutlet = owned ? registryWhole(owned.owner as string, registry) : undefined;
  if (owned && owningOutlet) return outletDecision(owned.owner as string, owningOutlet, true, "registry");
  // So does an unregistered owner that names itself an outlet by its words ("The Eastvale Times' Ruth Lane", "the Quillon
  // Post's Weekend Edition"): its reporter or programme is no part of the paper's name.
  if (owned && hasCueWord(owned.owner as string, outletOnlyCues(frames))) return unregistered(owned.owner as string, "outlet-cue-in-name");

  // The registry, on the whole name only: an alias never matches a word inside a longer name. Two ways of writing a
  // whole name count too: a name given again in brackets ("하늘신문(The Quill)"), and a name glued to an outlet ending in
  // languages that write one ("CNN방송").
  const bracketed = /^(?<outer>[^()]+?)\s*\((?<inner>[^()]+)\)$/u.exec(name)?.groups;
  const suffix = (frames.outletSuffixes ?? []).find((x) => name.endsWith(x) && name.length > x.length);
  // "Valley Post News", "Quillon Online": a registry name with a word for its medium after it, when the whole is no other outlet.
  const medium = MEDIUM_AFTER.exec(name)?.groups?.head;
  // "Hürriyet Gazetesi": where an outlet noun written with a capital is part of a name, the registry may list it without.
  const bare = withoutNameNoun(name, frames.language);
  const known =
    registryWhole(name, registry) ??
    uninflected(name, frames.language).map((n) => registryWhole(n, registry)).find((k) => k !== undefined) ??
    registryWhole(stripped.name, registry) ??
    (bracketed ? (registryWhole(bracketed.inner as string, registry) ?? registryWhole(bracketed.outer as string, registry)) : undefined) ??
    (suffix ? registryWhole(name.slice(0, -suffix.length).trim(), registry) : undefined) ??
    (medium ? registryWhole(medium, registry) : undefined) ??
    (bare ? registryWhole(bare, registry) : undefined);
  if (known) return outletDecision(name, known, true, "registry");
  const masthead = mastheadCited(name, cue, ctx);
  if (masthead) return outletDecision(name, masthead, true, "registry");
  const afterOpener = registryAfterSentenceOpener(name, cue.at, ctx);
  if (afterOpener) return outletDecision(afterOpener.name, afterOpener.entry, true, "registry");
  const placed = outletAfterNationality(name, registry, frames);
  if (placed) return outletDecision(name, placed, true, "registry");
  if (cue.registryOnly) return undefined;
  // A name in an oblique case ("в сюжете Ветра", "журналист «Северной газеты»") is only ever an outlet under a form the text
  // writes: the nominative this article shows as an outlet elsewhere ("телеканала Ветер"), or the written form where an
  // outlet word in it says what it is ("Северной газеты"). Its nominative is never guessed from its ending.
  // The nominative may also be written in the article as an outlet's name ("Pohjan Sanomat kertoi", ctx.named), and the
  // outlet word may be declined in the written form ("Korvan Uutisten") and show as one only in its nominative.
  if (cue.oblique) {
    const forms = uninflected(name, frames.language);
    const nominative = forms.find((n) => ctx.articleOutlets.has(n.toLowerCase()) || (ctx.named ?? []).some((o) => o.name.toLowerCase() === n.toLowerCase()));
    if (nominative) return unregistered(nominative, "outlet-noun");
    if (!hasCueWord(name, frames.outletCues)) {
      // Its outlet word shows only once the word is in the nominative: the name, as written, is a publication's. Initials
      // before the declined noun ("KTV Uutisten") take no ending: they are written whole, and name the outlet.
      if (!forms.some((n) => hasCueWord(n, frames.outletCues) || hasSuffix(n.toLowerCase(), frames.outletSuffixes))) return undefined;
      const [head, noun, ...more] = words(name);
      return unregistered(head !== undefined && noun !== undefined && more.length === 0 && ACRONYM.test(head) ? head : name, "outlet-noun");
    }
  }
  // "ذكرت صحيفة صينية" (a Chinese newspaper reported): the word after the outlet noun describes it; no outlet is named.
  if (describesOutlet(name, frames)) return namedAs("generic", name);
  // A name written by sound or by letter in another script than the outlet's own (TRANSLITERATED_OUTLETS).
  for (const reading of TRANSLITERATED_OUTLETS) {
    if (!reading.writes(name, frames.language)) continue;
    const outlet = reading.outlet(name, registry);
    if (outlet) return outletDecision(name, outlet, true, "transliteration");
  }
  // Inverted speech runs the outlet into the speaker's name ("a déclaré à l'AFP Claire Dubois"), and a name may run into
  // when it was said ("sagte der dpa am Montag"): a registry name that opens the span counts only when what follows reads
  // as a person or a date, never a word inside a longer name. A person's name opens on a capital: "of Kent" after
  // "The Sunday Times" continues the title ("The Sunday Times of Kent" is another paper), whatever a tagger makes of "Kent".
  const ws = words(name);
  for (let j = ws.length - 2; j >= 1; j--) {
    // "Vice President Anna Ortiz": a deputy's prefix before a role noun is the title's first word, not an outlet (VICE).
    if (isDeputyPrefixOf(ws[j - 1] as string, ws[j] as string, frames)) continue;
    const head = registryWhole(ws.slice(0, j).join(" "), registry);
    const rest = ws.slice(j).join(" ");
    if (head && ((/^\p{Lu}/u.test(rest) && personLike(rest, frames)) || wholeDate(frames).test(rest))) return outletDecision(ws.slice(0, j).join(" "), head, true, "registry");
  }
  // "the New Straits Times of Malaysia": a registry name and the country the registry places it in, after "of", is that
  // outlet; another country or a town ("The Sunday Times of Kent") may be another paper, and is left whole.
  const ofCountry = /^(?<head>.+?)\s+(?:of|de|di|du|do|da|del|van|von)\s+(?<country>\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)$/u.exec(name)?.groups;
  const placedHead = ofCountry ? registry.byName(ofCountry.head as string) : undefined;
  if (ofCountry && placedHead?.country !== undefined && countryCodeOf(ofCountry.country as string, frames.language) === placedHead.country) {
    return outletDecision(ofCountry.head as string, { key: outletKey(placedHead.name), name: placedHead.name }, true, "registry");
  }

  // An elided article before a word in small letters ("L'entreprise a indiqué") is a common noun, no outlet's name.
  if (/^\p{L}{1,4}['’]\p{Ll}/u.test(name)) return undefined;
  if (isPlace(name)) return namedAs("place", name);
  if (namesAnOffice(name, frames)) return undefined;
  // "The News" so written is a paper's title; "The Vatican", "The Mayor", "The Source" stay a body, a role and a source.
  const capitalTitle = titleByCapitalArticle(raw, cue.at, ctx.text) && frames.outletCues.includes(name.toLowerCase());
  if (isGeneric(name, frames) && !namedByOutletNoun(name, cue, frames) && !capitalTitle) return namedAs("generic", name);

  // "according to the Inland Waterways and Harbour Safety Act": a law's or a treaty's name is a document's, never an outlet's.
  if (namesALaw(name, frames)) return namedAs("document", name.replace(LEADING_ARTICLE, ""));
  if (bodysPublication(name, frames)) return namedAs("document", name.replace(LEADING_ARTICLE, ""));

  // "the press release of the Quillon Institute": the institute published what is quoted; the frame is the evidence.
  const bodyWords = hasCueWord(`x ${name}`, frames.organisationCues);
  if (cue.issuer && (bodyWords || !personLike(name, frames)) && words(name.replace(LEADING_ARTICLE, "")).length >= 2) return unregistered(name, "issuer");

  const lower = name.toLowerCase();
  // A name in quotation marks reads as a person's only where it opens on a given name compromise knows ("‘Hans Albers’"),
  // never by its capitals alone ("‘Quill Mag’").
  const quotedTitle = cue.quoted === true && !opensOnGivenName(name) && !nicknameInText(name, ctx.text);
  // "Lena Vasko story", "w dzienniku Anny Lis" (in her diary): a noun a person owns as well is no evidence beside a name
  // that reads as a person's.
  const personalCue = cue.cue !== undefined && (frames.personalNouns ?? []).includes(cue.cue.toLowerCase()) && readsAsPerson(name, frames) && !quotedTitle;
  const nounEvidence = (stripped.noun && !(stripped.shared && readsAsPerson(stripped.name, frames))) || (cue.cue !== undefined && !personalCue) || ctx.articleOutlets.has(lower) || ctx.articleOutlets.has(lower.replace(LEADING_ARTICLE, ""));
  const cueInName = NUMBERED_BROADCASTER.test(name.replace(LEADING_ARTICLE, "")) || hasCueWord(name, outletOnlyCues(frames)) || hasSuffix(name, frames.outletSuffixes) || opensOnPublicationWord(name, frames) || (frames !== en && LATIN_LETTERS.test(name) && hasCueWord(name, outletOnlyCues(en)));

  // "X denied publishing such a report": only a publication is the subject, though the speakers read a name there.
  if (cue.publisherOnly && cue.allowUnknown && !quotedTitle && words(name).length >= 2 && words(name).length <= 4) return unregistered(name, "frame-only");
  const known2 = ctx.book.findNamed(name);
  // The sentence reader may have taken an outlet for a speaker ("Quillon 7 News wrote"): an outlet word in a name that
  // does not read as a person's ("Emily Post" does) outweighs that; so do quotation marks around it, as around no person's name.
  if (known2 && !nounEvidence && !(cueInName && !personLike(name, frames)) && !(quotedTitle && known2.type !== "organisation")) return namedAs(known2.type === "organisation" ? "organisation" : "person", known2.name);
  // An outlet noun written right before a body's name ("báo Viện Hải Dương", the institute's paper) names the paper by the
  // body's name: the paper is cited, under its noun and that name; the body itself said nothing.
  const cueNoun = cue.cue?.trim().split(/\s+/u).pop()?.toLowerCase();
  if (!cueInName && cueNoun !== undefined && frames.outletCues.includes(cueNoun) && hasCueWord(`x ${name}`, frames.organisationCues)) return unregistered(`${cue.cue?.trim()} ${name}`, "outlet-noun");
  // An organisation's name stays one even beside an outlet noun ("the Communist Party newspaper" is the party's paper).
  if (!cueInName && (hasCueWord(`x ${name}`, frames.organisationCues) || cue.dataNoun)) return namedAs("organisation", withGenitiveTail(name, raw, cue.at, ctx.text, frames));
  const compound = !cueInName ? compoundBody(name, frames) : undefined;
  if (compound) return namedAs("organisation", compound);

  // A short form of the outlet just cited ("the Herald" after "the Harbour Herald") is that outlet, not a new one.
  const short = lower.replace(LEADING_ARTICLE, "");
  const last = ctx.lastOutlet?.name.toLowerCase().replace(LEADING_ARTICLE, "");
  if (ctx.lastOutlet && last && short && last !== short && (last.endsWith(` ${short}`) || last.startsWith(`${short} `)) && !dropsDefiniteTail(last, short)) {
    return outletDecision(name, ctx.lastOutlet, true, "short-form");
  }

  if (nounEvidence) return unregistered(name, "outlet-noun");
  // "according to Northwind Media, a local events company": the text says what the name is, and it is a body, not an outlet.
  if (cue.at !== undefined && ctx.text !== undefined && describedAsBody(ctx.text.slice(cue.at + rawSpan.length), frames)) return namedAs("organisation", name);
  // "shared by Tobi Kanu Weli, a lecturer at Ferro College": the text says the name is a person's, though no list of given
  // names knows it; a person puts things out too, and is no outlet.
  if (cue.at !== undefined && ctx.text !== undefined && describedAsPerson(ctx.text.slice(cue.at + rawSpan.length), frames)) return namedAs("person", name);
  // "issued by the Force Public Relations Officer": a title ending on a role noun names an office-holder, never an outlet.
  if (endsOnRole(name, frames)) return undefined;
  // A name that reads as a person's and only ends like a paper's ("Gordon Herald announced") is a person after a role
  // ("chief executive Gordon Herald"), or where an article with a capital stands inside it ("selon Paul Le Parisien": a
  // family name's particle, as no paper's name has a word before its article), and otherwise at most a possible outlet.
  if (cueInName && personLike(name, frames) && !quotedTitle) return cue.roleBefore || particleAfterGivenName(name) ? namedAs("person", name) : unregistered(name, "frame-only");
  if (cueInName) return unregistered(name, "outlet-cue-in-name");
  // "secondo quanto riportato da TMW": initials after a verb of publishing are an agency's or a site's, no person's.
  if (cue.publishingVerb && cue.allowUnknown && ACRONYM.test(name)) return unregistered(name, "frame-only");
  // "به گزارش پارس‌نو،": the formula names an outlet by convention; one word that is no noun of a source, role or kind.
  if (cue.formula && words(name).length === 1 && sourceNounOf(name, frames) === undefined && ![...frames.roleNouns, ...frames.nameStopwords].includes(name)) return unregistered(name, "credit-formula");
  // "بحسب «النهار الجديد»": Arabic script has no capitals to mark a name, but guillemets or quotation marks around the words a
  // frame of reporting bounds mark a title — an outlet's, a work's — as no person's name is marked so: a possible outlet,
  // at the frame's own confidence. Places, bodies, roles and generic nouns were turned away above.
  if (cue.needsEvidence && cue.allowUnknown && quotedInArabicScript(raw, cue.at, ctx.text) && words(name).length <= 3 && !namesAKindOfSource(name, frames)) return unregistered(name, "frame-only");
  if (cue.needsEvidence || !cue.allowUnknown) return undefined;
  // "Goldman Sachs reported a loss", "Tesla reported record sales": a company reports its results; an outlet reports news.
  if (cue.results) return undefined;
  if (personLike(name, frames) && !quotedTitle) return namedAs("person", name);
  // From here only the frame speaks for the name: one unknown word ("Moen reported", "according to Stavnezer") is nobody we can name.
  // Only where a publication frame reads it may an article written with a capital mark the one word as a title ("verscheen
  // in De Havenkoerier", whose "De" the name's cleaning dropped).
  const rawWords = words(raw);
  const titled = cue.publication && rawWords.length === 2 && TITLE_ARTICLE.test(rawWords[0] as string) && rawWords[1] === name;
  if (words(name.replace(LEADING_ARTICLE, "")).length < 2 && !LEADING_ARTICLE.test(name) && !titled && !quotedTitle && !capitalTitle) return undefined;
  // Words in capitals only, with no number ("potrivit ISU VALEA"), are as often a public body's initials and its town as a
  // station's name: the frame alone names no outlet there. A number in it ("CANAL 9") is a channel's, as no body's name has one.
  if (!cue.publication && writtenInCapitals(name) && !/\p{N}/u.test(name) && !quotedTitle) return undefined;
  // A title of one word keeps its article: "The Nation" is the outlet's name, "Nation" a common noun.
  if (capitalTitle) return outletDecision(raw, { key: outletKey(raw), name: raw }, false, cue.publication ? "publication-frame" : "frame-only");
  return unregistered(name, cue.publication ? "publication-frame" : "frame-only");
}

/**
 * True when `short` is `last` without a tail of Arabic words that each open on the definite article ("الفجر" of «الفجر
 * الجديد»): Arabic papers are told apart by such a definite word after the title (الحياة and الحياة الجديدة, الشرق and
 * الشرق الأوسط are different papers), so the title without it is another paper's name, no short form. A tail without the
 * article (the second word of a two-word name) is dropped as a short form is.
 */
function dropsDefiniteTail(last: string, short: string): boolean {
  if (!last.startsWith(`${short} `)) return false;
  return last.slice(short.length + 1).trim().split(/\s+/u).every((w) => /^ال\p{Script=Arabic}/u.test(w));
}

/**
 * A name of two Han characters written between title marks (《镜报》, the Mirror): `cleanName` turns away a lone word of two
 * letters as an article or an initial, but two characters make a whole name in Chinese, and the marks say it is a
 * publication's title. Empty otherwise.
 */
function titleMarkedHanName(name: string, at: number | undefined, text: string | undefined): string {
  if (at === undefined || text === undefined || !/^\p{Script=Han}{2}$/u.test(name)) return "";
  return text[at - 1] === "《" && text.slice(at, at + name.length) === name && text[at + name.length] === "》" ? name : "";
}

/** Most words in small letters a body's name runs on with after its capitalised words ("Міністерство оборони"). */
const GENITIVE_TAIL_WORDS = 3;

/**
 * "Як повідомляло Міністерство оборони, …": where a body's name is written with one capital and its field in small
 * letters in the genitive after it (the languages marked `bodyAfterRole`), the small words from `from` (where the name
 * read from `at` ends) up to the clause's end are the body's name too: "Міністерство" alone is no body. Only where they run to punctuation, so the verb
 * or object after a body's name is never taken. Empty where no such tail follows.
 */
export function genitiveTailOfBody(text: string, at: number, from: number, frames: LanguageFrames): string {
  // A body opening its clause is the subject of the verb after it, which the small words would take in ("Міністерство
  // оборони закрило міст"): only a body after a verb or a preposition ("як повідомляло Міністерство оборони").
  if (!frames.bodyAfterRole || !/\p{L}\s+$/u.test(text.slice(Math.max(0, at - 40), at))) return "";
  const tail = new RegExp(`^((?:\\s+\\p{Ll}[\\p{L}’'ʼ-]*){1,${GENITIVE_TAIL_WORDS}}(?:\\s+\\p{Lu}[\\p{L}’'ʼ-]*)?)(?=\\s*[,.;:!?)—–]|$)`, "u").exec(text.slice(from));
  if (!tail?.[1]) return "";
  // A preposition, a function word or a pronoun opens a phrase of its own ("в понеділок", "hari ini"), and a verb of
  // saying or reporting the clause the body is the subject of ("… membantah kabar tersebut"): no body's field.
  const own = new Set([...(frames.prepositions ?? []), ...frames.nameStopwords, ...(frames.complementisers ?? []), ...frames.determiners, ...frames.pronouns.singular, ...frames.pronouns.plural, ...frames.speechVerbs, ...(frames.reportVerbs ?? [])]);
  if (tail[1].trim().split(/\s+/u).some((w) => own.has(w.toLowerCase()))) return "";
  return tail[1].replace(/\s+/gu, " ");
}

/** A body's name read by a frame, with its genitive tail in small letters (genitiveTailOfBody) where the text gives one. */
function withGenitiveTail(name: string, raw: string, at: number | undefined, text: string | undefined, frames: LanguageFrames): string {
  if (at === undefined || !text || text.slice(at, at + raw.length) !== raw || !raw.endsWith(name)) return name;
  return `${name}${genitiveTailOfBody(text, at, at + raw.length, frames)}`;
}

/**
 * True when a name is an office and what it is of: a role noun, then a preposition in small letters ("Minister of
 * Fisheries", "Ministro da Pesca") or a body's word and its name ("Ketua Komisi Perikanan Daerah", the commission's
 * chair). Whoever holds it speaks in person (the speakers read the holder); no outlet and no body is named so.
 */
function namesAnOffice(name: string, frames: LanguageFrames): boolean {
  const [head, link, ...rest] = words(name);
  if (head === undefined || link === undefined || !frames.roleNouns.includes(head.toLowerCase())) return false;
  return (/^\p{Ll}/u.test(link) && (frames.prepositions ?? []).includes(link)) || (rest.length > 0 && frames.organisationCues.includes(link.toLowerCase()));
}

/** True when a decision may ground findings and the report's "rests on". */
export function isConfident(d: { confidence: number }): boolean {
  return d.confidence >= CONFIDENT;
}

/** Per language: an indefinite appositive opening a text, up to its head noun (group 1): ", a local events company". */
const indefiniteAppositive = perLanguage((frames) => new RegExp(`^\\s*,\\s+(?:a|an|un|une|ein|eine|einer|uno|una|um|uma)\\s+(?:[\\p{L}-]+\\s+){0,3}?(\\p{Ll}[\\p{L}-]*)(?=\\s*[,.;:)]|\\s+(?:${[...(frames.complementisers ?? []), ...(frames.subjectRelatives ?? []), ...(frames.prepositions ?? [])].map(escapeRegExp).join("|") || "(?!)"})(?![\\p{L}]))`, "u"));

/**
 * True when the words after a name describe it, in an indefinite appositive, as a body that is no outlet ("X, a local
 * events company", "X, une société de conseil" reads its head "société" only where the language lists it): the head noun
 * is one of the language's organisation words and none of its outlet words.
 */
function describedAsBody(after: string, frames: LanguageFrames): boolean {
  const head = indefiniteAppositive(frames).exec(after)?.[1]?.toLowerCase();
  return head !== undefined && frames.organisationCues.includes(head) && !frames.outletCues.includes(head);
}

/**
 * True when the words after a name describe it, in an indefinite appositive, as a person ("X, a lecturer at Y"): the head
 * noun is one of the language's role nouns and none of its outlet or organisation words.
 */
function describedAsPerson(after: string, frames: LanguageFrames): boolean {
  const head = indefiniteAppositive(frames).exec(after)?.[1]?.toLowerCase();
  return head !== undefined && frames.roleNouns.includes(head) && !frames.outletCues.includes(head) && !frames.organisationCues.includes(head);
}

/**
 * True when a capitalised name of two words at least ends on a role noun ("Force Public Relations Officer", "Chief Medical
 * Officer"): the title of an office. An outlet so named is found by the registry or by its outlet noun before this is asked.
 */
function endsOnRole(name: string, frames: LanguageFrames): boolean {
  const ws = words(name.replace(LEADING_ARTICLE, ""));
  const last = ws[ws.length - 1] ?? "";
  return ws.length >= 2 && /^\p{Lu}/u.test(last) && frames.roleNouns.includes(last.toLowerCase()) && !frames.outletCues.includes(last.toLowerCase());
}

/** outletEvidence's expressions for a language, in the order they are read, and the sticky head of its names. */
interface EvidencePatterns {
  /** A plain expression is scanned; an anchored one opens with the name and is tried where `nameAt` matches. */
  patterns: (RegExp | AnchoredPattern)[];
  /** The pattern of nouns a person owns as well (`afterShared`): its names count only where they read as no person's. */
  shared?: AnchoredPattern;
  /**
   * The pattern of staff nouns ("correspondant de X"): a person has correspondents too ("le correspondant de Jean
   * Dupont") and a town has them ("o correspondente de Lisboa"), so its names count only where they read as no person's
   * and are more than one word (a title's article counts: "an editor at The Beacon"), or initials.
   */
  staff?: RegExp;
  /** The pattern of nouns after the name ("X newspaper", "the X website"). */
  after?: AnchoredPattern;
  nameAt: RegExp;
}

/** Compiled once per language's frames (they were built for every article; a name pattern is 600 characters). */
const evidencePatterns = perLanguage((frames): EvidencePatterns => {
  const nouns = outletNounsFor(frames.language);
  const QUOTE_OPEN = `(?:«|„|“|"|')?`;
  const NAME = `${QUOTE_OPEN}(?<n>${frames.name})(?:»|“|”|"|')?`;
  // No "i" flag: it would let the name pattern's capitals match any word. A noun may open its sentence, so its first letter goes both ways.
  const alt = (list: readonly string[]): string =>
    [...list]
      .sort((a, b) => b.length - a.length)
      .map((n) => `[${n.charAt(0).toLowerCase()}${n.charAt(0).toUpperCase()}]${escapeRegExp(n.slice(1)).replace(/\s+/g, "\\s+")}`)
      .join("|");
  const patterns: (RegExp | AnchoredPattern)[] = [];
  if (nouns.before.length) patterns.push(new RegExp(`(?<![\\p{L}])(?:${alt(nouns.before)})\\s+(?:called\\s+|named\\s+)?${NAME}`, "gu"));
  const after = nouns.afterInSmallLetters ? nouns.after.map((n) => escapeRegExp(n).replace(/\s+/g, "\\s+")).join("|") : alt(nouns.after);
  const afterName = nouns.after.length ? anchoredPattern(`${NAME}(?:['’]s)?[\\s-]+(?:${after})(?![\\p{L}])`, "gu") : undefined;
  if (afterName) patterns.push(afterName);
  const shared = nouns.afterShared.length ? anchoredPattern(`${NAME}(?:['’]s)?[\\s-]+(?:${alt(nouns.afterShared)})(?![\\p{L}])`, "gu") : undefined;
  if (shared) patterns.push(shared);
  // "X, a pro-government newspaper": an appositive whose head is an outlet noun.
  const heads = nouns.before.map((n) => n.replace(/^(?:the|le|la|l['’]|il|el|o|a|die|der|das|dem|sul|sulla)\s*/u, "")).filter((n) => n.length > 2);
  // Only an indefinite apposition: "May, the Belgian newspaper reported" is a clause boundary, not "May" described.
  if (heads.length) patterns.push(anchoredPattern(`${NAME},\\s+(?:a|an|un|une|ein|eine|einer|uno|una|um|uma)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${alt(heads)})(?![\\p{L}])`, "gu"));
  const staff = nouns.staff.length && nouns.staffLinks.length ? new RegExp(`(?<![\\p{L}])(?:${alt(nouns.staff)})\\s+(?:${alt(nouns.staffLinks)})\\s+${NAME}`, "gu") : undefined;
  if (staff) patterns.push(staff);
  return { patterns, ...(shared ? { shared } : {}), ...(staff ? { staff } : {}), ...(afterName ? { after: afterName } : {}), nameAt: new RegExp(`${QUOTE_OPEN}(?:${frames.name})`, "uy") };
});

/** The nouns of a website after a name ("website", "web site", "site"), in any language that writes them so. */
const WEBSITE_NOUN = /(?:web\s*site|site)$/iu;

/**
 * Names this article marks as outlets anywhere in its text — "the newspaper X", "X magazine", "X's editor", "an editor at
 * X" — lower-cased, so that "X said" elsewhere in the same article can be read as the outlet speaking.
 */
export function outletEvidence(text: string, frames: LanguageFrames): Set<string> {
  const { patterns, shared, staff, after, nameAt } = evidencePatterns(frames);
  const out = new Set<string>();
  let starts: number[] | undefined;
  for (const p of patterns) {
    // A pattern that opens with the name is tried only where a name can start (anchoredScan.ts): the same matches.
    const matches = p instanceof RegExp ? text.matchAll(p) : anchoredMatches(text, p, (starts ??= headStarts(text, nameAt)));
    for (const m of matches) {
      // A name never runs over a line break: a heading's last words before it are no part of it.
      const raw = m.groups?.n?.split("\n").pop();
      if (!raw) continue;
      const name = cleanName(raw, frames);
      if (!name || isPlace(name) || isGeneric(name, frames) || /^(?:the\s+)?web$/iu.test(name) || ADJECTIVE_NAME.test(name)) continue;
      if (p === shared && readsAsPerson(name.replace(LEADING_ARTICLE, ""), frames)) continue;
      // Every public body has a website: initials before one ("the MOFA website", "the DPWH site") are a ministry's or an
      // agency's as often as an outlet's, and say nothing of which.
      if (p === after && ACRONYM.test(name.replace(LEADING_ARTICLE, "")) && WEBSITE_NOUN.test(m[0])) continue;
      if (p === staff && (readsAsPerson(name.replace(LEADING_ARTICLE, ""), frames) || (words(raw.trim()).length < 2 && !ACRONYM.test(name)))) continue;
      out.add(name.toLowerCase());
      out.add(name.toLowerCase().replace(LEADING_ARTICLE, ""));
    }
  }
  return out;
}

/**
 * The registry outlet a capitalised run ends on, where the run itself is no name the registry knows: a headline's or
 * sentence's opening verb is capitalised too ("Publica El País una foto", "Says Reuters"), and the run is the outlet the
 * registry names, not a new outlet of the whole run. `start` is the tail's offset within `raw`, the run as matched.
 */
function registryTail(name: string, raw: string, registry: OutletRegistry): NamedOutlet | undefined {
  const ws = name.split(/\s+/u);
  for (let i = 1; i < ws.length; i++) {
    const tail = ws.slice(i).join(" ");
    const known = registryWhole(tail, registry);
    const at = raw.lastIndexOf(ws[i] as string);
    if (known && at >= 0) return { start: at, ...known };
  }
  return undefined;
}

/** A language's name pattern anywhere in a text, compiled once per frames (matchAll works on a copy: no state shared). */
const nameAnywhere = perLanguage((frames) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${frames.name})`, "gu"));

/**
 * Every outlet the article names, in text order: registry names and the article's outlet-evidence names, each matched
 * whole on a capitalised run of words. A descriptor ("the satirical paper") can only stand for one of these. Where
 * `capitalsName` is false (a headline in Title Case, whose every word is capitalised) a capitalised run holding an
 * outlet noun is no name ("Chinese TV Reporter Had Staged Video"): only a registry name or an evidenced one counts.
 */
export function namedOutlets(text: string, frames: LanguageFrames, registry: OutletRegistry, evidence: ReadonlySet<string>, capitalsName = true): NamedOutlet[] {
  const out: NamedOutlet[] = [];
  for (const m of text.matchAll(nameAnywhere(frames))) {
    const name = cleanName(m[0], frames);
    if (!name) continue;
    let tail: NamedOutlet | undefined;
    const known = registryWhole(name, registry);
    if (known) out.push({ start: m.index ?? 0, ...known });
    else if (!evidence.has(name.toLowerCase()) && (tail = registryTail(name, m[0], registry))) out.push({ ...tail, start: (m.index ?? 0) + tail.start });
    else if ((evidence.has(name.toLowerCase()) || (capitalsName && (hasCueWord(name, frames.outletCues) || hasSuffix(name, frames.outletSuffixes)))) && !isPlace(name) && !hasCueWord(`x ${name}`, frames.organisationCues)) out.push({ start: m.index ?? 0, key: outletKey(name.replace(/^the\s+/iu, "")), name: name.replace(/^the\s+/iu, "") });
  }
  return out;
}

/** True when a span of two or more words opens on one of the language's determiners that is no definite article ("mehrere", "einige", "ein"). */
function quantifierOpens(span: string, frames: LanguageFrames): boolean {
  const ws = words(span);
  const first = (ws[0] ?? "").toLowerCase();
  return ws.length >= 2 && frames.determiners.includes(first) && !isDefinite(first, frames.language);
}
