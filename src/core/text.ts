/** Small text helpers shared by every stage: slugs and normalisation for comparing wordings. */
import { hanKeyForm } from "./hanScript.ts";

/**
 * Marks a name is printed with or without and stays the same name: accents on Latin, Greek and Cyrillic letters (é, ά, й
 * after decomposition), Arabic vowel points and hamza/madda on alef, Hebrew points. Not every combining mark: in Brahmic
 * scripts, Thai or Japanese kana the marks (vowel signs, virama, tone marks, dakuten) are part of the letters, and
 * without them "रमा" and "राम" or "か" and "が" would be one word.
 */
const OPTIONAL_MARKS = /[\u0300-\u036F\u1AB0-\u1AFF\u1DC0-\u1DFF\u20D0-\u20FF\uFE20-\uFE2F\u0591-\u05BD\u05BF\u05C1\u05C2\u05C4\u05C5\u05C7\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E4\u06E7\u06E8\u06EA-\u06ED]+/gu;

/** The text with its optional marks (accents, vowel points; see OPTIONAL_MARKS) removed, composed again (NFC). */
export function withoutDiacritics(text: string): string {
  // Hangul syllables decompose into letters (jamo), not marks: composed again, a key cut to length never splits one.
  return text.normalize("NFKD").replace(OPTIONAL_MARKS, "").normalize("NFC");
}

/**
 * A stable key fragment: lower case, accents removed, Chinese characters in their Simplified form (聯合報 and 联合报 are
 * one name, as "Société" and "Societe" are; so are Japanese 読売新聞 and Chinese 讀賣新聞), anything but letters and digits
 * turned into single dashes. Letters of any script are kept, with the marks that are part of them.
 */
