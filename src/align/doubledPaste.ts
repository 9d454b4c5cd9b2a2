/**
 * Which of two texts is the copy, read from the texts themselves where neither dates nor citations order them: a copier
 * who pastes a passage twice leaves it doubled, while the text it was taken from prints it once. Textual critics call
 * this dittography and read it as a sign of copying; a source does not acquire its copier's slip.
 *
 * Only a long run counts (a headline repeated at the top of a page, a phrase a story uses twice, are short or are the
 * title), not one first printed in the opening paragraphs (a standfirst that repeats the lead, as many pages print),
 * nor one printed again inside an embedded social post (a page that quotes a post and then shows it embedded prints its
 * words twice by design; embeddedPosts.ts), and only when one text of the pair doubles it: two texts that both double it, or one that prints it three times
 * where the other prints it twice, tell nothing.
 */
import type { Span } from "../core/spans.ts";
import { embeddedPostSpans } from "./embeddedPosts.ts";
import { tokenize } from "./tokens.ts";
import type { Token } from "./types.ts";

/** Words a doubled run must have: long enough to be a pasted passage, not a repeated phrase. */
export const DOUBLED_RUN_WORDS = 12;

/** A body's runs of `DOUBLED_RUN_WORDS` words, by their folded words, with where each starts in the body. */
export interface RunIndex {
  /** Folded runs printed at least twice without overlapping, to the body offsets where they start. */
  doubled: Map<string, number[]>;
  /** How often a run occurs (overlapping occurrences count). */
  count(key: string): number;
}

/**
 * The key of each run of `DOUBLED_RUN_WORDS` words: its folded words joined by spaces. Each is cut from the body's
 * folded words joined once (one slice per run, not eleven joins).
 */
function runKeys(tokens: readonly Token[]): (i: number) => string {
  const joined = tokens.map((t) => t.norm).join(" ");
  const at = new Int32Array(tokens.length + 1);
  for (let i = 0; i < tokens.length; i++) at[i + 1] = at[i]! + tokens[i]!.norm.length + 1;
  return (i) => joined.slice(at[i]!, at[i + DOUBLED_RUN_WORDS]! - 1);
}

/** Paragraphs at the top of a body whose repeats are a page's standfirst, not a paste. */
export const OPENING_PARAGRAPHS = 2;

/**
 * Indexes a body's runs. Runs inside its title (a headline repeated as the first line) and runs first printed before
 * `openingEnd` (the end of its opening paragraphs) are not doubled runs. `alsoPrinted`: lines the cleaner took out of
 * the body as exact repeats of a body line (a paragraph pasted twice whole), counted as printed again after the body.
 */
export function runIndex(body: string, title?: string, openingEnd = 0, alsoPrinted: readonly string[] = []): RunIndex {
  const text = alsoPrinted.length > 0 ? [body, ...alsoPrinted].join("\n\n") : body;
  const tokens = tokenize(text);
  const starts = new Map<string, number[]>();
  const occurrences = new Map<string, number>();
  const runKey = runKeys(tokens);
  // Runs touching an embedded post are the post's words, not the page's own printing of them.
  const embeds = embeddedPostSpans(text);
  // embedded[i]: how many of the first i words lie in an embedded post.
  const embedded = new Int32Array(tokens.length + 1);
  tokens.forEach((t, i) => (embedded[i + 1] = embedded[i]! + (embeds.some((s) => t.start < s.end && t.end > s.start) ? 1 : 0)));
  for (let i = 0; i + DOUBLED_RUN_WORDS <= tokens.length; i++) {
    if (embedded[i + DOUBLED_RUN_WORDS]! > embedded[i]!) continue;
    const key = runKey(i);
    occurrences.set(key, (occurrences.get(key) ?? 0) + 1);
    const at = starts.get(key);
    // Token positions: a second occurrence counts only where it does not overlap the first (a run of one word repeated).
    if (!at) starts.set(key, [i]);
    else if (i - at[at.length - 1]! >= DOUBLED_RUN_WORDS) at.push(i);
  }
  const titleTokens = title ? tokenize(title).map((t) => t.norm).join(" ") : "";
  const doubled = new Map<string, number[]>();
  for (const [key, at] of starts) {
    if (at.length < 2 || tokens[at[0]!]!.start < openingEnd || (titleTokens && titleTokens.includes(key))) continue;
    if (!at.slice(1).some((later) => holdsSentenceStart(text, tokens, at[0]!, later))) continue;
    doubled.set(key, at.map((i) => tokens[i]!.start));
  }
  return { doubled, count: (key) => occurrences.get(key) ?? 0 };
}

/** Characters read back from a word to see what stands before it (spaces and opening marks are never this many). */
const SENTENCE_LOOKBACK = 40;

/** Whether a sentence starts at `offset`: only spaces and opening marks stand between it and the text's start, a line break or a sentence's end. */
function startsSentence(text: string, offset: number): boolean {
  const from = Math.max(0, offset - SENTENCE_LOOKBACK);
  const before = text.slice(from, offset);
  const gap = /[\s"“„«‘(「『（]*$/u.exec(before)![0];
  return (gap.length === before.length && from === 0) || gap.includes("\n") || /[.!?…。！？]["”’»)」』）]?$/u.test(before.slice(0, before.length - gap.length));
}

/**
 * Whether the words printed at token `first` and again at token `later`, taken as far as the two printings agree both
 * ways, hold the start of a sentence in either printing. A paste is a selection of sentences, and its second printing
 * starts where one does or carries one whole; a statement told in reported speech ("the brigade warned that …") and then
 * shown in its own words ("We warn that …") shares a long clause but never a sentence start, and is no paste.
 */
function holdsSentenceStart(text: string, tokens: readonly Token[], first: number, later: number): boolean {
  let a = first;
  let b = later;
  while (a > 0 && b - 1 > first && tokens[a - 1]!.norm === tokens[b - 1]!.norm) {
    a--;
    b--;
  }
  let n = 0;
  while (b + n < tokens.length && a + n < b && tokens[a + n]!.norm === tokens[b + n]!.norm) n++;
  for (let k = 0; k < n; k++) {
    if (startsSentence(text, tokens[a + k]!.start) || startsSentence(text, tokens[b + k]!.start)) return true;
  }
  return false;
}

/**
 * True when `copy` doubles a run that lies in what it shares with `source` (`shared`: spans of `copy`'s body) and that
 * `source` prints exactly once.
 */
export function doublesSharedRun(copy: RunIndex, shared: readonly Span[], source: RunIndex): boolean {
  for (const [key, starts] of copy.doubled) {
    if (source.count(key) !== 1) continue;
    if (starts.some((s) => shared.some((sp) => s >= sp.start && s < sp.end))) return true;
  }
  return false;
}
