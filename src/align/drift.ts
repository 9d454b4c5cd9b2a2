/**
 * Drift between versions of one statement, as evidence for the provenance stage: numbers whose qualifier, counted noun
 * or value changed; attributions that moved to another source; and clauses credited to a cited article of the case
 * that its text does not support. Pure over cleaned bodies, readings and reuse relations.
 */
import { NUMBER_WORDS as ALL_NUMBER_WORDS } from "../core/numberWords.ts";
import type { Span, TextSpan } from "../core/spans.ts";
import { leave, recall, remember, textKey } from "../core/memo.ts";
import { textSpan, contains } from "../core/spans.ts";
import { asciiDigits, escapeRegExp } from "../core/text.ts";
import { LAST_DAY_OF_MONTH } from "../core/dates.ts";
import { namesPerson } from "../core/personNamed.ts";
import { blockLeadIn } from "../extract/sentences.ts";
import { misrenderedFigures, scalesFor } from "../core/scales.ts";
import { currencyOf } from "../core/currencies.ts";
import { functionWords } from "../core/functionWords.ts";
import { outletKey } from "../core/outlets.ts";
import { negationWordsOf } from "../core/negations.ts";
import type { CleanArticle } from "../clean/types.ts";
import { conjunction } from "../extract/coordination.ts";
import { LANGUAGES } from "../extract/frames/index.ts";
import { perLanguage, REFERENCE_MARKS } from "../extract/frames/common.ts";
import type { ArticleReading } from "../extract/types.ts";
import { framesFor, saysWherePublished } from "../extract/frames/index.ts";
import { CONFIDENT, reuseOrderKnown } from "../graph/types.ts";
import { dateInterval, type PublishedDate } from "../core/dates.ts";
import { namedDays } from "../ingest/textDate.ts";
import { isMonthName } from "../extract/names.ts";
import { figureValue, groupsWithSpace } from "./quantities.ts";
import { abbreviates, respelledName, unitSpelling } from "./folding.ts";
import { foldWord, isStopWord, tokenNorms, WordMatches } from "./tokens.ts";
import type { DriftEvidence, NumberMention, ReuseRelation } from "./types.ts";

/** Words that qualify a stated quantity, longest first so "no less than" wins over "less than". */
export const NUMBER_QUALIFIERS: readonly string[] = [
  "no less than", "no more than", "no fewer than", "not less than", "not more than", "as many as", "as much as", "as few as",
  "more than", "less than", "fewer than", "at least", "at most", "up to", "upwards of", "in excess of", "close to",
  "around", "about", "nearly", "almost", "over", "under", "some", "roughly", "approximately", "an estimated", "only", "just",
];

/** Words that frame an attribution rather than state its content: a clause holding one is the credit, not the claim. */
export const ATTRIBUTION_WORDS: readonly string[] = ["according", "citing", "cited", "reported", "reports", "report", "said", "says", "told", "quoted", "quoting", "claimed", "claims", "released"];

/** Openings of a sentence that carries on reporting what the cited report says ("The report, released on …, says …"). */
export const REPORT_ANAPHORA: readonly string[] = ["the report", "the article", "the story", "the outlet", "the paper", "the newspaper", "the agency", "according to the report"];

/** English scale words ("3 million passengers" counts three million passengers, not three millions): the patterns below read English number words and counted nouns. */
const ENGLISH_SCALES = scalesFor("en");

/**
 * Figures with their qualifier, scale and counted noun; `marks` are the characters that group thousands, `scales` the
 * scale words read after a figure (English's and the article's language's: "88 کروڑ", "2 miliardy"). A scale may be
 * glued to its figure ("40لاکھ", "$3bn") and ends where its word does in any script (JavaScript's `\b` knows only
 * Latin letters, so after "لاکھ" it never matched).
 */
const figurePattern = (marks: string, scales: string) =>
  new RegExp(`(?:\\b(${NUMBER_QUALIFIERS.map((q) => q.replace(/ /g, "\\s+")).join("|")})\\s+)?\\b(\\d{1,2}(?:,\\d{2})+,\\d{3}(?!\\d)|\\d{1,3}(?:([${marks}])\\d{3})+(?!\\d)|\\d+(?:[.,]\\d+)?)(?:\\s*(${scales})(?![\\p{L}\\p{M}\\p{N}]))?(?:\\s+(\\p{L}[\\p{L}\\p{M}-]+(?:\\/\\p{L}+)?))?`, "giu");
const figurePatterns = new Map<string, { re: RegExp; scale: (word: string) => number | undefined }>();
/**
 * The figure pattern of a language (kept per language): thousands grouped as the language groups them (quantities.ts
 * groupsWithSpace: "14 000" is one figure where a plain space groups), scale words of English and of the language.
 */
function figurePatternFor(language: string | undefined): { re: RegExp; scale: (word: string) => number | undefined } {
  const spaced = groupsWithSpace(language);
  const own = scalesFor(language ?? "en");
  const key = `${spaced ? "s" : ""}${(language ?? "en").slice(0, 2).toLowerCase()}`;
  let found = figurePatterns.get(key);
  if (!found) {
    const alternation = own === ENGLISH_SCALES ? ENGLISH_SCALES.alternation : `${own.alternation}|${ENGLISH_SCALES.alternation}`;
    const scale = (word: string) => own.of(word) ?? ENGLISH_SCALES.of(word);
    figurePatterns.set(key, (found = { re: figurePattern(spaced ? ".,\\u202f\\u00a0 " : ".,\\u202f\\u00a0", alternation), scale }));
  }
  return found;
}
/** A letter and a hyphen right before a figure: the figure is the end of a name or code written with a hyphen. */
const HYPHENED_TO_WORD = /\p{L}\p{M}*[-\u2010\u2011]$/u;
/** A figure right before, or right after, the one read, joined to it by a slash ("14/11", "3/4"). */
const SLASHED_BEFORE = /\d\/$/u;
const SLASHED_AFTER = /^\/\d/u;
/** Digits grouped the Indian way, by twos before the last three ("1,00,000", "66,22,00,000"). */
const INDIAN_GROUPING = /^\d{1,2}(?:,\d{2})+,\d{3}$/;

/** What may stand between the parts of a compound figure: nothing, or a conjunction ("1 million and 200 thousand", "٣ ملايين و٢٠٠ ألف", "2 ارب اور 30 کروڑ"). */
const COMPOUND_JOIN = /^\s*(?:(?:and|und|et|y|e|i|и|і|ve|en|og|och|és|a|و|اور)\s*)?$/iu;

/** A currency sign right before a figure ("$2.6 billion", "€40"): what a figure without a counted noun after it counts. */
const CURRENCY_BEFORE = /(?:US|A|C|NZ|HK)?[$€£¥₺₽₹]\s?$/u;
const CURRENCY_SIGN = /[$€£¥₺₽₹]/u;
const ATTRIBUTION = new Set(ATTRIBUTION_WORDS);
/** Qualifiers that only say a figure is rounded: added to a bare figure, they change nothing it claims. */
const APPROXIMATE = new Set(["around", "about", "some", "roughly", "approximately", "an estimated", "close to"]);

/**
 * Qualifiers (`NUMBER_QUALIFIERS`) that say the same of a figure: one restated with another of its class ("only three
 * hours" / "just three hours", "more than 40" / "over 40") moved no hedge. Across classes it did ("about 40" / "at least 40").
 */
const SYNONYMOUS_QUALIFIERS: readonly (readonly string[])[] = [
  ["only", "just"],
  [...APPROXIMATE].filter((q) => q !== "close to"),
  ["nearly", "almost", "close to"],
  ["more than", "over", "upwards of", "in excess of"],
  ["less than", "fewer than", "under"],
  ["at least", "no less than", "no fewer than", "not less than"],
  ["at most", "no more than", "not more than"],
];
const QUALIFIER_CLASS: ReadonlyMap<string, number> = new Map(SYNONYMOUS_QUALIFIERS.flatMap((words, i) => words.map((w) => [w, i] as const)));

/** True when two qualifiers of a figure say the same: one word, or two of one class (`SYNONYMOUS_QUALIFIERS`). */
function sameQualifier(a: string, b: string): boolean {
  return a === b || (QUALIFIER_CLASS.get(a) !== undefined && QUALIFIER_CLASS.get(a) === QUALIFIER_CLASS.get(b));
}

/** English number words: a figure written out ("forty", "twelve hundred") is the same figure as its digits. */
const NUMBER_WORDS = ALL_NUMBER_WORDS.en!;
const TENS_WORDS = Object.keys(NUMBER_WORDS).filter((w) => NUMBER_WORDS[w]! >= 20);
const UNIT_WORDS_1_19 = Object.keys(NUMBER_WORDS).filter((w) => NUMBER_WORDS[w]! < 20);
const WORD_FIGURE = `(?:(?:${TENS_WORDS.join("|")})(?:[-\s](?:${UNIT_WORDS_1_19.slice(0, 9).join("|")}))?|${UNIT_WORDS_1_19.join("|")})`;
/**
 * A figure in words with its qualifier, scale and counted noun, as QUALIFIER_RE reads digits; or a share written as a
 * ratio ("one in three", "two out of five"), which states a percentage: "one in three" and "33 per cent" are one share.
 */
const WORD_NUMBER_RE = new RegExp(
  `(?:\\b(${NUMBER_QUALIFIERS.map((q) => q.replace(/ /g, "\\s+")).join("|")})\\s+)?\\b(?:(${WORD_FIGURE})\\s+(?:in|out\\s+of)\\s+(${WORD_FIGURE})\\b|(${WORD_FIGURE})(?:\\s+(hundred))?(?:\\s+(${ENGLISH_SCALES.alternation}))?\\b(?:\\s+(\\p{L}[\\p{L}-]+))?)`,
  "giu",
);

/** The value of a figure in words ("forty-two", "twenty one"). */
function wordFigure(words: string): number {
  return words.toLowerCase().split(/[-\s]+/).reduce((sum, w) => sum + (NUMBER_WORDS[w] ?? Number.NaN), 0);
}

/** Figures written in words in a sentence's text, as numberMentions gives digits ("Forty per cent", "one in three"). */
function wordMentions(body: string, sentence: Span, text: string): NumberMention[] {
  const out: NumberMention[] = [];
  for (const m of text.matchAll(WORD_NUMBER_RE)) {
    const start = sentence.start + m.index;
    const qualifier = (m[1] ?? "").toLowerCase().replace(/\s+/g, " ");
    if (m[2] && m[3]) {
      const share = (100 * wordFigure(m[2])) / wordFigure(m[3]);
      if (Number.isFinite(share) && share > 0 && share <= 100) out.push({ span: textSpan(body, start, start + m[0].length), value: share, qualifier, noun: "per" });
      continue;
    }
    const value = wordFigure(m[4]!) * (m[5] ? 100 : 1) * (ENGLISH_SCALES.of(m[6] ?? "") ?? 1);
    if (!Number.isFinite(value)) continue;
    const noun = m[7]?.toLowerCase();
    out.push({ span: textSpan(body, start, start + m[0].length), value, qualifier, ...(noun && !isStopWord(noun) ? { noun } : {}) });
  }
  return out;
}

/** A word as a text may write it: in small letters, with a capital, in capitals ("pasal", "Pasal", "PASAL"). */
function writtenForms(word: string): string[] {
  return [...new Set([word, word.charAt(0).toUpperCase() + word.slice(1), word.toUpperCase()])].map(escapeRegExp);
}