export function slugify(name: string): string {
  return hanKeyForm(withoutDiacritics(name))
    .toLowerCase()
    .replace(/['’`]/g, "")
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
}

/** Folds typographic variants (curly quotes, dashes, ellipsis, non-breaking spaces) to plain ASCII forms, keeping length unchanged where possible. */
export function foldTypography(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/[\u00A0\u2007\u202F]/g, " ");
}

/**
 * The zero of each run of decimal digits claimtrail folds besides ASCII: Arabic-Indic, Persian, Devanagari, Bengali,
 * Gurmukhi, Gujarati, Tamil, Telugu, Kannada, Malayalam, Thai, Myanmar, fullwidth.
 */
const DIGIT_ZEROS = [0x0660, 0x06f0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0be6, 0x0c66, 0x0ce6, 0x0d66, 0x0e50, 0x1040, 0xff10];
const OTHER_DIGITS = new RegExp(`[${DIGIT_ZEROS.map((z) => `\\u{${z.toString(16)}}-\\u{${(z + 9).toString(16)}}`).join("")}\\u066B\\u066C]`, "gu");

/**
 * The text with the digits of other scripts (٣٠٠٠, ۳۰۰۰, ४०, ৪০) and the Arabic decimal and thousands marks written as
 * ASCII digits and marks, one character for one, so offsets into it are offsets into the text: for reading a figure's
 * value, while its span keeps the digits as printed. "৪০ লক্ষ" and "40 lakh" give one figure.
 */
export function asciiDigits(text: string): string {
  OTHER_DIGITS.lastIndex = 0;
  if (!OTHER_DIGITS.test(text)) return text;
  return text.replace(OTHER_DIGITS, (d) => {
    const c = d.charCodeAt(0);
    if (c === 0x066b) return ".";
    if (c === 0x066c) return ",";
    const zero = DIGIT_ZEROS.find((z) => c >= z && c <= z + 9) as number;
    return String(c - zero);
  });
}

/** A letter of a script written without spaces between words (Chinese, Japanese, Thai, Lao, Khmer, Burmese). */
const UNSPACED_LETTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/gu;
/** UNSPACED_LETTER without its global flag, for testing a text (a `g` regex's test() would carry its last index over). */
const HAS_UNSPACED_LETTER = new RegExp(UNSPACED_LETTER.source, "u");

/** Whether a text holds a letter of a script written without spaces between words (UNSPACED_LETTER). */
export function hasUnspacedLetter(text: string): boolean {
  return HAS_UNSPACED_LETTER.test(text);
}

// One word segmenter serves every unspaced script: ICU picks its dictionary by script (Chinese and Japanese share one,
// Thai, Lao, Khmer and Burmese have theirs), not by locale, so "und" segments a run the same as "ja" or "zh" would.
let unspacedSegmenter: Intl.Segmenter | undefined;

/**
 * The words of a run of letters as a word segmenter finds them, with offsets into the run: "市立游泳池的池水" →
 * 市立|游泳池|的|池水. Split at spaces only, Chinese, Japanese or Thai prose is a clause or a paragraph to a "word",
 * and no two texts that share most of a clause share a word. Words of spaced scripts in the run stay whole.
 */
export function unspacedWords(run: string): { start: number; end: number }[] {
  unspacedSegmenter ??= new Intl.Segmenter("und", { granularity: "word" });
  const out: { start: number; end: number }[] = [];
  for (const s of unspacedSegmenter.segment(run)) if (s.isWordLike) out.push({ start: s.index, end: s.index + s.segment.length });
  return out;
}

/** Whether a text is written mostly in a script without spaces between words: its size is then told in characters, not words. */
export function mostlyUnspaced(text: string): boolean {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  return letters > 0 && (text.match(UNSPACED_LETTER)?.length ?? 0) * 2 > letters;
}
/** Letters of an unspaced script that make a word on average (most Chinese and Japanese words are two characters). */
const UNSPACED_LETTERS_PER_WORD = 2;

/**
 * How many words a text holds: its runs between spaces, a run in a script written without spaces counted by its
 * letters. Counted by spaces alone, a Japanese paragraph or headline is one or two "words", shorter than any label.
 */
export function wordCount(text: string): number {
  let n = 0;
  for (const run of text.split(/\s+/u)) {
    if (!run) continue;
    const unspaced = run.match(UNSPACED_LETTER)?.length ?? 0;
    n += Math.max(1, Math.ceil(unspaced / UNSPACED_LETTERS_PER_WORD));
  }
  return n;
}

/** The words of a text, lower-cased: its runs of letters and digits, the punctuation between them dropped. */
export function lowerCaseWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** `s` with every character a regular expression reads as syntax escaped, to match it literally. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

interface TrieNode {
  next: Map<string, TrieNode>;
  end: boolean;
}

/**
 * One expression source matching any of the phrases, built as a trie ("a(?:jout(?:e|é)|…)") so that a list of a thousand
 * verb forms costs a walk down shared prefixes rather than a try of each form at every character. A space in a phrase
 * matches any run of white space; where one phrase is a prefix of another, the longer is tried first, as a list sorted
 * longest first would. Case is the caller's flag.
 */
export function phraseAlternation(phrases: readonly string[]): string {
  const root: TrieNode = { next: new Map(), end: false };
  for (const phrase of phrases) {
    let node = root;
    for (const ch of phrase.trim().replace(/\s+/g, " ")) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { next: new Map(), end: false }));
      node = child;
    }
    node.end = true;
  }
  const emit = (node: TrieNode): string => {
    const branches = [...node.next].map(([ch, child]) => (ch === " " ? "\\s+" : escapeRegExp(ch)) + emit(child));
    if (branches.length === 0) return "";
    const body = branches.length === 1 && !node.end ? (branches[0] as string) : `(?:${branches.join("|")})`;
    return node.end ? `${body}?` : body;
  };
  return emit(root);
}

/** Collapses runs of white space to one space and trims. */
export function squashSpace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * Every match of a global regular expression in `text`, the same as `[...text.matchAll(re)]` on an expression whose
 * `lastIndex` is 0, without the copy of the expression `matchAll` makes on each call (for a long compiled pattern that copy
 * cost several times the matching of a sentence). `re.lastIndex` is left as it was.
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`allMatches: ${re} needs the g flag, as matchAll does`);
  const saved = re.lastIndex;
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  try {
    for (let m = re.exec(text); m; m = re.exec(text)) {
      out.push(m);
      // An empty match moves on by one character (a whole surrogate pair with the u or v flag), as matchAll does.
      if (m[0] === "") re.lastIndex += (re.unicode || re.flags.includes("v")) && (text.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1;
    }
  } finally {
    re.lastIndex = saved;
  }
  return out;
}

/**
 * True for a text with letters, none of them upper or lower case (Arabic, Hebrew, Devanagari, Chinese …): a script
 * without capitals, where no capital can mark a name.
 */
export function lettersWithoutCase(text: string): boolean {
  return /\p{L}/u.test(text) && !/[\p{Lu}\p{Ll}]/u.test(text);
}

/**
 * True for words set in Title Case, as headlines are ("Mayor Shocks Town, Endorses Ferry Plan"): at least four words of
 * four letters or more, and seven in ten of them capitalised. There a capital says nothing of a name.
 */
export function titleCased(text: string): boolean {
  const long = text.match(/[\p{L}]{4,}/gu) ?? [];
  return long.length >= 4 && long.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.7 * long.length;
}
