/**
 * The terms of a statement, for comparing wordings across articles and languages: word stems in the statement's
 * language (Snowball stemmers, so "endorses" / "endorsed" and "tisana" / "tisane" meet), character pairs
 * where words are not spaced (Chinese, Japanese, Korean), and numbers. Anchors are the terms a translation keeps:
 * numbers, capitalised names, and words in Latin letters inside a text in another script ("Reuters" in a Korean text).
 */
import snowball from "snowball-stemmers";
import { asciiDigits, foldTypography, lettersWithoutCase } from "../core/text.ts";
import { inLatin } from "../core/latin.ts";
import { scalesFor } from "../core/scales.ts";
import { LANGUAGE_STOPWORDS, STOPWORDS } from "./lexicon.ts";

/** Snowball's name for each language it stems. */
const SNOWBALL: Readonly<Record<string, string>> = {
  en: "english", fr: "french", de: "german", it: "italian", es: "spanish", pt: "portuguese", ru: "russian", ar: "arabic",
  nl: "dutch", da: "danish", sv: "swedish", no: "norwegian", nb: "norwegian", fi: "finnish", hu: "hungarian", ro: "romanian",
  tr: "turkish", ca: "catalan", cs: "czech",
};

/**
 * A stemmer per Snowball algorithm, remembering the stems it gave (news prose repeats its words; stemming is the cost
 * here). Keyed by the algorithm, not the language: every language Snowball lacks stems with the English one, and one
 * cache serves them all.
 */
const stemmers = new Map<string, { stem(word: string): string }>();
const MAX_REMEMBERED = 200_000;
/**
 * Languages whose words no stemmer may cut: Vietnamese does not inflect, and the English stemmer would make other words
 * of its syllables ("máy", machine, became "mái", roof).
 */
const UNSTEMMED = new Set(["vi"]);
const AS_WRITTEN = { stem: (word: string): string => word };
/** The stemming a language's words take: its Snowball algorithm, none, or the English one for every language Snowball lacks. */
function algorithmOf(language: string): string {
  return UNSTEMMED.has(language) ? "none" : (SNOWBALL[language] ?? "english");
}
function stemmerFor(language: string): { stem(word: string): string } {
  if (UNSTEMMED.has(language)) return AS_WRITTEN;
  const algorithm = algorithmOf(language);
  let s = stemmers.get(algorithm);
  if (!s) {
    const stemmer = snowball.newStemmer(algorithm);
    const seen = new Map<string, string>();
    s = {
      stem(word: string): string {
        let stem = seen.get(word);
        if (stem === undefined) {
          stem = stemmer.stem(word);
          if (seen.size >= MAX_REMEMBERED) seen.clear();
          seen.set(word, stem);
        }
        return stem;
      },
    };
    stemmers.set(algorithm, s);
  }
  return s;
}