/** The expression of words before a number, in any of their written forms, optionally with an abbreviation's dot, ending the text. */
function wordsBefore(words: readonly string[], marks: readonly string[] = []): RegExp {
  const forms = words.flatMap(writtenForms);
  const word = forms.length ? `(?<![\\p{L}\\p{N}])(?:${forms.join("|")})\\.?` : "(?!)";
  const mark = marks.length ? `(?<![\\p{L}\\p{N}])(?:${marks.map(escapeRegExp).join("|")})` : "(?!)";
  return new RegExp(`(?:${word}|${mark})\\s*[(\\[]?\\s*$`, "u");
}

/** Per language, a reference noun or mark right before a number (`referenceNouns`, REFERENCE_MARKS: "Pasal 14", "ayat (1)", "UU No 19", "Art. 3", "§ 130"). */
const referenceBefore = perLanguage((frames) => wordsBefore(frames.referenceNouns ?? [], REFERENCE_MARKS));

/** Per language, a word for "year" right before a number (`yearNouns`: "Tahun 1946", "the year 850"). */
const yearBefore = perLanguage((frames) => wordsBefore(frames.yearNouns ?? []));

/**
 * What stands between a reference number and the next number of its list ("articles 5 and 6", "Art. 3, 4 und 5",
 * "Pasal 27 dan 28"): a bracket, a comma or a dash, and at most one short word in small letters (a conjunction in any
 * language); no digit.
 */
const LISTED_AFTER_REFERENCE = /^\s*[)\]]?\s*(?:[,;/&–-]\s*)?(?:\p{Ll}{1,5}\s+)?[(\[]?\s*$/u;

/** A day's number, its ordinal ending and a short joining word ("25 de setembro", "25th of September") before a month's name. */
const MONTH_AFTER_DAY = /^(?:st|nd|rd|th|º|°|\.)?\s*(?:\p{Ll}{1,3}\s+)?(\p{L}+)/u;
/** A month's name, maybe shortened with a point, right before a day's number ("September 25", "Sept. 25"). */
const MONTH_BEFORE_DAY = /(\p{L}+)\.?\s+$/u;

/**
 * Whether the number `raw` at `at` in `text` is the day of a date ("no dia 25 de setembro", "on 25 September",
 * "September 25"): a whole number up to 31 beside a month's name names a day, it counts nothing, and two texts dating
 * one event differently are no figure that drifted.
 */
function dayOfMonth(text: string, at: number, raw: string, language: string): boolean {
  if (!/^\d{1,2}$/u.test(raw) || Number(raw) < 1 || Number(raw) > LAST_DAY_OF_MONTH) return false;
  const after = MONTH_AFTER_DAY.exec(text.slice(at + raw.length))?.[1];
  const before = MONTH_BEFORE_DAY.exec(text.slice(Math.max(0, at - 20), at))?.[1];
  return [after, before].some((w) => w !== undefined && isMonthName(w, language));
}

/**
 * Numbers stated in a sentence with their qualifier and counted noun. Left out: years (1900–2099 without separators),
 * and numbers that name rather than count, after a reference noun or mark ("Pasal 14 ayat (1) UU No. 1 Tahun 1946",
 * "article 5 and 6", "§ 130") — identifiers, never a figure that can drift.
 */
export function numberMentions(body: string, sentence: Span, language?: string): NumberMention[] {
  // "٣٠٠٠" reads as 3000 (one character for one: the span stays the digits as printed).
  const text = asciiDigits(body.slice(sentence.start, sentence.end));
  const out: NumberMention[] = [];
  const frames = framesFor(language);
  const reference = referenceBefore(frames);
  const year = yearBefore(frames);
  const noCount = functionWordsFolded(frames.language);
  const figures = figurePatternFor(language);
  // Where the last reference number ended: a number listed right after it names too.
  let referenceEnd = -1;
  // The last figure read when it ended on a scale word and counted nothing ("88 کروڑ", "1 million and"): a figure of a
  // smaller scale right after it is the rest of one compound figure ("88 کروڑ 12 لاکھ روپے" is 881.2 lakh rupees, not
  // 22 lakh; "2 miliardy 300 milionów").
  let open: { scale: number; end: number } | undefined;
  for (const m of text.matchAll(figures.re)) {
    const raw = m[2]!;
    const compoundOf = open;
    open = undefined;
    // A figure joined by a hyphen to the word before it is part of that name or code ("COVID-19", "G-20", "Su-35"), as
    // one glued to its letters is ("MH17"): it names, it counts nothing ("the COVID-19 outbreak" / "COVID-19 cases").
    if (!m[1] && HYPHENED_TO_WORD.test(text.slice(Math.max(0, m.index - 3), m.index))) continue;
    // A figure joined by a slash to another is part of a date written in figures ("the night of 14/11", "15/11/2026"), a
    // score or a fraction: read alone it counts nothing, and two texts dating one night differently drift no figure.
    const rawAt = m.index + m[0].indexOf(raw);
    if (SLASHED_BEFORE.test(text.slice(Math.max(0, rawAt - 3), rawAt)) || SLASHED_AFTER.test(text.slice(rawAt + raw.length, rawAt + raw.length + 3))) continue;
    if (!m[1]) {
      const at = m.index;
      // A listed number with a counted noun after it counts again ("loi n° 2021-1109, 35 personnes"); a code's initials
      // or another reference noun after it do not ("Pasal 27 dan 28 UU ITE").
      const after = m[5];
      const word = after?.toLowerCase() ?? "";
      const counts = after !== undefined && !isStopWord(word) && !noCount.has(stem(foldWord(word))) && !/^\p{L}\p{Ll}*\p{Lu}/u.test(after) && !(frames.referenceNouns ?? []).includes(word) && !(frames.yearNouns ?? []).includes(word);
      const before = text.slice(Math.max(0, at - 40), at);
      if (reference.test(before) || (!counts && referenceEnd >= 0 && at - referenceEnd <= 12 && LISTED_AFTER_REFERENCE.test(text.slice(referenceEnd, at)))) {
        // "45A", "14a": a letter glued to the number is part of the identifier.
        referenceEnd = at + raw.length + (/^\p{L}/u.test(text.slice(at + raw.length)) ? 1 : 0);
        continue;
      }
      // A year-word before a count says when it was counted ("Last year 300 people died"): only a number that counts
      // nothing after it is the year ("the year 850 and", "Tahun 1946 tentang").
      if (!counts && year.test(before)) continue;
    }
    const scale = m[4] ? figures.scale(m[4]) : undefined;
    if (/^(19|20)\d\d$/.test(raw) && scale === undefined) continue;
    if (scale === undefined && dayOfMonth(text, m.index + m[0].indexOf(raw), raw, frames.language)) continue;
    // Read as the quantities are ("1.200" in Dutch is twelve hundred, in English one point two): one reading of a figure.
    // Indian grouping ("66,22,00,000": twos before the last three) is one figure in any language that prints it.
    const value = (INDIAN_GROUPING.test(raw) ? Number(raw.replace(/,/g, "")) : figureValue(raw, m[3], language)) * (scale ?? 1);
    if (!Number.isFinite(value)) continue;
    const sign = m[1] ? undefined : CURRENCY_BEFORE.exec(text.slice(Math.max(0, m.index - 4), m.index))?.[0];
    // A small word after the figure counts nothing ("€5,000 from June"): the figure has no noun, its sign counts it.
    const word = m[5] && !isStopWord(m[5].toLowerCase()) ? m[5] : undefined;
    // Spellings of one unit ("metres" / "meters") are one counted noun.
    const noun = (word ? unitSpelling(word.toLowerCase()) : undefined) ?? sign?.replace(/\s/gu, "");
    // The sign is shown with the figure it counts ("$2.6 billion") when it is what the figure counts.
    const start = sentence.start + m.index - (sign && !word ? sign.length : 0);
    // A counted noun that heads a compound is shown whole ("1,200 job cuts", not "1,200 job"): one more word, a plural.
    const compound = word && noun && !noun.endsWith("s") ? /^\s+\p{L}+s(?![\p{L}\p{N}])/u.exec(text.slice(m.index + m[0].length)) : null;
    const shown = m[5] && !word ? m[0].replace(/\s+\S+$/u, "").length : m[0].length;
    const end = sentence.start + m.index + shown + (compound && !isStopWord(compound[0].trim().toLowerCase()) ? compound[0].length : 0);
    const mention: NumberMention = { span: textSpan(body, start, end), value, qualifier: (m[1] ?? "").toLowerCase().replace(/\s+/g, " "), ...(noun && !isStopWord(noun) ? { noun } : {}) };
    const last = out[out.length - 1];
    // Where the figure's scale word ends (before a small word the pattern took for its noun).
    const headEnd = m.index + (m[5] ? m[0].length - m[5].length : m[0].length);
    if (compoundOf && last && !m[1] && scale !== undefined && value < compoundOf.scale && COMPOUND_JOIN.test(text.slice(compoundOf.end, m.index))) {
      // The rest of a compound figure: one figure, counted by the noun after its last part.
      out[out.length - 1] = { ...mention, span: textSpan(body, last.span.start, end), value: last.value + value, qualifier: last.qualifier };
    } else out.push(mention);
    if (scale !== undefined && (!m[5] || COMPOUND_JOIN.test(m[5]))) open = { scale, end: text.slice(0, headEnd).trimEnd().length };
  }
  // Number words are read in English only: read in French too, a count of days as things are ("un chantier de sept
  // jours") and one proposed ("des chantiers de 3 jours"), one topic in loosely matched sentences, became number drift
  // between two tellings of one statement; digits are what a retelling keeps or changes.
  if (!language || language.slice(0, 2).toLowerCase() === "en") out.push(...wordMentions(body, sentence, text));
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** Whether two counted nouns are one thing as far as money goes: both name the same currency, or neither names one (core/currencies.ts). */
function sameCurrency(a: string, b: string): boolean {
  return currencyOf(a) === currencyOf(b);
}

/** Whether two counted nouns are one word as written: one cut short from the other ("per" / "percent") or abbreviated ("Thn" / "Tahun"). */
function sameNounWritten(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a) || abbreviates(a, b) || abbreviates(b, a);
}

// Plural and possessive endings dropped, so "allies" meets "ally" and "loyalists" meets "loyalist".
function stem(w: string): string {
  if (w.length > 4 && w.endsWith("ies")) return w.slice(0, -3) + "y";
  if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss")) return w.slice(0, -1);
  return w;
}

const foldedFunctionWords = new Map<string, ReadonlySet<string>>();
/** A language's function words (core/functionWords.ts) as this module's content words are written: folded and stemmed. */
function functionWordsFolded(language: string): ReadonlySet<string> {
  let set = foldedFunctionWords.get(language);
  if (!set) foldedFunctionWords.set(language, (set = new Set(functionWords(language).map((w) => stem(foldWord(w))))));
  return set;
}

/** A text's content words, stemmed (kept between runs: core/memo.ts; never changed by callers). */
function contentWords(text: string): readonly string[] {
  return remember("driftWords", textKey(text), () => contentWordsOf(text));
}

/**
 * A text's distinct content words, in order of first use (kept between runs like `contentWords`), read from its word
 * matches when the aligner gave them (the same words: `distinctContentWords`). Kept either way, so that the next run,
 * whose aligner takes its fingerprints from the memo and reads no body, finds every body's words.
 */
function distinctWords(text: string, matches?: WordMatches): readonly string[] {
  return remember("driftDistinct", textKey(text), () => (matches ? distinctContentWords(matches) : [...new Set(contentWords(text))]));
}

function contentWordsOf(text: string): string[] {
  return contentOfNorms(tokenNorms(text));
}

function contentOfNorms(norms: readonly string[]): string[] {
  const out: string[] = [];
  for (const w of norms) {
    const c = contentStem(w);
    if (c) out.push(c);
  }
  return out;
}

/**
 * A sentence's content words, as `contentWords` reads them from its text (kept between runs alike), cut from its
 * article's word matches where they read the same (`WordMatches.spanMatches`): an article's sentences are not each
 * tokenised on their own.
 */
function sentenceWords(bodyMatches: () => WordMatches, s: TextSpan): readonly string[] {
  return remember("driftWords", textKey(s.text), () => {
    const matches = bodyMatches();
    const sliced = s.text.length === s.end - s.start && matches.text.startsWith(s.text, s.start);
    const range = sliced ? matches.spanMatches(s.start, s.end) : undefined;
    if (!range) return contentWordsOf(s.text);
    const content = matchContent(matches);
    const out: string[] = [];
    for (let i = range.from; i < range.to; i++) if (content[i]) out.push(content[i]!);
    return out;
  });
}

// What a folded word adds to a text's content words (its stem, or "" for none), read once per word: a case's texts
// share a small vocabulary. Started afresh when large, like the fold memo.
const CONTENT_MEMO_LIMIT = 500_000;
let contentMemo = new Map<string, string>();

function contentStem(w: string): string {
  let c = contentMemo.get(w);
  if (c === undefined) {
    c = !isStopWord(w) && !/^\d/.test(w) && w.length > 2 ? stem(w) : "";
    if (contentMemo.size >= CONTENT_MEMO_LIMIT) contentMemo = new Map();
    contentMemo.set(w, c);
  }
  return c;
}

// What each match of a body adds to its content words ("" for none), read once: the body's word frequencies and each
// of its sentences take theirs from it.
const contentByMatch = new WeakMap<WordMatches, string[]>();

function matchContent(matches: WordMatches): readonly string[] {
  let content = contentByMatch.get(matches);
  if (!content) {
    content = [];
    for (let i = 0; i < matches.size; i++) {
      const norm = matches.normAt(i);
      content.push(norm === undefined ? "" : contentStem(norm));
    }
    contentByMatch.set(matches, content);
  }
  return content;
}

/** A text's distinct content words, in order of first use, from its word matches (what `distinctWords` reads from the text itself). */
function distinctContentWords(matches: WordMatches): string[] {
  const out = new Set<string>();
  for (const c of matchContent(matches)) if (c) out.add(c);
  return [...out];
}

/** Inputs of the drift finder. */
export interface DriftInputs {
  articles: readonly CleanArticle[];
  /** Each article's body words, by index of `articles`, where already read (by the aligner): its body is not tokenised again. */
  bodyWords?: readonly (WordMatches | undefined)[];
  readings: readonly ArticleReading[];
  relations: readonly ReuseRelation[];
}

/** Article frequency of each content word, for weighting rare words above the case's common vocabulary. */
function documentFrequency(articles: readonly CleanArticle[], bodyWords: DriftInputs["bodyWords"] = []): Map<string, number> {
  const df = new Map<string, number>();
  articles.forEach((a, i) => {
    for (const w of distinctWords(a.body, bodyWords[i])) df.set(w, (df.get(w) ?? 0) + 1);
  });
  return df;
}

/**
 * Each copying article's words printed only inside text it copied from another article of the case (the later side of
 * a copies relation; words it prints elsewhere in its body too are its own): an uncredited copy of a report prints the
 * report's names and rare words again, which makes them no commoner in the case. Without this, a third article copying
 * the first made every word the first and a retelling of it share common, and the retelling's changed figure went unread.
 */
function copyOnlyWords(articles: readonly CleanArticle[], relations: readonly ReuseRelation[]): Map<string, ReadonlySet<string>> {
  const byId = new Map(articles.map((a) => [a.meta.id, a]));
  const copied = new Map<string, Span[]>();
  for (const r of relations) if (r.kind === "copies" && byId.has(r.from)) copied.set(r.from, [...(copied.get(r.from) ?? []), ...r.passages.map((p) => p.from)]);
  const out = new Map<string, ReadonlySet<string>>();
  for (const [id, spans] of copied) {
    const body = byId.get(id)!.body;
    // The body cut into what it copied and what it wrote around that, in order.
    const inside = new Set<string>();
    const outside = new Set<string>();
    let at = 0;
    for (const sp of [...spans].sort((a, b) => a.start - b.start)) {
      if (sp.start > at) for (const w of distinctWords(body.slice(at, sp.start))) outside.add(w);
      if (sp.end > Math.max(at, sp.start)) for (const w of distinctWords(body.slice(Math.max(at, sp.start), sp.end))) inside.add(w);
      at = Math.max(at, sp.end);
    }
    if (at < body.length) for (const w of distinctWords(body.slice(at))) outside.add(w);
    const only = new Set([...inside].filter((w) => !outside.has(w)));
    if (only.size > 0) out.set(id, only);
  }
  return out;
}

/** Per word, how many articles print it only as copied text (copyOnlyWords). */
function copyRepeats(copyOnly: ReadonlyMap<string, ReadonlySet<string>>): Map<string, number> {
  const repeats = new Map<string, number>();
  for (const words of copyOnly.values()) for (const w of words) repeats.set(w, (repeats.get(w) ?? 0) + 1);
  return repeats;
}

/**
 * The article frequencies of this run from the last run's: a frequency counts the bodies that print the word, so the
 * bodies added since add theirs and the bodies removed take theirs away (a word no body prints any more is dropped, as
 * a count from nothing never holds it). Also the words whose frequency moved: only they can have changed rarity.
 */
function frequencyMoved(last: DriftState, articles: readonly CleanArticle[], bodyWords: DriftInputs["bodyWords"] = []): { df: Map<string, number>; moved: Set<string> } {
  // Each body's count now less its count in the last run (two articles may print one body).
  const net = new Map<string, number>();
  for (const body of last.bodies) net.set(body, (net.get(body) ?? 0) - 1);
  const words = new Map<string, WordMatches | undefined>();
  articles.forEach((a, i) => {
    net.set(a.body, (net.get(a.body) ?? 0) + 1);
    if (bodyWords[i]) words.set(a.body, bodyWords[i]);
  });
  const df = new Map(last.df);
  const moved = new Set<string>();
  net.forEach((by, body) => {
    if (by === 0) return;
    for (const w of distinctWords(body, words.get(body))) {
      const n = (df.get(w) ?? 0) + by;
      if (n > 0) df.set(w, n);
      else df.delete(w);
      moved.add(w);
    }
  });
  return { df, moved };
}

function sentenceIndex(sentences: readonly TextSpan[], offset: number): number {
  return sentences.findIndex((s) => s.start <= offset && offset < s.end);
}

/** Sources a sentence credits: sources with a mention inside it, and speakers of quotations inside it. */
function sourcesIn(reading: ArticleReading, s: Span): Set<string> {
  const out = new Set<string>();
  for (const src of reading.sources) if (src.mentions.some((m) => contains(s, m))) out.add(src.key);
  for (const q of reading.quotations) if (q.speaker && q.span.start < s.end && s.start < q.span.end) out.add(q.speaker);
  return out;
}

/** Whether a source of a reading is an unnamed collective of reporting ("media reports", "local media"). */
function collectiveOf(reading: ArticleReading, key: string): boolean {
  return reading.sources.some((x) => x.key === key && x.collective === true);
}

/**
 * Whether two sentences are one printed twice but for their figures: their words other than numbers differ by at most
 * MAX_FIGURE_WORDS_CHANGED (a unit written out or as a sign, "3,000 euros" / "€5,000"), and they are long enough
 * (MIN_RETOLD_WORDS) not to be two stock phrases. Each side is given as its words other than numbers (wordsBesideFigures).
 */
function sameBarFigures(wa: readonly string[], wb: readonly string[]): boolean {
  if (Math.min(wa.length, wb.length) < MIN_RETOLD_WORDS) return false;
  const left = new Map<string, number>();
  for (const w of wa) left.set(w, (left.get(w) ?? 0) + 1);
  let extra = 0;
  for (const w of wb) {
    const n = left.get(w) ?? 0;
    if (n > 0) left.set(w, n - 1);
    else extra++;
  }
  for (const n of left.values()) extra += n;
  return extra <= MAX_FIGURE_WORDS_CHANGED;
}

/** A sentence's words other than numbers, as sameBarFigures compares them. */
function wordsBesideFigures(text: string): string[] {
  return tokenNorms(text).filter((w) => !/^\p{N}/u.test(w));
}

/** The one figure of each side that the other does not state, when exactly one on each side differs. */
function soleChangedFigure(later: readonly NumberMention[], earlier: readonly NumberMention[]): [NumberMention, NumberMention] | undefined {
  const onlyIn = (xs: readonly NumberMention[], ys: readonly NumberMention[]) => xs.filter((x) => !ys.some((y) => y.value === x.value));
  const l = onlyIn(later, earlier);
  const e = onlyIn(earlier, later);
  return l.length === 1 && e.length === 1 && later.length === earlier.length ? [l[0]!, e[0]!] : undefined;
}

/** Whether most of a sentence is a quotation in quotation marks: a speaker's own words, not reported speech. */
function quotedSentence(reading: ArticleReading, s: Span): boolean {
  return reading.quotations.some((q) => q.kind === "quotation" && Math.min(q.span.end, s.end) - Math.max(q.span.start, s.start) >= (s.end - s.start) / 2);
}

/** The content words of a source's name and role: words of the credit, not of what is credited. */
function creditWordsOf(reading: ArticleReading, key: string): readonly string[] {
  const src = reading.sources.find((x) => x.key === key);
  return src ? contentWordsOf(`${src.name} ${src.role ?? ""}`) : [];
}

/** Verbs by which a sentence gives its words to a source ("X said that …", "X added", "X wrote:"). */
export const CREDIT_VERBS: readonly string[] = [...ATTRIBUTION_WORDS, "say", "added", "adds", "wrote", "writes", "explained", "explains", "stated", "states", "noted", "notes", "insisted", "argued", "announced"];
const QUOTE_MARKS = /["“”„«»]/;
const CREDIT_RE = new RegExp(`\\b(?:${CREDIT_VERBS.join("|")})\\b`, "i");

/** Whether a sentence credits what it says to someone: a speech verb, or quotation marks. */
function credits(s: TextSpan): boolean {
  return CREDIT_RE.test(s.text) || QUOTE_MARKS.test(s.text);
}

/** Content words a copied sentence must share with the earlier sentence it reprints for the two to be one statement. */
const MIN_DROPPED_SHARED = 4;

/** Share of a sentence that lies inside a passage. */
function overlapShare(s: Span, p: Span): number {
  const inside = Math.min(s.end, p.end) - Math.max(s.start, p.start);
  return inside > 0 ? inside / Math.max(1, s.end - s.start) : 0;
}

/** Neither the sentence nor its neighbours name the source (a credit given once for a paragraph, or by a pronoun, is still given). */
function creditDropped(reading: ArticleReading, body: string, i: number, earlierSources: ReadonlySet<string>, earlierNames: readonly string[]): boolean {
  // The sentences around it, and the line that opens the block it stands in ("… which began:"). One that names the
  // person by surname, in any case form ("a passage of Borecki's text": "fragment tekstu Boreckiego"), credits the
  // words to them for its reader, whether or not the reading resolved that credit.
  const near = [reading.sentences[i - 1], reading.sentences[i], reading.sentences[i + 1], blockLeadIn(body, reading.sentences, i)].filter((x): x is TextSpan => x !== undefined);
  return near.every((x) => ![...sourcesIn(reading, x)].some((k) => earlierSources.has(k)) && !earlierNames.some((name) => namesPerson(x.text, name)));
}

/**
 * Drift of one linked pair, kept from one run of a case to the next (core/memo.ts `leave`): an added article changes
 * the word frequencies and the number of articles, and little else a pair's drift reads. A pair's drift depends on
 * its two articles' bodies, sentences, sources and quotations, on the passages that link them, on which of the words
 * both print are rare in the case (at most two articles print them), and, where two earlier sentences could take one
 * later sentence's credit, on the words' weights. So it is computed again when an article input or a passage moved,
 * when one of the words both articles print became rare or stopped being rare, or when weights chose between two
 * sentences (`weighed`: every weight moves when the case grows); otherwise it is what the last run found.
 */
interface PairDrift {
  /** The drift the pair pushes, in order, each under its key (the first push of a key across the case wins). */
  pushed: [string, DriftEvidence][];
  /** Words of the later article's sentences that the earlier article's sentences print too. */
  shared: string[];
  weighed: boolean;
}

/** What the drift finder reads of one article (besides its sentences' words, a function of their texts). */
interface ArticleInputs {
  body: string;
  sentences: readonly TextSpan[];
  /** Its sources and quotations, as the drift finder reads them. */
  credits: string;
}

/** What one run leaves for the next (never changed once left). */
interface DriftState {
  df: ReadonlyMap<string, number>;
  /** The words `df` counts again for copies (copyRepeats): rarity reads the frequency less these. */
  repeats: ReadonlyMap<string, number>;
  /** Each copying article's copy-only words (copyOnlyWords), joined: a pair whose articles' changed is weighed again. */
  copyOnly: ReadonlyMap<string, string>;
  /** The bodies `df` counts, one per article. */
  bodies: readonly string[];
  articles: ReadonlyMap<string, ArticleInputs>;
  pairs: ReadonlyMap<string, { inputs: string; drift: PairDrift }>;
}

const DRIFT_STATE = "driftPairs";

/** Rare, as the pair loop reads it: at most two articles print the word. */
const rare = (count: number): boolean => count <= 2;

/** How many texts print a word other than as copied text: its frequency, less the copies (copyRepeats). */
const textsPrinting = (df: ReadonlyMap<string, number>, repeats: ReadonlyMap<string, number>, w: string): number => (df.get(w) ?? 0) - (repeats.get(w) ?? 0);

/**
 * Words whose count of printing texts moved between two runs where it may decide rarity for some pair (a pair counts
 * its own two articles' copied words back, so the count is read up to two higher): among the words whose frequency or
 * copy count moved (no other can have).
 */
function movedRarity(before: DriftState, df: ReadonlyMap<string, number>, repeats: ReadonlyMap<string, number>, frequencyMoved: ReadonlySet<string>): Set<string> {
  const moved = new Set<string>();
  const candidates = new Set([...frequencyMoved, ...before.repeats.keys(), ...repeats.keys()]);
  for (const w of candidates) {
    const [now, then] = [textsPrinting(df, repeats, w), textsPrinting(before.df, before.repeats, w)];
    if (now !== then && rare(Math.min(now, then))) moved.add(w);
  }
  return moved;
}

function articleInputsOf(a: CleanArticle, r: ArticleReading): ArticleInputs {
  const said = JSON.stringify([
    r.sources.map((s) => [s.key, s.type, s.name, s.role ?? null, s.mentions.map((m) => [m.start, m.end])]),
    r.quotations.map((q) => [q.speaker ?? null, q.span.start, q.span.end]),
  ]);
  // Its outlet and date too: a figure given as the outlet's own, or dated after it, is no drift (toldAsTheirs, countedLater).
  return { body: a.body, sentences: r.sentences, credits: `${said}\u0000${a.meta.outlet ?? ""}\u0000${a.meta.published?.iso ?? ""}` };
}

function sameArticleInputs(a: ArticleInputs | undefined, b: ArticleInputs): boolean {
  if (!a || a.body !== b.body || a.credits !== b.credits) return false;
  if (a.sentences === b.sentences) return true;
  return a.sentences.length === b.sentences.length && a.sentences.every((s, i) => s.start === b.sentences[i]!.start && s.end === b.sentences[i]!.end && s.text === b.sentences[i]!.text);
}

/** A linked pair's passages and copied stretches, as one string. */
function pairInputs(passages: readonly { from: Span; to: Span }[], copied: readonly { from: Span; to: Span; ordered: boolean }[]): string {
  let out = "";
  for (const p of passages) out += `${p.from.start},${p.from.end},${p.to.start},${p.to.end};`;
  out += "|";
  for (const p of copied) out += `${p.from.start},${p.from.end},${p.to.start},${p.to.end},${p.ordered ? 1 : 0};`;
  return out;
}

/** How far before a figure the outlet it is given as the figure of may be named ("EastWire's first report gave 12"). */
const OWNER_REACH = 60;

/**
 * Whether the later article gives a figure as a count of its own time, not as a retelling of the earlier article's:
 * the clause that leads to it (from the sentence's start or its last semicolon) names a day after the earlier article
 * was published ("Governor X said on 16 April that nine people died", in a check of a report of 14 April). A count
 * made after a report cannot be that report's figure changed on the way.
 */
function countedLater(later: CleanArticle, earlier: CleanArticle, sentence: Span, figure: NumberMention): boolean {
  return datedAfter(later.body.slice(sentence.start, figure.span.start), later.meta.language, later.meta.published, earlier.meta.published);
}

/**
 * Whether the words leading to a figure (`lead`: from its sentence's start) date it after `earlier` was published: the
 * clause that holds it (after the lead's last semicolon) names such a day ("Governor X said on 16 April that nine people
 * died"). A year left out is read as `published` (the later text's date, else the earlier's) would mean it.
 */
export function datedAfter(lead: string, language: string | undefined, published: PublishedDate | undefined, earlier: PublishedDate | undefined): boolean {
  if (!earlier) return false;
  const clause = lead.slice(lead.lastIndexOf(";") + 1);
  const reference = new Date(dateInterval(published ?? earlier).end);
  const after = dateInterval(earlier).end;
  return namedDays(clause, language, reference).some((d) => d.day >= after);
}

/** Per language, the words that tell a figure as a count of the text's own time (`newCountWords`), whole words in any case. */
const newCountWords = perLanguage((frames) => {
  const words = frames.newCountWords ?? [];
  return words.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map((w) => escapeRegExp(w).replace(/ /g, "\\s+")).join("|")})(?![\\p{L}\\p{N}])`, "iu") : undefined;
});

/**
 * Whether a text tells a figure as a count of its own time, changed since ("So far 19 people were killed", "the toll
 * rose to 19", "ist auf 19 gestiegen"): the clause that holds the figure (between semicolons of its sentence) says so.
 * Such a count is a new one, however an earlier report's words surround it: a running count grows between days, and
 * a careful reader names no drift between two counts of different times.
 */
export function toldAsNewCount(body: string, sentence: Span, figure: Span, language: string | undefined): boolean {
  const re = newCountWords(framesFor(language));
  if (!re) return false;
  const text = body.slice(sentence.start, sentence.end);
  const at = figure.start - sentence.start;
  const end = text.indexOf(";", figure.end - sentence.start);
  return re.test(text.slice(text.lastIndexOf(";", at) + 1, end < 0 ? text.length : end));
}

/**
 * Whether the later article gives a figure as the earlier article's own: the earlier's outlet is named shortly before
 * it, with no other figure or semicolon between ("EastWire's first report gave 12", "Northbridge Wire put it at 12").
 * Told as whose figure it is, the figure drops no qualifier on the way: a reader is sent to the report to read it whole.
 */
function toldAsTheirs(later: CleanArticle, earlier: CleanArticle, sentence: Span, figure: NumberMention): boolean {
  const outlet = earlier.meta.outlet;
  if (!outlet) return false;
  const lead = later.body.slice(Math.max(sentence.start, figure.span.start - OWNER_REACH - outlet.length), figure.span.start);
  const at = lead.toLowerCase().lastIndexOf(outlet.toLowerCase());
  if (at < 0) return false;
  const between = lead.slice(at + outlet.length);
  return !/[\p{N};]/u.test(between);
}

/** A stretch of the later article and the stretch of the earlier it stands for (`from` in the later, `to` in the earlier). */
interface LinkedPassage {
  from: Span;
  to: Span;
}

/** A stretch the later article copied from the earlier, and whether the dates order the two (reuseOrderKnown). */
interface CopiedPassage extends LinkedPassage {
  ordered: boolean;
}

/** Two articles linked by reuse or by a citation of an article of the case, later first. */
interface LinkedPair {
  later: string;
  earlier: string;
  passages: LinkedPassage[];
  /** The later article's stretches that copy the earlier's text. */
  copied: CopiedPassage[];
}

/** The key of a linked pair: later article, then earlier. */
const pairKey = (later: string, earlier: string): string => `${later}\u0000${earlier}`;

/**
 * Pairs linked by reuse or by a citation of an article of the case, in that order. A republished story ("This article
 * first appeared on X") retells X's articles of the case as a citation does, in whatever language: a figure it changes
 * has drifted as much (a translation carries no copied text to link them by).
 */
function linkedPairs(inputs: DriftInputs): Map<string, LinkedPair> {
  const linked = new Map<string, LinkedPair>();
  for (const r of inputs.relations) {
    const key = pairKey(r.from, r.to);
    const entry = linked.get(key) ?? { later: r.from, earlier: r.to, passages: [], copied: [] };
    entry.passages.push(...r.passages.map((p) => ({ from: p.from, to: p.to })));
    if (r.kind === "copies") entry.copied.push(...r.passages.map((p) => ({ from: p.from, to: p.to, ordered: reuseOrderKnown(r) })));
    linked.set(key, entry);
  }
  const linkAlone = (later: string, earlier: string) => {
    if (!linked.has(pairKey(later, earlier))) linked.set(pairKey(later, earlier), { later, earlier, passages: [], copied: [] });
  };
  for (const r of inputs.readings) for (const at of r.attributions) if (at.article && at.article !== r.article) linkAlone(r.article, at.article);
  const byOutlet = new Map<string, string[]>();
  for (const a of inputs.articles) if (a.meta.outlet) byOutlet.set(outletKey(a.meta.outlet), [...(byOutlet.get(outletKey(a.meta.outlet)) ?? []), a.meta.id]);
  for (const r of inputs.readings) for (const s of r.syndication) for (const earlier of byOutlet.get(s.outlet) ?? []) if (earlier !== r.article) linkAlone(r.article, earlier);
  return linked;
}

/**
 * What the drift finder reads of a case once, for every pair: articles and readings by id, word frequencies and
 * rarity, and each sentence's numbers and words (read when first asked, then kept for the run: a sentence meets every
 * sentence it shares words with, and an article is the earlier side of many linked pairs).
 */
interface DriftCase {
  byId: ReadonlyMap<string, CleanArticle>;
  readings: ReadonlyMap<string, ArticleReading>;
  /** Article frequency of each content word (documentFrequency). */
  df: ReadonlyMap<string, number>;
  /** Each copying article's copy-only words (copyOnlyWords), and how many articles print each word only as copied text. */
  copyOnly: ReadonlyMap<string, ReadonlySet<string>>;
  repeats: ReadonlyMap<string, number>;
  /** Whether a word is rare for one pair: its own two articles count, copied or not (a copy and its source are still two printings). */
  rareFor: (later: string, earlier: string) => (w: string) => boolean;
  /** A content word's weight: rare words above the case's common vocabulary. */
  weight: (w: string) => number;
  /** An article's own language, not the reading rules used: a language without rules of its own is read with English ones. */
  languageOf: (id: string) => string;
  /** A sentence's numbers (numberMentions), read once. */
  mentionsIn: (a: CleanArticle, sentence: Span) => NumberMention[];
  /** A sentence's content words as a set, read once. */
  wordSet: (a: CleanArticle, s: TextSpan) => ReadonlySet<string>;
  /** A sentence's words beside its figures (wordsBesideFigures), by its text, read once. */
  figureFreeWords: (text: string) => readonly string[];
  /** An article's sentences by content word (ascending), made once from its sentences' word sets. */
  sentencesWith: (article: string, words: readonly ReadonlySet<string>[]) => ReadonlyMap<string, readonly number[]>;
  /** Scratch space for pairing one later sentence with the earlier sentences, all zero between sentences (sentencePairs). */
  sharedCount: Int32Array;
  rareCount: Int32Array;
}

/** What the drift finder reads of a case once (DriftCase), from the inputs and this run's word frequencies. */
function driftCase(inputs: DriftInputs, df: ReadonlyMap<string, number>): DriftCase {
  const byId = new Map(inputs.articles.map((a) => [a.meta.id, a]));
  const readings = new Map(inputs.readings.map((r) => [r.article, r]));
  const copyOnly = copyOnlyWords(inputs.articles, inputs.relations);
  const repeats = copyRepeats(copyOnly);
  const rareFor = (later: string, earlier: string) => {
    const [ownL, ownE] = [copyOnly.get(later), copyOnly.get(earlier)];
    return (w: string) => rare(textsPrinting(df, repeats, w) + (ownL?.has(w) ? 1 : 0) + (ownE?.has(w) ? 1 : 0));
  };
  const mentions = new Map<string, NumberMention[]>();
  const languageOf = (id: string) => (byId.get(id)?.meta.language ?? readings.get(id)?.detectedLanguage ?? readings.get(id)?.language ?? "").toLowerCase().slice(0, 2);
  const mentionsIn = (a: CleanArticle, sentence: Span): NumberMention[] => {
    const key = `${a.meta.id}\u0000${sentence.start}\u0000${sentence.end}`;
    let found = mentions.get(key);
    if (!found) mentions.set(key, (found = numberMentions(a.body, sentence, a.meta.language ?? readings.get(a.meta.id)?.detectedLanguage ?? readings.get(a.meta.id)?.language)));
    return found;
  };
  const wordSets = new Map<string, ReadonlySet<string>>();
  // Each body's word matches, read by the aligner or here, once, and only when a sentence's words are not kept in the
  // memo (on a case's next run most are: reading every linked body again was most of the drift finder's time).
  const matches = new Map<string, WordMatches>();
  inputs.bodyWords?.forEach((m, i) => m && matches.set(inputs.articles[i]!.body, m));
  const bodyMatches = (body: string): WordMatches => {
    let m = matches.get(body);
    if (!m) matches.set(body, (m = new WordMatches(body)));
    return m;
  };
  const wordSet = (a: CleanArticle, s: TextSpan): ReadonlySet<string> => {
    let set = wordSets.get(s.text);
    if (!set) wordSets.set(s.text, (set = new Set(sentenceWords(() => bodyMatches(a.body), s))));
    return set;
  };
  // A reprinted story's sentence is paired with its printing in every copy linked to it, and tokenising it again for
  // each pair was a third of the drift finder's time.
  const figureFree = new Map<string, readonly string[]>();
  const figureFreeWords = (text: string): readonly string[] => {
    let words = figureFree.get(text);
    if (!words) figureFree.set(text, (words = wordsBesideFigures(text)));
    return words;
  };
  const byWord = new Map<string, Map<string, number[]>>();
  const sentencesWith = (article: string, words: readonly ReadonlySet<string>[]): ReadonlyMap<string, readonly number[]> => {
    let index = byWord.get(article);
    if (!index) {
      byWord.set(article, (index = new Map()));
      words.forEach((set, j) => {
        for (const w of set) {
          const list = index!.get(w);
          if (list) list.push(j);
          else index!.set(w, [j]);
        }
      });
    }
    return index;
  };
  const longest = inputs.readings.reduce((most, r) => Math.max(most, r.sentences.length), 0);
  const n = inputs.articles.length;
  return {
    byId,
    readings,
    df,
    copyOnly,
    repeats,
    rareFor,
    weight: (w: string) => Math.log(1 + n / (df.get(w) ?? 1)),
    languageOf,
    mentionsIn,
    wordSet,
    figureFreeWords,
    sentencesWith,
    sharedCount: new Int32Array(longest),
    rareCount: new Int32Array(longest),
  };
}

/** One linked pair as its drift is read: both articles, their readings, sentences and sentence words, later first. */
interface PairView {
  later: string;
  earlier: string;
  L: CleanArticle;
  E: CleanArticle;
  rl: ArticleReading;
  re: ArticleReading;
  ls: readonly TextSpan[];
  es: readonly TextSpan[];
  lWords: readonly ReadonlySet<string>[];
  eWords: readonly ReadonlySet<string>[];
  isRare: (w: string) => boolean;
}

/** Two sentences met by the words they share: later sentence, earlier sentence, weighted overlap, rare words shared. */
type SentenceOverlap = [later: number, earlier: number, score: number, rare: number];

/** A pushed drift under its key (the first push of a key across the case wins). */
type KeyedDrift = [string, DriftEvidence];

/**
 * Sentence pairs of a linked pair that state the same thing: the sentences of a shared passage, in order, and, around
 * copied text, its neighbours on both sides (`neighbours`, paired by position); and sentences sharing rare words
 * (`overlapping`: [later sentence, earlier sentence, weighted overlap, rare words shared]). (A passage every article of
 * the case prints has no rare word: its own sentences are still one statement retold, "1,200 engineers" → "12,000
 * engineers".) Around a quotation both print, the sentences are each writer's own: "governed for 42 years" beside it in
 * one and "aged 91 years" in the other are two things counted, not one retold. `shared`: words of the later article's
 * sentences that the earlier article's sentences print too.
 */
function sentencePairs(C: DriftCase, P: PairView, passages: readonly LinkedPassage[], copied: readonly CopiedPassage[]): { neighbours: [number, number][]; overlapping: SentenceOverlap[]; shared: Set<string> } {
  const { ls, es, lWords, eWords } = P;
  const { sharedCount, rareCount } = C;
  const copiedAt = new Set(copied.map((c) => `${c.from.start}:${c.to.start}`));
  const neighbours: [number, number][] = [];
  for (const p of passages) {
    const le = sentenceIndex(ls, p.from.end - 1);
    const ee = sentenceIndex(es, p.to.end - 1);
    const lb = sentenceIndex(ls, p.from.start);
    const eb = sentenceIndex(es, p.to.start);
    if (lb >= 0 && eb >= 0 && le >= lb && ee >= eb) {
      if (le - lb === ee - eb) for (let k = 0; k <= le - lb; k++) neighbours.push([lb + k, eb + k]);
      else neighbours.push([lb, eb], [le, ee]);
    }
    if (!copiedAt.has(`${p.from.start}:${p.to.start}`)) continue;
    if (le >= 0 && ee >= 0) neighbours.push([le + 1, ee + 1]);
    if (lb > 0 && eb > 0) neighbours.push([lb - 1, eb - 1]);
  }
  const overlapping: SentenceOverlap[] = [];
  const shared = new Set<string>();
  // Each later sentence meets only the earlier sentences it shares a word with (through the earlier article's
  // sentences by word), instead of every sentence pair of every linked pair; met in ascending order, as before.
  const earlierWith = C.sentencesWith(P.earlier, eWords);
  for (let i = 0; i < ls.length; i++) {
    const met: number[] = [];
    for (const w of lWords[i]!) {
      const js = earlierWith.get(w);
      if (!js) continue;
      shared.add(w);
      const rareWord = P.isRare(w);
      for (const j of js) {
        if (sharedCount[j] === 0) met.push(j);
        sharedCount[j]!++;
        if (rareWord) rareCount[j]!++;
      }
    }
    if (met.length > 1) met.sort((x, y) => x - y);
    for (const j of met) {
      const shared = sharedCount[j]!;
      const rare = rareCount[j]!;
      sharedCount[j] = 0;
      rareCount[j] = 0;
      // Counted first, weighed only where the pair qualifies (the weights summed in the later sentence's word order).
      // A statement every article of the case prints has no rare word; it is still one statement retold when most of
      // the shorter sentence's words are the other's ("a fine of 300 yen" → "a fine of 3,000 yen", repeated by a third).
      if (shared < 2 || (rare < 1 && !(shared >= MIN_RETOLD_SHARED && shared >= RETOLD_SHARE * Math.min(lWords[i]!.size, eWords[j]!.size)))) continue;
      let score = 0;
      for (const w of lWords[i]!) if (eWords[j]!.has(w)) score += C.weight(w);
      overlapping.push([i, j, score, rare]);
    }
  }
  return { neighbours, overlapping, shared };
}

/**
 * Number drift: one quantity, restated with another qualifier or counted noun, in sentence pairs that state the same
 * thing. Nouns of two languages are not compared: "38.000 Kursplätze" and "38,000 places" count the same thing in other
 * words.
 */
function numberDrift(C: DriftCase, P: PairView, neighbours: readonly [number, number][], overlapping: readonly SentenceOverlap[]): KeyedDrift[] {
  const { later, earlier, L, E, ls, es, lWords, eWords, isRare } = P;
  const { mentionsIn } = C;
  const pushed: KeyedDrift[] = [];
  const oneLanguage = C.languageOf(later) === C.languageOf(earlier);
  const sentencePairs = [...neighbours, ...overlapping.map(([i, j]) => [i, j] as [number, number])];
  // A figure one side prints and the other prints too, in a sentence paired with it, is retold unchanged: beside it
  // another figure of the passage ("Pasal 14 …" / "pasal 28 …") is another figure, not this one changed.
  const printedIn = (article: CleanArticle, sentences: readonly TextSpan[], indices: Iterable<number>, figure: NumberMention): boolean => {
    for (const k of indices) {
      const sentence = sentences[k];
      if (sentence && mentionsIn(article, sentence).some((m) => m.value === figure.value && (m.noun === figure.noun || (m.noun !== undefined && figure.noun !== undefined && sameNounWritten(m.noun, figure.noun))))) return true;
    }
    return false;
  };
  // Two sentences met only by the words they share are one statement retold only if they share words besides what the
  // figures count: "He has ruled for 42 years" and "The president, aged 91 years, …" share "years" and the country,
  // and count a reign and an age. (The sentences of a shared passage and their neighbours are paired by position.)
  const byPosition = new Set(neighbours.map(([i, j]) => `${i}:${j}`));
  const sharedBeyondCounted = (i: number, j: number, nl: NumberMention, ne: NumberMention): boolean => {
    if (byPosition.has(`${i}:${j}`)) return true;
    const counted = new Set([nl.noun, ne.noun].flatMap((noun) => (noun ? [contentStem(foldWord(noun))] : [])));
    let shared = 0;
    let rare = 0;
    for (const w of lWords[i]!)
      if (eWords[j]!.has(w) && !counted.has(w)) {
        shared++;
        if (isRare(w)) rare++;
      }
    const shorter = Math.min(lWords[i]!.size, eWords[j]!.size) - counted.size;
    return shared >= 2 && (rare >= 1 || (shared >= MIN_RETOLD_SHARED && shared >= RETOLD_SHARE * shorter));
  };
  const pairedWithLater = (i: number) => sentencePairs.filter(([a]) => a === i).map(([, b]) => b);
  const pairedWithEarlier = (j: number) => sentencePairs.filter(([, b]) => b === j).map(([a]) => a);
  for (const [i, j] of sentencePairs) {
    const sl = ls[i];
    const se = es[j];
    if (!sl || !se) continue;
    const inLater = mentionsIn(L, sl);
    const inEarlier = mentionsIn(E, se);
    // Two printings of one sentence that differ only in one figure ("scored 12 percent better" / "scored 20 percent
    // better"): that figure was changed, however far it moved and whatever it counts.
    const changed = oneLanguage && sameBarFigures(C.figureFreeWords(sl.text), C.figureFreeWords(se.text)) ? soleChangedFigure(inLater, inEarlier) : undefined;
    const emitNumberDrift = (nl: NumberMention, ne: NumberMention): void => {
      // A count of a later day, or the earlier's own figure given as theirs, is no retelling of it.
      // So is a count either text says is of its own time, changed since ("so far", "rose to").
      if (countedLater(L, E, sl, nl) || (nl.value === ne.value && toldAsTheirs(L, E, sl, nl))) return;
      if (nl.value !== ne.value && (toldAsNewCount(L.body, sl, nl.span, L.meta.language) || toldAsNewCount(E.body, se, ne.span, E.meta.language))) return;
      pushed.push([
        `n\u0000${later}\u0000${nl.span.start}\u0000${earlier}`,
        {
          type: "number_drift",
          articles: [later, earlier],
          later: nl,
          earlier: ne,
          sentences: [sl, se],
          explanation: `${earlier} says "${ne.span.text}"; ${later} restates it as "${nl.span.text}".`,
        },
      ]);
    };
    for (const nl of inLater)
      for (const ne of inEarlier) {
        if (changed && changed[0] === nl && changed[1] === ne) {
          emitNumberDrift(nl, ne);
          continue;
        }
        if (!oneQuantityRetold(nl, ne, inLater, inEarlier, oneLanguage)) continue;
        // Both articles print both figures: two figures of one passage, neither changed. (One figure restated with
        // another qualifier, "As many as 64" / "64", is printed by both as well: that is a hedge dropped, still said.)
        if (!changed && nl.value !== ne.value && printedIn(E, es, pairedWithLater(i), nl) && printedIn(L, ls, pairedWithEarlier(j), ne)) continue;
        if (!sharedBeyondCounted(i, j, nl, ne)) continue;
        emitNumberDrift(nl, ne);
      }
  }
  return pushed;
}

/**
 * Whether two figures of two versions of one statement (`inLater`, `inEarlier`: all the figures of each) are one
 * quantity retold with a change worth naming: another qualifier on the same number, or another number of the same
 * counted thing close enough to be one retold (a slipped zero where it is the one such figure on each side).
 */
function oneQuantityRetold(nl: NumberMention, ne: NumberMention, inLater: readonly NumberMention[], inEarlier: readonly NumberMention[], oneLanguage: boolean): boolean {
  // Small figures are too often other things (an hour, a rank, a count of days) to pair, except the one count of
  // the same noun in each of two versions of a statement ("3 balıkçı" → "5 balıkçı", "3 fishermen" → "5 fishermen").
  // Across languages the counted nouns are other words ("20 Airbus jets", "25 appareils Airbus"): two versions of
  // one statement that each give one figure, of some counted thing, give the same quantity.
  const soleAcross = (a: NumberMention, b: NumberMention): boolean => !oneLanguage && inLater.filter((m) => m.noun !== undefined && m.value >= 10).length === 1 && inEarlier.filter((m) => m.noun !== undefined && m.value >= 10).length === 1 && !UNIT_NOUNS.has(a.noun ?? "") && !UNIT_NOUNS.has(b.noun ?? "") && (Math.max(a.value, b.value) <= MAX_RETOLD_RATIO * Math.min(a.value, b.value) || misrenderedFigures(a.value, b.value));
  const soleSmall = oneLanguage && nl.noun !== undefined && nl.noun === ne.noun && nl.value >= 2 && ne.value >= 2 && Number.isInteger(nl.value) && Number.isInteger(ne.value) && inLater.filter((m) => m.noun === nl.noun).length === 1 && inEarlier.filter((m) => m.noun === nl.noun).length === 1;
  if ((nl.value < 10 || ne.value < 10) && !soleSmall) return false;
  // One figure of a counted thing on each side is the same figure however far apart the values ("3 million
  // passengers" → "30 million passengers": a zero added); among several, only close values are paired.
  // A sum of money is no count: a zero is not slipped from "$2.6 billion" to "$300 million", they are two sums.
  const sole = nl.noun !== undefined && !UNIT_NOUNS.has(nl.noun) && !CURRENCY_SIGN.test(nl.noun) && inLater.filter((m) => m.noun === nl.noun).length === 1 && inEarlier.filter((m) => m.noun === nl.noun).length === 1;
  // Across languages, the one counted figure of each side misrendered ("1,200 jobs" → "12.000 Arbeitsplätze") is one too.
  const farthest = sole || (misrenderedFigures(nl.value, ne.value) && soleAcross(nl, ne)) ? MAX_MISCOUNT_RATIO : MAX_RETOLD_RATIO;
  if (nl.value === ne.value) {
    // The same number, restated with another qualifier ("no less than 1,000 loyalists" → "More than 1,000
    // fighters"): the hedge on the figure moved. With the same qualifier, nothing about the figure changed: the
    // same number beside another noun ("2.4 million votes" / "2.4 million ballots") counts another thing, or the
    // same thing named otherwise, and is no figure retold differently.
    // A bare figure and the same figure rounded in words ("3 million" / "around 3 million") say the same.
    const hedged = (a: string, b: string) => a === "" && APPROXIMATE.has(b);
    return !(sameQualifier(nl.qualifier, ne.qualifier) || hedged(nl.qualifier, ne.qualifier) || hedged(ne.qualifier, nl.qualifier));
  }
  if (!nl.noun || !ne.noun || !sameCurrency(nl.noun, ne.noun) || (stem(nl.noun) !== stem(ne.noun) && !soleAcross(nl, ne)) || (Math.abs(nl.value - ne.value) <= 0.05 * Math.max(nl.value, ne.value) && !nl.noun.includes("/")) || Math.max(nl.value, ne.value) > farthest * Math.min(nl.value, ne.value)) {
    // Another number of the same counted thing in the same statement ("22,000 vehicles" → "30,000 vehicles") is drift;
    // different things (two currencies, or a sum of money and a count, are two, in any language), a rounding, or figures too far apart to be one retold ("10 per cento" beside "81 per cento")
    // are not.
    return false;
  }
  return true;
}

/** The named sources of a reading, by key: two unnamed sources cannot be told apart. */
function namedSources(reading: ArticleReading): Set<string> {
  return new Set(reading.sources.filter((x) => x.type === "named").map((x) => x.key));
}

/**
 * Attribution drift: what the earlier article credits to a named source, the later credits to another source.
 * (Outside a copy, a sentence without a credit may be the writer's own summary: dropped credits are read inside copied
 * text only, droppedCredits.) `weighed`: where two earlier sentences could take one later sentence's credit, the words'
 * weights chose between them.
 */
function attributionDrift(C: DriftCase, P: PairView, overlapping: readonly SentenceOverlap[]): { pushed: KeyedDrift[]; weighed: boolean } {
  const { later, earlier, rl, re, ls, es, lWords, eWords, isRare } = P;
  const { languageOf } = C;
  const pushed: KeyedDrift[] = [];
  const emit = (key: string, e: DriftEvidence) => void pushed.push([key, e]);
  let weighed = false;
  const named = namedSources(re);
  const [noContentL, noContentE] = [functionWordsFolded(languageOf(later)), functionWordsFolded(languageOf(earlier))];
  const best = new Map<number, [number, number]>();
  for (const [i, j, score, rare] of overlapping) {
    // Re-crediting is a strong charge: the two sentences must share at least two words rare in the case.
    if (rare < 2) continue;
    const srcE = new Set([...sourcesIn(re, es[j]!)].filter((k) => named.has(k)));
    if (srcE.size === 0) continue;
    // An unnamed collective of reporting ("…, state media reported", "local media said") points to other coverage: it
    // credits no one new, so the statement is not re-credited to it.
    const srcL = new Set([...sourcesIn(rl, ls[i]!)].filter((k) => !collectiveOf(rl, k)));
    // One name romanised two ways ("Andrej Wolkow" / "Andrei Wolkow") is the same person, keyed twice.
    const nameIn = (r: ArticleReading, k: string) => r.sources.find((x) => x.key === k)?.name ?? "";
    if (srcL.size === 0 || [...srcL].some((k) => srcE.has(k) || [...srcE].some((e) => respelledName(nameIn(rl, k), nameIn(re, e))))) continue;
    // The later article crediting the earlier's statement to the same person in another sentence (a lead's paraphrase,
    // then the quotation with its speaker) moved no credit: the lead is its summary.
    if (overlapping.some(([i2, j2]) => j2 === j && i2 !== i && [...sourcesIn(rl, ls[i2]!)].some((k) => srcE.has(k)))) continue;
    // …and the words must be the statement's, not its credit's: "Herald said the town would ask the Environment
    // Ministry for funding" and "Environment Minister Dragan Selo said his ministry was ready to help" share only
    // the minister's title.
    const creditWords = new Set([...srcE].flatMap((k) => creditWordsOf(re, k)).concat([...srcL].flatMap((k) => creditWordsOf(rl, k))));
    let rareContent = 0;
    let sharedContent = 0;
    for (const w of lWords[i]!) {
      // A function word of either language ("και", "δεν") is no shared content, however rare the language is in the case.
      if (!eWords[j]!.has(w) || creditWords.has(w) || noContentL.has(w) || noContentE.has(w)) continue;
      sharedContent++;
      if (isRare(w)) rareContent++;
    }
    if (rareContent < 2) continue;
    // …and where either is a speaker's own words in quotation marks, the other must print most of those words: a
    // quotation is the same statement only in the same words or a close variant. Two different quotations by two
    // people share a few words by chance, and in a small case or a language whose function words are not known every
    // shared word looks rare ("Wir … der …"). (Reported speech retold is weighed on its rare words alone.)
    const ownWords = (set: ReadonlySet<string>) => [...set].filter((w) => !creditWords.has(w)).length;
    const quoted = quotedSentence(re, es[j]!) || quotedSentence(rl, ls[i]!);
    if (quoted && sharedContent < SAME_STATEMENT_SHARE * Math.min(ownWords(lWords[i]!), ownWords(eWords[j]!))) continue;
    // "a harbour master" for "Marta Keller, a harbour master" is the same person described, not a new credit.
    const roles = [...srcE].map((k) => (re.sources.find((x) => x.key === k)?.role ?? "").toLowerCase()).filter(Boolean);
    const describesSame = [...srcL].every((k) => {
      const desc = (rl.sources.find((x) => x.key === k)?.name ?? "").toLowerCase().replace(/^(?:a|an|the|one)\s+/, "");
      return desc.length > 3 && roles.some((role) => role.includes(desc));
    });
    if (describesSame) continue;
    // A second candidate for one sentence: which wins depends on the words' weights, which move with every article.
    if (best.has(i)) weighed = true;
    if ((best.get(i)?.[1] ?? 0) < score) best.set(i, [j, score]);
  }
  for (const [i, [j]] of best) {
    const sl = ls[i]!;
    const se = es[j]!;
    const srcL = [...sourcesIn(rl, sl)].filter((k) => !collectiveOf(rl, k));
    const srcE = [...sourcesIn(re, se)].filter((k) => named.has(k));
    const name = (r: ArticleReading, keys: string[]) => keys.map((k) => r.sources.find((s) => s.key === k)?.name ?? k).join(", ") || "no one";
    emit(`a\u0000${later}\u0000${i}`, {
      type: "attribution_drift",
      articles: [later, earlier],
      laterSource: srcL[0] ?? "none",
      earlierSource: srcE[0]!,
      sentences: [sl, se],
      explanation: `${earlier} credits this to ${name(re, srcE)}; ${later} credits it to ${name(rl, srcL)}.`,
    });
  }
  return { pushed, weighed };
}

/**
 * Dropped credits: inside text the later article copied, a sentence the earlier credits to a named source is printed
 * with no one credited, here or in the sentences around it.
 */
function droppedCredits(P: PairView, copied: readonly CopiedPassage[]): KeyedDrift[] {
  const { later, earlier, L, rl, re, ls, es, lWords, eWords } = P;
  const pushed: KeyedDrift[] = [];
  const emit = (key: string, e: DriftEvidence) => void pushed.push([key, e]);
  const named = namedSources(re);
  for (const p of copied) {
    for (let i = 0; i < ls.length; i++) {
      const sl = ls[i]!;
      if (overlapShare(sl, p.from) < 0.5 || sourcesIn(rl, sl).size > 0) continue;
      let bestJ = -1;
      let bestShared = 0;
      es.forEach((se, j) => {
        if (overlapShare(se, p.to) === 0) return;
        let shared = 0;
        for (const w of lWords[i]!) if (eWords[j]!.has(w)) shared++;
        if (shared > bestShared) [bestJ, bestShared] = [j, shared];
      });
      if (bestJ < 0 || bestShared < MIN_DROPPED_SHARED) continue;
      const se = es[bestJ]!;
      // The earlier sentence credits the source (a speech verb or a quotation it speaks), not merely names it.
      const srcE = [...sourcesIn(re, se)].filter((k) => named.has(k));
      const namesE = srcE.flatMap((k) => re.sources.filter((x) => x.key === k && x.type === "named").map((x) => x.name));
      if (srcE.length === 0 || !credits(se) || credits(sl) || !creditDropped(rl, L.body, i, new Set(srcE), namesE)) continue;
      // Where the dates cannot order the two, words in quotation marks beside the same words unmarked may be the text
      // itself and a quotation of it; only reported speech ("X said that …") retold as narrative is a credit dropped.
      if (!p.ordered && QUOTE_MARKS.test(se.text)) continue;
      emit(`a\u0000${later}\u0000${i}`, {
        type: "attribution_drift",
        articles: [later, earlier],
        laterSource: "none",
        earlierSource: srcE[0]!,
        sentences: [sl, se],
        explanation: `${earlier} credits this to ${re.sources.find((x) => x.key === srcE[0])?.name ?? srcE[0]}; ${later} copies it and credits no one.`,
      });
    }
  }
  return pushed;
}

/** Drift of one linked pair: what it pushes, in order, with what the result rests on beyond the pair's own inputs. */
function pairDrift(C: DriftCase, { later, earlier, passages, copied }: LinkedPair): PairDrift | undefined {
  const L = C.byId.get(later);
  const E = C.byId.get(earlier);
  const rl = C.readings.get(later);
  const re = C.readings.get(earlier);
  if (!L || !E || !rl || !re) return undefined;
  const P: PairView = {
    later,
    earlier,
    L,
    E,
    rl,
    re,
    ls: rl.sentences,
    es: re.sentences,
    isRare: C.rareFor(later, earlier),
    lWords: rl.sentences.map((s) => C.wordSet(L, s)),
    eWords: re.sentences.map((s) => C.wordSet(E, s)),
  };
  const { neighbours, overlapping, shared } = sentencePairs(C, P, passages, copied);
  const numbers = numberDrift(C, P, neighbours, overlapping);
  const credits = attributionDrift(C, P, overlapping);
  const dropped = droppedCredits(P, copied);
  return { pushed: [...numbers, ...credits.pushed, ...dropped], shared: [...shared], weighed: credits.weighed };
}

/**
 * Drift of every linked pair, in order: a pair's drift is kept from the case's last run where nothing it rests on
 * moved (see PairDrift), and what this run read is left for the next.
 */
function driftOfPairs(C: DriftCase, linked: ReadonlyMap<string, LinkedPair>, last: DriftState | undefined, rarityMoved: ReadonlySet<string> | undefined, bodies: readonly string[]): KeyedDrift[] {
  const { byId, readings, df, copyOnly, repeats } = C;
  const pushed: KeyedDrift[] = [];
  const articleInputs = new Map<string, ArticleInputs>();
  const inputsOf = (id: string): ArticleInputs | undefined => {
    let found = articleInputs.get(id);
    if (!found) {
      const a = byId.get(id);
      const r = readings.get(id);
      if (!a || !r) return undefined;
      articleInputs.set(id, (found = articleInputsOf(a, r)));
    }
    return found;
  };
  const copyOnlyKeys = new Map([...copyOnly].map(([id, words]) => [id, [...words].sort().join(" ")]));
  const copyOnlyKey = (id: string) => copyOnlyKeys.get(id) ?? "";
  const pairsNow = new Map<string, { inputs: string; drift: PairDrift }>();
  for (const [key, pair] of linked) {
    const { later, earlier, passages, copied } = pair;
    const L = inputsOf(later);
    const E = inputsOf(earlier);
    if (!L || !E) continue;
    const inputs = pairInputs(passages, copied);
    const kept = last?.pairs.get(key);
    const unchanged =
      kept !== undefined &&
      !kept.drift.weighed &&
      kept.inputs === inputs &&
      sameArticleInputs(last!.articles.get(later), L) &&
      sameArticleInputs(last!.articles.get(earlier), E) &&
      (last!.copyOnly.get(later) ?? "") === copyOnlyKey(later) &&
      (last!.copyOnly.get(earlier) ?? "") === copyOnlyKey(earlier) &&
      !kept.drift.shared.some((w) => rarityMoved!.has(w));
    const drift = unchanged ? kept.drift : pairDrift(C, pair);
    if (!drift) continue;
    pairsNow.set(key, { inputs, drift });
    pushed.push(...drift.pushed);
  }
  leave(DRIFT_STATE, { df, repeats, copyOnly: copyOnlyKeys, bodies, articles: articleInputs, pairs: pairsNow } satisfies DriftState);
  return pushed;
}

/** Unsupported attribution: a clause credited to a cited article of the case that no sentence of it carries. */
function unsupportedAttributions(C: DriftCase, inputs: DriftInputs): KeyedDrift[] {
  const { byId, readings, languageOf, weight } = C;
  const pushed: KeyedDrift[] = [];
  const push = (key: string, e: DriftEvidence) => void pushed.push([key, e]);
  for (const r of inputs.readings) {
    const L = byId.get(r.article);
    if (!L) continue;
    for (const at of r.attributions) {
      const cited = at.article ? readings.get(at.article) : undefined;
      // Texts in two languages share no words: whether one supports the other cannot be read off them.
      // Only a confident reading of the credit may ground the charge.
      if (!at.article || at.article === r.article || !cited || languageOf(at.article) !== languageOf(r.article) || at.confidence < CONFIDENT) continue;
      // Where words carry clitics or go unspaced (Arabic, Persian, Chinese, Korean), the same word written twice differs
      // ("أشهر" / "الأشهر"): a sentence's words cannot show what a report does not say.
      if (negationWordsOf(r.language)?.wordBoundaries === false) continue;
      const E = byId.get(at.article)!;
      // "X says no such thing" needs X's whole text: a cited text the case holds only in part (cut at its end or its
      // start) may say it in the part that is missing.
      if (visiblyCut(E.body)) continue;
      // The cited article's headline says something too (start = end = -1: outside the body).
      const citedSentences: TextSpan[] = [...cited.sentences, ...(E.meta.title ? [{ start: -1, end: -1, text: E.meta.title }] : [])];
      const citedWords = citedSentences.map((s) => new Set(contentWords(s.text)));
      let worst: { clause: TextSpan; closest?: TextSpan; support: number } | undefined;
      // "These claims are in line with a report of X. The report … says that …": the content follows the credit.
      const k = sentenceIndex(r.sentences, at.sentence.end - 1);
      const next = k >= 0 ? r.sentences[k + 1] : undefined;
      const follows = next && REPORT_ANAPHORA.some((a) => next.text.toLowerCase().startsWith(a + " ") || next.text.toLowerCase().startsWith(a + ","));
      // A lead-in before a colon ("Great news for coffee lovers: X reports that …") is the writer's own voice, not the report's.
      const own = (c: Span) => c.end <= at.span.start && /[:—–]/.test(L.body.slice(c.end, at.span.start));
      // Another credit in the sentence ("riferisce l'ANSA, citando l'agenzia Efe") is no content of this one's.
      const otherCredit = (c: Span) => r.attributions.some((o) => o !== at && o.span.start < c.end && c.start < o.span.end);
      // "a blog post from X", "a report by X found that …": a report named as a thing credits X only with what follows it.
      // "The rumour appeared on Friday in X and was then taken up by several sites": where a story appeared names what
      // appeared before the credit; what follows is what became of it, not what X printed.
      const appeared = saysWherePublished(at);
      const credited = (c: Span) => (at.frame !== "reported_by" || c.start >= at.span.end) && !(appeared && c.start >= at.span.end) && !describesCited(L.body, c, at.span) && !(at.frame === "told" && appositiveBefore(L.body, c, at.span)) && !publishedThing(L.body, c, at.span);
      // "сообщает ТАСС со ссылкой на губернатора", "rapporte X, citant une source": whom X relied on, no content of X's.
      const relied = (c: Span) => c.start >= at.span.end && /^[\s,]*$/u.test(L.body.slice(at.span.end, c.start)) && citingCue(framesFor(r.language)).test(L.body.slice(c.start, c.end));
      // "reproduced by site X without the caveat that …", "sans préciser que …": what follows says what X did not print.
      const notPrinted = (c: Span) => c.start >= at.span.end && WITHOUT.test(L.body.slice(at.span.end, c.end));
      // "X lo replicó citando al tabloide, y ChismeRed publicó el mismo texto": a credit that opens a clause of its own
      // after a comma and a conjunction credits its outlet with nothing said before it, another statement.
      const joinedAt = coordinatedCredit(L.body, at.sentence, at.span, r.language);
      const before = (c: Span) => joinedAt !== undefined && c.end <= joinedAt;
      const attributed = [...clauses(L.body, at.sentence, at.span).filter((c) => !own(c) && !otherCredit(c) && credited(c) && !notPrinted(c) && !relied(c) && !before(c)), ...(follows ? clauses(L.body, next, { start: next.start, end: next.start }) : [])].map((c) => withoutLeadIn(L.body, c, at.span));
      for (const clause of attributed) {
        const words = [...new Set(contentWords(clause.text))];
        if (words.length < MIN_CLAUSE_WORDS || words.some((w) => ATTRIBUTION.has(w)) || nameOnly(clause.text, at.span.text)) continue;
        const total = words.reduce((s, w) => s + weight(w), 0);
        let support = 0;
        let closest: TextSpan | undefined;
        citedSentences.forEach((s, k) => {
          const kept = words.filter((w) => citedWords[k]!.has(w));
          // A sentence that prints the clause's words but for a verb or an adverb ("walnuts already prevent dementia" /
          // "walnuts every day stop dementia") may say it in other words: whether it does is not read off words, so the
          // charge is not made.
          const got = words.length - kept.length <= MAX_RETOLD_MISSING && kept.length >= 2 ? 1 : kept.reduce((x, w) => x + weight(w), 0) / total;
          if (got > support) {
            support = got;
            closest = s;
          }
        });
        if (!worst || support < worst.support) worst = { clause, support, ...(closest ? { closest } : {}) };
      }
      if (worst && worst.support < UNSUPPORTED_BELOW) {
        push(`u\u0000${r.article}\u0000${worst.clause.start}`, {
          type: "unsupported_attribution",
          articles: [r.article, at.article],
          clause: worst.clause,
          ...(worst.closest ? { closest: worst.closest } : {}),
          support: worst.support,
          explanation: `${r.article} credits ${E.meta.outlet ?? at.article} with "${worst.clause.text}", but no sentence of ${at.article} says so${worst.closest ? ` (closest: "${worst.closest.text}")` : ""}.`,
        });
      }
    }
  }
  return pushed;
}

/** Every drift the relations between articles reveal, later article first in each. */
export function findDrift(inputs: DriftInputs): DriftEvidence[] {
  // A pair's drift is kept from the case's last run where nothing it rests on moved (see PairDrift).
  const last = recall<DriftState>(DRIFT_STATE);
  const counted = last ? frequencyMoved(last, inputs.articles, inputs.bodyWords) : undefined;
  const C = driftCase(inputs, counted?.df ?? documentFrequency(inputs.articles, inputs.bodyWords));
  const rarityMoved = last && counted ? movedRarity(last, C.df, C.repeats, counted.moved) : undefined;
  const pairs = driftOfPairs(C, linkedPairs(inputs), last, rarityMoved, inputs.articles.map((a) => a.body));
  const out: DriftEvidence[] = [];
  const seen = new Set<string>();
  for (const [key, e] of [...pairs, ...unsupportedAttributions(C, inputs)]) {
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(e);
  }
  return out;
}


/** A comma and a conjunction, then at most a few words before a credit: the credit opens a coordinated clause. */
const coordinatedCredits = new Map<string, RegExp>();

/** Where the comma before a credit that opens a coordinated clause stands ("…, y ChismeRed publicó", "…, and the site X published"); undefined when it opens none. */
function coordinatedCredit(body: string, sentence: Span, credit: Span, language: string): number | undefined {
  let re = coordinatedCredits.get(language);
  if (!re) coordinatedCredits.set(language, (re = new RegExp(`,\\s*${conjunction(language)}\\s+(?:[\\p{L}\\p{M}'’-]+\\s+){0,3}$`, "iu")));
  const m = re.exec(body.slice(sentence.start, credit.start));
  return m ? sentence.start + m.index + 1 : undefined;
}

/**
 * How the credited words were said, between the credit and what was said ("said in a statement on Tuesday that …",
 * "a déclaré lundi que …"): the words up to the first complementiser, at most a few, are the writer's framing of the
 * credit, not what the outlet is credited with.
 */
const LEAD_IN = /^(?:[\p{L}\p{N}'’-]+\s+){1,8}?(?:(?:that|que|dass|che|dat|что)(?![\p{L}])|qu['’])\s*/iu;

/** A clause right after its credit without the lead-in that frames it (LEAD_IN). */
function withoutLeadIn(body: string, clause: TextSpan, credit: Span): TextSpan {
  if (clause.start < credit.end || !/^\s*$/u.test(body.slice(credit.end, clause.start))) return clause;
  const lead = LEAD_IN.exec(clause.text);
  return lead && lead[0].length < clause.text.length ? textSpan(body, clause.start + lead[0].length, clause.end) : clause;
}

/** One of the language's cues for whom an outlet relied on (`citingCues`: "citant", "со ссылкой на") opening a text. */
const citingCue = perLanguage((frames) => {
  const cues = frames.citingCues ?? [];
  return cues.length ? new RegExp(`^(?:${cues.map((c) => escapeRegExp(c).replace(/\s+/g, "\\s+")).join("|")})(?![\\p{L}])`, "iu") : /(?!)/u;
});

/**
 * "without" opening what follows a credit, in any language read (the frames' `without`): the words after it are what
 * the source left out.
 */
const WITHOUT = new RegExp(`^[\\s,]*(?:${[...new Set(LANGUAGES.flatMap((l) => l.without ?? []))].map(escapeRegExp).join("|")})(?![\\p{L}])`, "iu");

/** A verb of publishing closing a credit ("X published", "X publicó", "X a publié"): its object is a text, not what it says. */
const PUBLISHED = /(?<![\p{L}])(?:published|publishes|printed|ran|publicó|publica|publicado|publicou|publicaram|publie|publié|publia|pubblica|pubblicato|pubblicò|veröffentlicht\p{L}*|publiceerde|gepubliceerd)$/iu;
/** A complementiser within a few words: what follows is a clause ("published on Tuesday that …", "publicó que …"). */
const COMPLEMENT = /^(?:[\p{L}\p{N}'’-]+\s+){0,8}?(?:(?:that|que|dass|che|dat|что)(?![\p{L}])|qu['’])/iu;

/**
 * The words right after a credit that ends on a verb of publishing, with no complementiser to make them a clause ("La
 * Prensa publicó el martes una entrevista con el alcalde", "X published an interview with the mayor"): they name what
 * the outlet published, an event, and credit it with no proposition a cited article could fail to carry.
 */
function publishedThing(body: string, clause: Span, credit: Span): boolean {
  if (clause.start < credit.end || !/^\s*$/u.test(body.slice(credit.end, clause.start))) return false;
  return PUBLISHED.test(body.slice(credit.start, credit.end).trimEnd()) && !COMPLEMENT.test(body.slice(clause.start, clause.end));
}

/** Relative pronouns that open a clause about what precedes them, never a content clause ("that", "que" can be either). */
const RELATIVE = /^(?:which|who|whose|qui|dont|lequel|laquelle|lesquels|quien|quienes|cuyo|cuya|il quale|la quale|i quali|welche|welcher|welches)\b/iu;

/** Words that open a relative clause or a content clause alike ("que", "che", "that"). */
const RELATIVE_OR_COMPLEMENT = /^(?:que|che|that)(?![\p{L}])/iu;

/**
 * A clause right after the credit that opens on a relative pronoun ("…, which describes itself as …") describes the
 * outlet credited; it is not what the outlet is credited with. So does one opening on "que"/"che"/"that" after a
 * comma that follows the outlet's name ("repercutida pelo Portal X, que ainda errou a idade"): a content clause follows
 * its verb, not a name set off by a comma.
 */
function describesCited(body: string, clause: Span, credit: Span): boolean {
  const between = body.slice(credit.end, clause.start);
  if (clause.start < credit.end || !/^[\s,]*$/u.test(between)) return false;
  const opening = body.slice(clause.start, clause.end).trimStart();
  if (RELATIVE.test(opening)) return true;
  const endsOnName = /(?:^|\s)[\p{Lu}\p{N}][\p{L}\p{N}.'’&-]*[»”"]?\s*$/u.test(body.slice(credit.start, credit.end));
  return between.includes(",") && endsOnName && RELATIVE_OR_COMPLEMENT.test(opening);
}

/**
 * A clause in small letters right before an interview's credit, nothing but a comma between ("Anna Post, the scientist
 * whose tests prompted the closure, was quoted by X as saying …", "…, told X"): it describes the person who spoke, whose
 * words follow; it is not what the outlet is credited with. (A credit that holds its own subject, "…, which was caused by
 * a dam collapse, the Herald reported", takes the clause before it.)
 */
function appositiveBefore(body: string, clause: Span, credit: Span): boolean {
  return clause.end <= credit.start && /^[\s,]*$/u.test(body.slice(clause.end, credit.start)) && /^\s*\p{Ll}/u.test(body.slice(clause.start, clause.end));
}

/** Words (numbers aside) two printings of one sentence may differ by and still be one sentence whose figure changed. */
const MAX_FIGURE_WORDS_CHANGED = 2;

/** Words (numbers aside) the shorter of two such printings must have: fewer, and any two short phrases look alike. */
const MIN_RETOLD_WORDS = 8;

/** Two figures of one counted thing further apart than this are two quantities, not one retold. */
export const MAX_RETOLD_RATIO = 1.5;

/** How far apart one retold figure of a counted thing may be when it is the only one on each side: a slipped zero is ten times. */
export const MAX_MISCOUNT_RATIO = 10;

/** Words after a figure that are its unit, not a thing counted: two percentages in one statement are often two shares. */
const UNIT_NOUNS = new Set(["percent", "per", "pct", "points", "percentage"]);

/** Words, and share of the shorter sentence's words, two sentences with no rare word must share to be one statement retold. */
const MIN_RETOLD_SHARED = 3;
const RETOLD_SHARE = 0.6;

/** Share of the shorter sentence's own words (its credit's left out) the other must print for the two to be one statement whose credit moved. */
const SAME_STATEMENT_SHARE = 0.5;

/** A clause of fewer content words ("to address these concerns directly") is a lead-in, too little to say a report does not carry it. */
const MIN_CLAUSE_WORDS = 4;

/** Content words a clause may miss from a cited sentence that prints its others and still perhaps be said there in other words. */
const MAX_RETOLD_MISSING = 2;

/** A clause is unsupported when the cited article's closest sentence carries less than this share of its weighted content words. */
export const UNSUPPORTED_BELOW = 0.4;

/**
 * Whether a text the case holds is visibly cut: it ends inside a sentence (no stop, question or exclamation mark, before
 * any closing quotation mark or bracket: "… disse um vizinho do atle"), on an ellipsis a tool that stored the page
 * put for what it left out ("… een h..."), or begins inside one (on a small letter). Such a text is part of a report,
 * and what the rest of it says cannot be read off it.
 */
export function visiblyCut(body: string): boolean {
  const text = body.trim();
  if (text === "") return false;
  const end = text.replace(/[\s"'”’»›)\]]+$/u, "");
  if (/(?:\.\.\.|…)$/u.test(end) || !/[.!?。！？]$/u.test(end)) return true;
  return /^[\s"'“‘«‹(\[]*\p{Ll}/u.test(text);
}

/**
 * A piece of a sentence that is a name behind a few small words ("pelo Portal Campinas Agora", "by the Daily Herald"):
 * another agent phrase of the sentence, which states nothing a report could fail to carry. More than one word before the
 * name makes it an agent phrase only when it opens on a word of the credit's own ("publicada pelo blog X, … copiada pelo
 * site Y"), not where it may be a verb phrase ("will close the Harbour Bridge"). In scripts without capitals no word reads
 * as a name, and the piece is weighed as a clause.
 */
function nameOnly(text: string, credit: string): boolean {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*/gu) ?? [];
  let lead = 0;
  while (lead < words.length && !/^[\p{Lu}\p{N}]/u.test(words[lead]!)) lead++;
  if (lead === words.length || lead > 3) return false;
  // Inside a name, only short joining words ("Universidade de São Paulo") are small.
  if (words.slice(lead).some((w) => !/^[\p{Lu}\p{N}]/u.test(w) && w.length > 3)) return false;
  if (lead <= 1) return true;
  const creditWords = new Set(credit.toLowerCase().split(/[^\p{L}\p{N}]+/u));
  return creditWords.has(words[0]!.toLowerCase());
}

/** The clauses of an attributed sentence, without the attribution phrase: split at commas, semicolons, brackets and dashes. */
function clauses(body: string, sentence: Span, attribution: Span): TextSpan[] {
  const out: TextSpan[] = [];
  let start = sentence.start;
  const cut = (end: number) => {
    const s = Math.max(start, sentence.start);
    // Leave out the attribution phrase itself, also where it reaches past the clause ("(via X)" cut at its bracket).
    const overlaps = attribution.start < end && s < attribution.end;
    const pieces: [number, number][] = overlaps ? [[s, Math.max(s, attribution.start)], [Math.min(end, attribution.end), end]] : [[s, end]];
    for (const [a, b] of pieces) {
      const text = body.slice(a, b);
      const lead = text.length - text.trimStart().length;
      const trail = text.length - text.trimEnd().length;
      if (b - trail > a + lead) out.push(textSpan(body, a + lead, b - trail));
    }
  };
  for (let i = sentence.start; i < sentence.end; i++) {
    // A comma between digits groups a figure ("1,500"); it ends no clause.
    if (/[,;:()\u2013\u2014]/.test(body.charAt(i)) && !(body.charAt(i) === "," && /\d/.test(body.charAt(i - 1)) && /\d/.test(body.charAt(i + 1)))) {
      cut(i);
      start = i + 1;
    }
  }
  cut(sentence.end);
  return out;
}