const YEAR = /^(?:19|20)\d\d$/;
/** A statement's tokens. Digits apart from letters: "2012年" and "27일" hold the figures a translation keeps. */
const TOKEN = /\p{N}+|\p{L}+(?:['’]\p{L}+)?/gu;
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const LATIN = /^[\p{Script=Latin}\p{N}]+$/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const ARABIC = /\p{Script=Arabic}/u;
/** Scripts that write a name with a capital, as Latin does: a capitalised word there can be a translation's name. */
const CASED_OTHER = /^[\p{Script=Cyrillic}\p{Script=Greek}]+$/u;
/**
 * Whether a text is written in Latin letters: more of its letters Latin than not. Read from the text, not from a list of
 * languages: a language no list names (Estonian, Latvian, Albanian …) is written in Latin letters all the same, and read
 * as a text in another script every word of it was an anchor, so a sentence shared anchors with any other of its case
 * and its names counted for nothing across languages.
 */
function inLatinLetters(text: string): boolean {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  return latin * 2 > letters;
}
/**
 * Languages written a syllable at a time, most words two or more syllables apart ("nhà máy", factory; "công ty",
 * company): each pair of syllables side by side is a term too, so a statement is told by its words and not only by
 * syllables many words share ("công" in "công ty", "khởi công", "công nghiệp").
 */
const SYLLABIC = new Set(["vi"]);

/** Whether a term is a character pair (or a lone character) of a script written without spaces: what such a text is read as. */
export function isCharacterTerm(term: string): boolean {
  return UNSPACED.test(term);
}

/**
 * Whether a text is written in a spaced script without capitals (Arabic, Hebrew, Devanagari, Bengali …): letters, none
 * of them upper or lower case, and none of the unspaced scripts (Chinese, Japanese) or Korean, whose terms are
 * character pairs (isCharacterTerm) read by other rules.
 */
export function writesNoCapitals(text: string): boolean {
  return lettersWithoutCase(text) && !UNSPACED.test(text);
}

/** A figure written with thousands marks ("1,200", "1.200", "1 200", "١٬٢٠٠" once in ASCII digits). */
const GROUPED_FIGURE = /(?<![\p{N}.,])\p{N}{1,3}(?:[,. ]\p{N}{3})+(?![\p{N}]|[.,]\p{N})/gu;

/**
 * The text with each figure's thousands marks taken out ("1,200" → "1200"): a figure is one term however a language or
 * an outlet groups its digits ("1,200", "1.200", "١٬٢٠٠"), and a translation keeps it as one anchor, not as "200".
 */
function wholeNumbers(text: string): string {
  return /\p{N}[,. ]\p{N}{3}/u.test(text) ? text.replace(GROUPED_FIGURE, (m) => m.replace(/[,. ]/gu, "")) : text;
}

/** Each language's figure followed by a scale word ("50 bin", "1,5 Millionen", "40 lakh"), built once per language. */
const scaledFigure = new Map<string, RegExp>();

/**
 * The text with each figure a scale word multiplies written as the whole number ("50 bin" → "50000", "1.5 million" →
 * "1500000"), after wholeNumbers: a translation that writes the figure out in digits ("50.000", "50,000") or with another
 * scale word gives the same figure.
 */
function scaledNumbers(text: string, language: string): string {
  const scales = scalesFor(language);
  let re = scaledFigure.get(language);
  if (!re) scaledFigure.set(language, (re = new RegExp(`(?<![\\p{N}.,])(\\p{N}+)(?:[.,](\\p{N}+))?[ -]?(${scales.alternation})(?![\\p{L}\\p{M}\\p{N}])`, "giu")));
  return text.replace(re, (whole, units: string, decimals: string | undefined, word: string) => {
    // Rounded: "1.1 million" is 1100000, not the float's 1100000.0000000002.
    const value = Math.round(Number(`${units}.${decimals ?? "0"}`) * (scales.of(word) ?? 1));
    return Number.isSafeInteger(value) ? String(value) : whole;
  });
}

/** The figures a text gives, each one string however its digits are written or grouped ("1,200", "1.200", "١٬٢٠٠" are "1200"; "4.5" stays). */
export function figuresIn(text: string): Set<string> {
  return new Set(wholeNumbers(asciiDigits(foldTypography(text))).match(/\p{N}+(?:[.,]\p{N}+)?/gu) ?? []);
}

/** A statement's terms: `all` to weigh overlap, `anchors` (a subset) to compare across languages. */
export interface StatementTerms {
  all: Set<string>;
  anchors: Set<string>;
}

/**
 * Arabic and Hebrew vowel points and the Arabic stretching stroke (tatweel), which a writer adds or leaves out at will
 * ("مهرًا" / "مهراً", "وبيَّنت" / "وبينت"): a point is a mark, not a letter, so a word printed with one would be cut in two
 * tokens at it. Latin accents stay (they are part of composed letters, and the stemmers read them).
 */
const POINTS = /[\u0591-\u05BD\u05BF\u05C1\u05C2\u05C4\u05C5\u05C7\u0610-\u061A\u0640\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E4\u06E7\u06E8\u06EA-\u06ED]+/gu;
const withoutPoints = (text: string): string => (/[\u0591-\u06ED]/u.test(text) ? text.replace(POINTS, "") : text);

/** Reads a statement's terms in its language. Pure. */
export function termsOf(text: string, language: string): StatementTerms {
  const all = new Set<string>();
  const anchors = new Set<string>();
  const lang = language.toLowerCase().slice(0, 2);
  const folded = scaledNumbers(wholeNumbers(asciiDigits(foldTypography(withoutPoints(text)))), lang);
  const latinText = inLatinLetters(folded);
  const known = knownTokens(lang, latinText);
  const syllabic = SYLLABIC.has(lang);
  const stop = LANGUAGE_STOPWORDS[lang];
  // The syllable before the token, and where it ended: a pair is made only across a space, never across punctuation.
  let previous = "";
  let previousEnd = -1;
  // One expression for every call, read with exec (matchAll would copy it per statement).
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(folded); m; m = TOKEN.exec(folded)) {
    const token = m[0];
    let terms = known.get(token);
    if (!terms) {
      if (known.size >= MAX_REMEMBERED) known.clear();
      known.set(token, (terms = tokenTerms(token, lang, latinText)));
    }
    for (const t of terms.all) all.add(t);
    for (const t of terms.anchors) anchors.add(t);
    if (syllabic) {
      const syllable = token.toLowerCase();
      const word = /^\p{L}+$/u.test(syllable) && !stop?.has(syllable);
      if (word && previous && /^\s+$/u.test(folded.slice(previousEnd, m.index))) all.add(`${previous} ${syllable}`);
      previous = word ? syllable : "";
      previousEnd = m.index + token.length;
    }
  }
  return { all, anchors };
}

/** What one token adds to a statement's terms, in order. */
interface TokenTerms {
  all: readonly string[];
  anchors: readonly string[];
}

/**
 * Tokens read before, per way of reading them: a case repeats its words, and a token's tests and stem were most of
 * termsOf's time. tokenTerms reads its language only through whether its text is written in Latin letters and which
 * stemmer it takes, so languages alike in both share one cache (a generated case's made-up words are detected as two dozen
 * languages without a stemmer, each of which read every word again).
 */
const tokensRead = new Map<string, Map<string, TokenTerms>>();
/** Each language's cache of tokensRead, by the letters its text is written in, found once (termsOf asks for every statement). */
const tokensReadIn = new Map<string, Map<string, TokenTerms>>();
function knownTokens(lang: string, latinText: boolean): Map<string, TokenTerms> {
  const script = latinText ? "latin" : "other";
  let known = tokensReadIn.get(`${script}:${lang}`);
  if (!known) {
    // A language with function words of its own reads its tokens alone.
    const reading = `${script}:${algorithmOf(lang)}${LANGUAGE_STOPWORDS[lang] ? `:${lang}` : ""}`;
    known = tokensRead.get(reading);
    if (!known) tokensRead.set(reading, (known = new Map()));
    tokensReadIn.set(`${script}:${lang}`, known);
  }
  return known;
}

const NONE: TokenTerms = { all: [], anchors: [] };

/** A word without its accents; "đ", a letter of its own that no decomposition takes apart, as "d" ("Đà Nẵng" is "Da Nang" in English). */
const unaccented = (word: string): string => word.normalize("NFKD").replace(/\p{M}+/gu, "").replace(/đ/gu, "d");

/** The terms one token (of a folded text in language `lang`, written in Latin letters or not) adds. Pure. */
function tokenTerms(token: string, lang: string, latinText: boolean): TokenTerms {
  if (/^\p{N}+$/u.test(token)) {
    // A lone digit is a list marker or a day more often than a claim's figure; a year dates a story, it does not tell its claims apart.
    if (token.length < 2) return NONE;
    return { all: [`#${token}`], anchors: YEAR.test(token) ? [] : [`#${token}`] };
  }
  if (UNSPACED.test(token)) {
    const chars = [...token];
    const pairs: string[] = chars.length === 1 ? [token] : [];
    for (let i = 0; i + 1 < chars.length; i++) pairs.push(`${chars[i]}${chars[i + 1]}`);
    return { all: pairs, anchors: [] };
  }
  const lower = token.toLowerCase();
  if (lower.length < 3 || STOPWORDS.has(lower) || LANGUAGE_STOPWORDS[lang]?.has(lower)) return NONE;
  const isLatin = LATIN.test(token);
  const stemLanguage = CYRILLIC.test(token) ? "ru" : ARABIC.test(token) ? "ar" : isLatin && !latinText ? "en" : lang;
  const term = stemmerFor(stemLanguage).stem(lower);
  // What a translation keeps: names written in capitals in a Latin text, and Latin words inside another script —
  // unstemmed, since each language's stemmer cuts a name its own way ("Nordby": "nordbi" in English, "nordby" in French).
  const anchor = isLatin && (!latinText || /^\p{Lu}/u.test(token));
  if (anchor) return { all: [term], anchors: [unaccented(lower)] };
  // A capitalised Cyrillic or Greek word is compared in Latin letters ("Онион" is "onion", "Τραμπ" is "tramp"): a
  // Russian or Greek translation keeps a name as Latin texts write it more often than any other word.
  if (CASED_OTHER.test(token) && /^\p{Lu}/u.test(token)) return { all: [term], anchors: [unaccented(inLatin(lower).toLowerCase())] };
  return { all: [term], anchors: [] };
}
