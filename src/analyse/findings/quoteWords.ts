/**
 * Quotations the reuse stage left out, found on their words: an article's quotation whose words another article of the
 * case prints too (quoted or not). Printed word for word, it is the same quotation printed again (recycled_quote);
 * printed with words changed, or the marks dropped and words changed, it is an altered quotation (altered_quote).
 * Stated only for quotations no relation-based finding of that kind already names, so the two never tell one
 * quotation twice. A printing is read against the first article quoting the words and the first quoting its own wording
 * (`readsAgainst`), not against every other printing, so a story reprinted n times costs n readings per quotation, not n².
 */
import { memoActive, remember, textKey } from "../../core/memo.ts";
import { containerOf, type ContainerOf, textSpan, type Span, type TextSpan, contains } from "../../core/spans.ts";
import type { ArticleReading } from "../../extract/types.ts";
import { saysWherePublished } from "../../extract/frames/index.ts";
import type { Evidence, Finding } from "../../graph/types.ts";
import { compareDates } from "../../core/dates.ts";
import { capitalAccentsFolded, sameLettersRunTogether, unitSpelling } from "../../align/folding.ts";
import { letterVariantsFolded } from "../../core/legacyLetters.ts";
import { titleCased } from "../../core/text.ts";
import { compareWordingByText, LATER_READ_PAST, LOST, tailWords, turnsAgainst } from "../../align/quoteWording.ts";
import { speakerOfQuoted, speaksAnotherLanguage } from "../../align/speakerLanguage.ts";
import { suffixLcs } from "../../align/suffixLcs.ts";
import { articleReadings, dateOf, type FindingInputs } from "./inputs.ts";
import { factChecks, notPresentedAsNew } from "./presentedAsNew.ts";
import { copiesAmong, inFirstDays } from "./recycledQuote.ts";
import { inReportedSpeech } from "../../extract/reportedSpeech.ts";
import { introducedByColon } from "../../extract/sentences.ts";
import { articleName, listWords, quoteSnippet } from "./wording.ts";
import { disjointSets } from "../../core/disjointSets.ts";

/** Consecutive words a printing must share with a quotation to be a printing of it (fewer is a stock phrase). */
const ANCHOR_WORDS = 6;
/** Share of the quotation's words a changed printing must keep, in order, to still be that quotation. */
const MIN_KEPT = 0.6;
/** Share of its words an altered printing keeps in order: fewer, and it is another writer's paraphrase, not the quotation changed. */
const ALTERED_KEPT = 0.8;

interface Word {
  norm: string;
  start: number;
  end: number;
}

// Words are runs of letters and digits: quotation marks nested inside ("« l’affaire »" / "'l'affaire'") and the form of
// an apostrophe are no part of them. Case and an accent a capital is printed without ("l’Etat" / "l'État"), a letter
// written with another code point ("informaţia" / "informația", letterVariantsFolded), or a unit's British or US
// spelling ("metres" / "meters"), are no change of the words.
function wordsWithOffsets(text: string, offset: number): Word[] {
  return [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ norm: unitSpelling(capitalAccentsFolded(letterVariantsFolded(m[0])).toLowerCase()), start: offset + m.index, end: offset + m.index + m[0].length }));
}

/** Most words of a line the page set inside a sentence (a caption or credit, not a paragraph of prose). */
const FURNITURE_WORDS = 30;

/**
 * Lines a page set inside a sentence: the text before ends mid-sentence (a letter, digit or comma, no stop), one to
 * three short lines opening with a capital or digit follow, and the text after goes on with a small letter. A picture's
 * caption or credit dropped into a printed text, even into a word ("… the fund crea" / caption / "ted ahead …"); no
 * writer breaks a sentence with a paragraph of their own.
 */
const LINE_INSIDE_SENTENCE = /(?<=[\p{L}\p{N},;])[ \t]*\n\s*((?:[\p{Lu}\p{N}][^\n]*\n\s*){1,3})(?=\p{Ll})/gu;

/** The spans of `body` set inside one of its sentences by the page (LINE_INSIDE_SENTENCE). */
function furnitureLines(body: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const m of body.matchAll(LINE_INSIDE_SENTENCE)) {
    const start = m.index + m[0].length - m[1]!.length;
    const lines = m[1]!.split("\n").filter((l) => l.trim() !== "");
    if (lines.every((l) => wordsWithOffsets(l, 0).length <= FURNITURE_WORDS)) spans.push({ start, end: m.index + m[0].length });
  }
  return spans;
}

/**
 * `words` less those of furniture lines (`furniture`, spans of the same body) whose words `against`, the other
 * printing, does not print too: a line the other side has is words of the text (a poem's line), not the page's.
 */
function withoutFurniture(words: readonly Word[], furniture: readonly { start: number; end: number }[], against: readonly Word[]): readonly Word[] {
  if (furniture.length === 0) return words;
  const other = ` ${against.map((w) => w.norm).join(" ")} `;
  const dropped = furniture.filter((f) => {
    const inside = words.filter((w) => contains(f, w));
    return inside.length > 0 && !other.includes(` ${inside.map((w) => w.norm).join(" ")} `);
  });
  return dropped.length === 0 ? words : words.filter((w) => !dropped.some((f) => contains(f, w)));
}

/**
 * The stretches of an article inside one of its quotations' marks but in none of the quotation's parts: a tag the
 * article set inside the marks ("«… – the text reads – …»", '"…," she said. "…"'), its own words, not the quoted ones.
 */
function tagsInsideMarks(reading: ArticleReading | undefined): { start: number; end: number }[] {
  const tags: { start: number; end: number }[] = [];
  for (const q of reading?.quotations ?? []) for (let k = 1; k < q.parts.length; k++) if (q.parts[k]!.start > q.parts[k - 1]!.end) tags.push({ start: q.parts[k - 1]!.end, end: q.parts[k]!.start });
  return tags;
}

/**
 * The stretches between an article's quotation marks (each quotation's parts, or its whole span where none are read;
 * of any kind, as a quoted headline's words are marked so too), in order. Its words outside them are its own, however
 * close to a quotation they stand.
 */
function quotedPieces(reading: ArticleReading | undefined): { start: number; end: number }[] {
  return (reading?.quotations ?? [])
    .filter((q) => q.span.start >= 0)
    .flatMap((q) => (q.parts.length > 0 ? q.parts : [q.span]))
    .sort((a, b) => a.start - b.start);
}

/**
 * Quoted words left out between two matched words that the other article prints in two different pieces between
 * marks: where it closes its marks and opens them again ('… said the advert "was misleading". It also "contained …"'),
 * the reader sees the cut, and its words between the pieces are its own, not the speaker's changed.
 */
function droppedUnseen(pairs: readonly [number, number][], window: readonly Word[], pieceOf: ContainerOf): number {
  let dropped = 0;
  for (let k = 0; k + 1 < pairs.length; k++) {
    const gap = pairs[k + 1]![0] - pairs[k]![0] - 1;
    if (gap <= 0) continue;
    const [a, b] = [pieceOf(window[pairs[k]![1]]!), pieceOf(window[pairs[k + 1]![1]]!)];
    if (a >= 0 && b >= 0 && a !== b) continue;
    dropped += gap;
  }
  return dropped;
}

/**
 * Where the other prints the words between quotation marks of its own: whether words changed between those marks. A
 * word added, dropped or swapped between two matched words that stand in one stretch between its marks, or at an edge
 * of the match where that stretch goes on with other words, is the speaker's words changed. Where it closes its marks
 * and goes on in its own words ('the network "accepts the identification was a grave mistake" and the assertions
 * were …'), or the match runs on into another of its quotations, the words outside are its own telling and its cut
 * shows: nothing inside its marks was changed.
 */
function changedInsideMarks(pairs: readonly [number, number][], window: readonly Word[], pieceOf: ContainerOf, swappedHead: boolean, swappedTail: boolean): boolean {
  const samePiece = (a: Word | undefined, b: Word | undefined) => a !== undefined && b !== undefined && pieceOf(a) >= 0 && pieceOf(a) === pieceOf(b);
  for (let k = 0; k + 1 < pairs.length; k++) {
    const [[qa, wa], [qb, wb]] = [pairs[k]!, pairs[k + 1]!];
    if ((qb - qa > 1 || wb - wa > 1) && samePiece(window[wa], window[wb])) return true;
  }
  const first = pairs[0]![1];
  const last = pairs[pairs.length - 1]![1];
  return (swappedHead && samePiece(window[first], window[first - 1])) || (swappedTail && samePiece(window[last], window[last + 1]));
}

/** Two words are the same; a last word cut short where a stored text ends ("Teilneh") is the word it starts. */
function sameWord(quoted: string, printed: string, last: boolean): boolean {
  if (quoted === printed) return true;
  // Only the last word may be cut short; asked first, so the common case (two other words) allocates nothing.
  if (!last) return false;
  const [short, long] = quoted.length <= printed.length ? [quoted, printed] : [printed, quoted];
  return short.length >= 3 && long.startsWith(short);
}

/**
 * The words two lists share in order (longest common subsequence), as index pairs: the walk from the first words
 * takes equal words as it meets them and, where they differ, leaves out a word of `a` when that loses no more than
 * leaving out one of `b`. `ids` numbers each word once.
 */
export function commonInOrder(a: readonly string[], b: readonly string[], ids: Map<string, number> = new Map()): [number, number][] {
  const earliest = everyWordInOrder(a, b);
  if (earliest) return earliest;
  const idOf = (word: string) => ids.get(word) ?? (ids.set(word, ids.size), ids.size - 1);
  // Words as numbers, so the lengths are worked out on integers; only the last quoted word needs sameWord (cut short).
  const x = Int32Array.from(a, idOf);
  const y = Int32Array.from(b, idOf);
  const last = a.length - 1;
  const same = (i: number, j: number) => (i === last ? sameWord(a[i]!, b[j]!, true) : x[i] === y[j]);
  // The common-subsequence length of every pair of suffixes, 32 word pairs at a time, not a table of a cell per word
  // pair: at wire 4x the tables were 2,971, of 7,500 cells on average (quotations of 80 words and more).
  const lengths = suffixLcs(x, y, (j) => sameWord(a[last]!, b[j]!, true));
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (same(i, j)) pairs.push([i++, j++]);
    else if (lengths.at(i + 1, j) >= lengths.at(i, j + 1)) i++;
    else j++;
  }
  return pairs;
}

/**
 * Every word of `a` found in `b`, in order (a printing that added words, or none), as the earliest matches; undefined
 * where some word is missing. `commonInOrder`'s walk would take each word at its first match, since skipping one always
 * loses a word the rest could still keep, so the earliest matches are its answer and no lengths are needed. Most
 * printings of a wire story are such. Asked on the words themselves, before any numbering or key: it costs one pass.
 */
function everyWordInOrder(a: readonly string[], b: readonly string[]): [number, number][] | undefined {
  const last = a.length - 1;
  const earliest: [number, number][] = [];
  for (let i = 0, j = 0; i < a.length; i++, j++) {
    while (j < b.length && !(i === last ? sameWord(a[i]!, b[j]!, true) : a[i] === b[j])) j++;
    if (j === b.length) return undefined;
    earliest.push([i, j]);
  }
  return earliest;
}

/**
 * `commonInOrder`, remembered by the two word lists: a wire story reprinted n times prints each quotation n times
 * over, nearly all alike, and every printing is compared with every other (n² tables of the same few word lists).
 * The answer depends on the words alone, so a remembered one is the same answer. Words hold letters and digits only,
 * so a space and U+0001 cannot occur inside one. `aKey` is `a` joined by spaces: a quotation's words are compared with
 * every printing of them, so the caller joins them once.
 */
function commonInOrderMemo(): (a: readonly string[], aKey: string, b: readonly string[]) => [number, number][] {
  const memo = new Map<string, [number, number][]>();
  const ids = new Map<string, number>();
  return (a, aKey, b) => {
    // Found in one pass where every word is printed in order: cheaper than the key of a remembered answer.
    const earliest = everyWordInOrder(a, b);
    if (earliest) return earliest;
    const key = `${aKey}\u0001${b.join(" ")}`;
    let pairs = memo.get(key);
    if (!pairs) memo.set(key, (pairs = commonInOrder(a, b, ids)));
    return pairs;
  };
}

/**
 * The earliest matches may take the quotation's first words from the words before it ("… op het ministerie. "Het
 * kabinet komt …" matched "het" of "het ministerie"; "… not been paid since June. "Since June we …" matched both),
 * which reads as words added inside the quotation: each match but the last is moved as late as the next one allows,
 * from the end back. The pairs are shared (remembered): never written; a copy is returned where a match moves.
 */
function firstWordLatest(pairs: readonly [number, number][], words: readonly Word[], window: readonly Word[]): readonly [number, number][] {
  if (pairs.length < 2) return pairs;
  // Copied at the first match moved: most printings move none, and their pairs are then read as they are (never written).
  let out: [number, number][] | undefined;
  for (let t = pairs.length - 2; t >= 0; t--) {
    const [i, j] = (out ?? pairs)[t]!;
    for (let k = (out ?? pairs)[t + 1]![1] - 1; k > j; k--)
      if (window[k]!.norm === words[i]!.norm) {
        out ??= pairs.map(([a, b]): [number, number] => [a, b]);
        out[t] = [i, k];
        break;
      }
  }
  return out ?? pairs;
}

/**
 * A stored text that stops inside a word ("… to push an agenda a", "… for obvious requirements fo": the page was cut
 * off there) prints the start of the word the other printing has in its place, not another word. Where the one word
 * left after the matched ones is the last of either text and starts the other side's word there, it is taken as that
 * word, whatever its length (`sameWord` asks three letters of a last word, where nothing tells that the text stops).
 * A whole word the other does not start ("… is that you" / "… is that people") stays a change.
 */
function withWordCutAtEnd(pairs: readonly [number, number][], words: readonly Word[], window: readonly Word[], quotingEnd: number, otherEnd: number): readonly [number, number][] {
  const lastWord = words.length - 1;
  // The match of every quoted word but the last: the last may have been matched further on, to a word that merely is
  // spelt like the cut one ("… Politi i" matched the "i" of "… skadestuer i" six words on).
  const kept = pairs[pairs.length - 1]?.[0] === lastWord ? pairs.slice(0, -1) : pairs;
  const before = kept[kept.length - 1];
  if (!before || before[0] !== lastWord - 1) return pairs;
  const quoted = words[lastWord]!;
  const printed = window[before[1] + 1];
  if (!printed || (pairs.length > kept.length && pairs[pairs.length - 1]![1] === before[1] + 1)) return pairs;
  const cut = (quoted.end >= quotingEnd && printed.norm.startsWith(quoted.norm)) || (printed.end >= otherEnd && quoted.norm.startsWith(printed.norm));
  return cut ? [...kept, [lastWord, before[1] + 1]] : pairs;
}

/**
 * Every quoted word is printed, in order, and the words the quotation leaves out all fall where it writes an ellipsis
 * ("Dat bericht ... veertig ... is onjuist"): the quoter marked the cuts, the words are the speaker's.
 */
function cutsMarked(pairs: readonly [number, number][], words: readonly Word[], regionLength: number, quotingBody: string): boolean {
  if (pairs.length !== words.length || regionLength === pairs.length) return false;
  for (let k = 0; k + 1 < pairs.length; k++) {
    const gap = pairs[k + 1]![1] - pairs[k]![1] - 1;
    if (gap > 0 && !ELLIPSIS.test(quotingBody.slice(words[k]!.end, words[k + 1]!.start))) return false;
  }
  return true;
}
const ELLIPSIS = /\.\.\.|…/u;

/** Quoted words in title case ("Mayor Shocks Town, Endorses Ferry Plan") are a headline quoted, not someone's words. */
const headline = titleCased;

/** Words just before a quotation that give it as a written text's ("wrote:", "the paper reads"). */
const WRITTEN_BY = /\b(?:wrote|writes|write|reads|read|abstract|paper|study)\b[^.!?]{0,20}[:,]?\s*$/iu;
/** Characters before a quotation read for WRITTEN_BY. */
const WRITTEN_REACH = 40;

/** One quotation and where another article prints it. */
interface Printing {
  quoted: Evidence;
  printed: Evidence;
  /** The words are the same, in order, from first to last. */
  same: boolean;
  /**
   * The other prints the words as its own report of what was said, a credit inside them ("…, the study found, but
   * …"), which this article gives as the source's own words: the words are put in the source's mouth.
   */
  madeVerbatim: boolean;
  /** Every word printed alike, but the other goes on, in the same sentence, with these words that take them back ("but it isn't"). */
  cutBefore?: string;
  /** The same words, some of them in another place (a verb put after its subject). */
  reordered?: true;
}

/** Credit words that mark a stretch as reported speech, which a source's own words cannot hold. */
const REPORTED_SPEECH: ReadonlySet<string> = new Set(["found", "finds", "said", "says", "according", "reported", "reports", "added", "noted", "concluded", "claimed"]);

/** A paragraph given as a source's words by the line before it ending "… stated:" (a block quotation without marks). */
const CREDITED_BLOCK = /\b(?:stated|states|said|says|wrote|writes|reads|declared|concluded)\s*:\s*\n+([^\n]{30,})/gu;

/** `sameLettersRunTogether` of two word lists, told apart first by how many letters they hold (no joined copy of either). */
function sameLettersOf(a: readonly Word[], b: readonly Word[]): boolean {
  let letters = 0;
  for (const w of a) letters += w.norm.length;
  for (const w of b) letters -= w.norm.length;
  return letters === 0 && sameLettersRunTogether(a.map((w) => w.norm), b.map((w) => w.norm));
}

/** Whether a word of `region` that no pair takes (words the other added among the quoted ones) is a REPORTED_SPEECH credit. */
function reportsSpeechBetween(region: readonly Word[], pairs: readonly [number, number][]): boolean {
  const pairedAt = new Set(pairs.map(([, j]) => j - pairs[0]![1]));
  return region.some((w, k) => !pairedAt.has(k) && REPORTED_SPEECH.has(w.norm));
}

/** The stretches an article gives as someone's words: its quotations, and credited blocks (English cue). */
function quotedStretches(r: ArticleReading, body: string): { span: TextSpan; parts: TextSpan[] }[] {
  const out = r.quotations.filter((q) => q.kind === "quotation" && q.span.start >= 0).map((q) => ({ span: q.span, parts: q.parts }));
  if (r.language === "en")
    for (const m of body.matchAll(CREDITED_BLOCK)) {
      const start = m.index + m[0].length - m[1]!.length;
      const block = textSpan(body, start, start + m[1]!.length);
      out.push({ span: block, parts: [block] });
    }
  return out;
}

/**
 * Adds the runs of a body's words that quotations look up to `anchors`. Its own function, called once per body: the
 * loop is then compiled once and kept from run to run of a case, where inside `printings` (called once per run) it
 * made V8 compile all of `printings` again on each run, more than half of what the loop itself costs on an add.
 */
function indexAnchors(article: number, words: readonly Word[], firstWords: ReadonlySet<string>, wanted: ReadonlySet<string>, anchors: Map<string, Anchor[]>): void {
  for (let k = 0; k + ANCHOR_WORDS <= words.length; k++) {
    if (!firstWords.has(words[k]!.norm)) continue;
    const key = words.slice(k, k + ANCHOR_WORDS).map((w) => w.norm).join(" ");
    if (!wanted.has(key)) continue;
    const list = anchors.get(key) ?? [];
    list.push({ article, at: k });
    anchors.set(key, list);
  }
}

/** Where a run of quoted words stands in a body: the article (its number in `printings`' list) and the word it starts at. */
interface Anchor {
  article: number;
  at: number;
}

/**
 * A hit (an article, by number, and the word where a quotation's words would start there, which may be before its
 * first word) as one number: a quotation printed by n articles is looked up n times over by each of n others, and a
 * number is a key made and compared without building a string. Exact while a body or a quotation has fewer than
 * HIT_BIAS words (a body holds at most 400,000 characters) and the case fewer than 2^53 / HIT_STRIDE articles.
 */
const HIT_STRIDE = 2 ** 26;
const HIT_BIAS = 2 ** 25;
const hitKey = (article: number, at: number): number => article * HIT_STRIDE + at + HIT_BIAS;

/**
 * How a quotation's words read at one hit (another article, where they would start there): everything that does not
 * depend on which of the articles quoting those words alike asks. `printed` is undefined where no printing is there.
 */
interface HitReading {
  other: string;
  printed?: Evidence;
  /** The printing's article and first character before any reordering: two hits that find it are one. */
  seenKey: string;
  /** Words swapped where either side gives them to a speaker of another language: two translations, unless a copy joins the two. */
  translated: boolean;
  /** Every word printed alike, and the other's sentence does not take them back. */
  whole: boolean;
  same: boolean;
  ofWrittenText: boolean;
  otherQuotes: boolean;
  headline: boolean;
  inside: boolean;
  madeVerbatim: boolean;
  cutBefore?: string;
  reordered: boolean;
  /** Where the other prints the words changed and without marks: their words, and whether its sentence reports them. */
  unmarked?: { wording: string; reported: boolean };
}

/** Where each article's quotations are printed by other articles of the case. */
function printings(inputs: FindingInputs): Printing[] {
  const { graph } = inputs;
  const body0 = (id: string) => (graph.getNodeAttributes(id) as { body: string }).body;
  // The runs of words the quotations below look up: only those are indexed (a case of a thousand bodies holds hundreds
  // of thousands of runs, a few dozen of them quoted), first word first so most runs are never joined into a key.
  const wanted = new Set<string>();
  const firstWords = new Set<string>();
  for (const r of inputs.readings.values() as Iterable<ArticleReading>) {
    for (const q of quotedStretches(r, body0(r.article))) {
      for (const part of q.parts) {
        const qw = wordsWithOffsets(part.text, part.start);
        if (qw.length < ANCHOR_WORDS + 2) continue;
        for (let k = 0; k + ANCHOR_WORDS <= qw.length; k++) {
          firstWords.add(qw[k]!.norm);
          wanted.add(qw.slice(k, k + ANCHOR_WORDS).map((w) => w.norm).join(" "));
        }
      }
    }
  }
  const bodies = new Map<string, Word[]>();
  const anchors = new Map<string, Anchor[]>();
  // The articles whose bodies are indexed, numbered for the hit keys.
  const articleIds: string[] = [];
  const numberOf = new Map<string, number>();
  // With no run of quoted words to look up, no body is read below. A memo keeps every body's words for a later run
  // that may quote some, so it still gets them.
  if (wanted.size === 0 && !memoActive()) return [];
  for (const [r, a] of articleReadings(inputs)) {
    // A body's words depend on its text alone: kept between runs (core/memo.ts), never changed here.
    const body = a.body;
    const words = remember("bodyWords", textKey(body), () => wordsWithOffsets(body, 0));
    bodies.set(r.article, words);
    numberOf.set(r.article, articleIds.length);
    indexAnchors(articleIds.length, words, firstWords, wanted, anchors);
    articleIds.push(r.article);
  }
  const furniture = new Map<string, { start: number; end: number }[]>();
  const furnitureOf = (article: string) => furniture.get(article) ?? (furniture.set(article, furnitureLines(body0(article))), furniture.get(article)!);
  const tagMemo = new Map<string, ContainerOf>();
  const tagOf = (article: string) => tagMemo.get(article) ?? (tagMemo.set(article, containerOf(tagsInsideMarks(inputs.readings.get(article)))), tagMemo.get(article)!);
  const pieceMemo = new Map<string, { pieces: Span[]; pieceOf: ContainerOf }>();
  const piecesOf = (article: string) => {
    let found = pieceMemo.get(article);
    if (!found) {
      const pieces = quotedPieces(inputs.readings.get(article));
      pieceMemo.set(article, (found = { pieces, pieceOf: containerOf(pieces) }));
    }
    return found;
  };
  // Per article and quoted span: whether the article gives the words to a speaker who speaks another language.
  const foreignMemo = new Map<string, boolean>();
  const translatedSpeech = (reading: ArticleReading, span: { start: number; end: number }): boolean => {
    const speaker = speakerOfQuoted(reading, span);
    if (speaker === undefined) return false;
    const key = `${reading.article}\u0000${speaker}`;
    return foreignMemo.get(key) ?? (foreignMemo.set(key, speaksAnotherLanguage(reading, body0(reading.article), speaker)), foreignMemo.get(key)!);
  };
  const copyPairs = new Set(inputs.relations.filter((r) => r.kind === "copies").flatMap((r) => [`${r.from}\u0000${r.to}`, `${r.to}\u0000${r.from}`]));
  const copyLinked = (a: string, b: string) => copyPairs.has(`${a}\u0000${b}`);
  const common = commonInOrderMemo();
  // Each quotation is compared with every printing of it: a comparison of two wordings already compared is not made again.
  const compareWording = compareWordingByText();
  // Read once per text: the same quotation is tested against every printing of it.
  const isHeadline = new Map<string, boolean>();
  const headlineOnce = (text: string) => isHeadline.get(text) ?? (isHeadline.set(text, headline(text)), isHeadline.get(text)!);
  // Whether the words just before a quotation give it as a written text's ("X wrote: …").
  const quotesWrittenText = (r: ArticleReading, q: { span: TextSpan }) => WRITTEN_BY.test(body0(r.article).slice(Math.max(0, q.span.start - WRITTEN_REACH), q.span.start));
  // Bodies where the received copy lost characters: compared in full (compareWordingByText), so read beyond any twin key.
  const lostIn = new Map<string, boolean>();
  const damaged = (article: string) => lostIn.get(article) ?? (lostIn.set(article, body0(article).includes(LOST)), lostIn.get(article)!);
  /**
   * What a hit's reading (readHit) reads of the quoting article: the quoted words and the character the comparison
   * reads after them (LATER_READ_PAST), whether the words before the quotation give it as a written text's, whether
   * it quotes a published text or a speaker of another language. Two quotations with one key read every hit alike.
   * Undefined (a reading of its own) where a caption line of the page stands in the words or the body is damaged.
   */
  // Where each body's text stops (its trailing blanks left out): a word ending there may be cut short.
  const textEnds = new Map<string, number>();
  const textEnd = (article: string) => textEnds.get(article) ?? (textEnds.set(article, body0(article).trimEnd().length), textEnds.get(article)!);
  const twinKey = (r: ArticleReading, q: { span: TextSpan }, part: TextSpan, publishedText: boolean): string | undefined => {
    const body = body0(r.article);
    if (damaged(r.article) || furnitureOf(r.article).some((f) => f.start < part.end && part.start < f.end)) return undefined;
    // Whether the stored text stops with the quotation: its last word may then be cut short (withWordCutAtEnd).
    return [part.text, body.slice(part.start, part.end + LATER_READ_PAST), quotesWrittenText(r, q), publishedText, translatedSpeech(r, q.span), part.end >= textEnd(r.article)].join("\u0001");
  };
  /** How the words of `part` (a quotation of `r`) read at one hit, an article and the word where they would start there. */
  const readHit = (r: ArticleReading, q: { span: TextSpan }, part: TextSpan, qw: readonly Word[], qwNorms: readonly string[], qwKey: string, hit: number): HitReading => {
    const otherNumber = Math.floor(hit / HIT_STRIDE);
    const other = articleIds[otherNumber]!;
    // Made only where no printing is there: most hits find one.
    const none = (): HitReading => ({ other, seenKey: "", translated: false, whole: false, same: false, ofWrittenText: false, otherQuotes: false, headline: false, inside: false, madeVerbatim: false, reordered: false });
    const body = bodies.get(other)!;
    // The stretch of the other body the quotation could cover, with a margin for words added or dropped.
    // A stored text that starts or ends inside the quotation holds only the words it has room for.
    const at = hit - otherNumber * HIT_STRIDE - HIT_BIAS;
    // The quotation's own list where the other body holds room for all of it (the common case, whose words are joined once).
    const [cutFrom, cutTo] = [Math.max(0, -at), Math.max(0, Math.min(qw.length, body.length - at))];
    const quotedWords = cutFrom === 0 && cutTo === qw.length ? qw : qw.slice(cutFrom, cutTo);
    const from = Math.max(0, at - 4);
    const length = at + qw.length + 4 - from;
    // A caption or credit line the page set inside either printing is no word of the quotation: left out of
    // both sides, the window looking further on for the words the line pushed back.
    const reachEnd = Math.min(body.length, from + length + FURNITURE_REACH);
    // Copied out only where either side has such lines to leave out: otherwise the window below reads the body in place.
    const reach = furnitureOf(r.article).length > 0 || furnitureOf(other).length > 0 ? body.slice(from, reachEnd) : undefined;
    const words = reach ? withoutFurniture(quotedWords, furnitureOf(r.article), reach) : quotedWords;
    if (words.length < ANCHOR_WORDS) return none();
    // Nor is a tag the other article set inside its own marks ("… – the letter reads – …"). Where the other
    // prints the words between marks of its own, its words outside them (a narrator's "The advert also" before
    // or between its quoted pieces) are no printing of the quotation either.
    const tagOfWord = tagOf(other);
    const { pieces, pieceOf } = piecesOf(other);
    let inMarks = false;
    if (pieces.length > 0) {
      const span = body.slice(Math.max(0, at), at + qw.length);
      inMarks = span.filter((w) => pieceOf(w) >= 0).length >= MIN_KEPT * span.length;
    }
    const window: Word[] = [];
    // The first `length` words kept, read no further: the reach runs up to FURNITURE_REACH words past them.
    const unfurnished = reach ? withoutFurniture(reach, furnitureOf(other), quotedWords) : body;
    for (let k = reach ? 0 : from, end = reach ? unfurnished.length : reachEnd; k < end && window.length < length; k++) {
      const w = unfurnished[k]!;
      if (tagOfWord(w) < 0 && (!inMarks || pieceOf(w) >= 0)) window.push(w);
    }
    const norms = words === qw ? qwNorms : words.map((w) => w.norm);
    const pairs = withWordCutAtEnd(
      firstWordLatest(common(norms, words === qw ? qwKey : norms.join(" "), window.map((w) => w.norm)), words, window),
      words,
      window,
      textEnd(r.article),
      textEnd(other),
    );
    if (pairs.length < MIN_KEPT * words.length) return none();
    const region = window.slice(pairs[0]![1], pairs[pairs.length - 1]![1] + 1);
    let printed: Evidence = { article: other, start: region[0]!.start, end: region[region.length - 1]!.end, text: (graph.getNodeAttributes(other) as { body: string }).body.slice(region[0]!.start, region[region.length - 1]!.end) };
    // Two hits that find the same printing are one: the first met is read (`seen` in the caller).
    const seenKey = `${other}\u0000${printed.start}`;
    // Every word printed alike, but the other's sentence turns right after them ("… a cure, but it isn't"): the
    // quotation was cut before the speaker took it back, which is a change of its words, not a repetition.
    // Words written joined in one printing and apart in the other are the same words (sameLettersRunTogether).
    const alike = (pairs.length === words.length && region.length === words.length) || sameLettersOf(region, words);
    const otherReading = inputs.readings.get(other);
    const rest = body0(other).slice(region[region.length - 1]!.end, region[region.length - 1]!.end + CUT_REACH);
    const tail = alike ? rest.slice(0, rest.search(/[.!?…"“”«»„]|$/u)) : "";
    const cutBefore = alike && turnsAgainst(tail, otherReading?.detectedLanguage ?? otherReading?.language) ? tailWords(tail) : undefined;
    // The other's quotation the printing falls in, if it quotes the words too.
    const otherQuotation = inputs.readings.get(other)?.quotations.find((x) => x.kind === "quotation" && x.span.start < printed.end && printed.start < x.span.end);
    // Words in another order are the same words where the reuse stage's reading of the two quotations says so (a
    // verb put after its subject): every word of this part printed alike, only moved.
    const reread = !alike && otherQuotation ? compareWording(body0(other), otherQuotation.parts.length > 0 ? otherQuotation.parts : [otherQuotation.span], body0(r.article), [part], otherReading?.detectedLanguage ?? otherReading?.language) : undefined;
    const reordered = reread?.same === true && reread.later.start <= qw[0]!.start && reread.later.end >= qw[qw.length - 1]!.end;
    if (reordered) printed = { article: other, start: reread.earlier.start, end: reread.earlier.end, text: body0(other).slice(reread.earlier.start, reread.earlier.end) };
    const same = (alike && cutBefore === undefined) || reordered;
    // A foreign speaker's words printed with words swapped (each printing has words the other lacks) by two
    // articles of one language are two translations of them (align/translationVariants.ts), not a quotation
    // altered. Words only dropped or cut off are an outlet's cut, translated or not; and a printing inside text one
    // copied from the other is the copier's edit of the rendering it took (the caller asks that).
    const swapped = region.length > pairs.length && pairs.length < words.length;
    const translated = swapped && (translatedSpeech(r, q.span) || (otherReading !== undefined && translatedSpeech(otherReading, printed)));
    // Words changed inside the quotation, not only its head or tail left out: quoting part of a statement is not altering it.
    // A word swapped at an edge counts too: the quotation goes on where the other's sentence goes on with other
    // words, no mark or stop between ("… is that you" / "… is that people can buy").
    const otherBody = body0(other);
    const runsOn = (gap: string) => /^\s+$/u.test(gap);
    const swappedHead = pairs[0]![0] > 0 && region[0]!.start > 0 && runsOn(otherBody.slice(Math.max(0, region[0]!.start - 2), region[0]!.start)) && /[\p{L}\p{N}]/u.test(otherBody.charAt(region[0]!.start - 2));
    const swappedTail = pairs[pairs.length - 1]![0] < words.length - 1 && runsOn(otherBody.slice(region[region.length - 1]!.end, region[region.length - 1]!.end + 1)) && /[\p{L}\p{N}]/u.test(otherBody.charAt(region[region.length - 1]!.end + 1));
    const inside =
      !same &&
      !cutsMarked(pairs, words, region.length, body0(r.article)) &&
      pairs.length >= ALTERED_KEPT * words.length &&
      (cutBefore !== undefined ||
        (otherQuotation !== undefined
          ? changedInsideMarks(pairs, window, pieceOf, swappedHead, swappedTail)
          : region.length > pairs.length || droppedUnseen(pairs, window, pieceOf) > 0 || swappedHead || swappedTail));
    const otherQuotes = otherQuotation !== undefined;
    const ofWrittenText = !otherQuotes && quotesWrittenText(r, q);
    const isHeadline = headlineOnce(part.text) || headlineOnce(printed.text);
    const madeVerbatim = !same && !otherQuotes && reportsSpeechBetween(region, pairs);
    const reading: HitReading = { other, printed, seenKey, translated, whole: alike && cutBefore === undefined, same, ofWrittenText, otherQuotes, headline: isHeadline, inside, madeVerbatim, reordered, ...(cutBefore ? { cutBefore } : {}) };
    // Only a printing the caller may keep as unmarked is read for reported speech.
    if (!same && !otherQuotes && !madeVerbatim && !isHeadline && inside) {
      // Words the other gives as its report of what was said ("…, so Varga", "sei" for "ist") are told in its
      // own grammar, without marks: a report of the words, not the quotation changed. Such a report still dates
      // the words (below): it is never itself the altered printing.
      const reported = otherReading !== undefined && inReportedSpeech(otherBody, otherReading.sentences, printed, new Set(qw.map((w) => w.norm)), otherReading.detectedLanguage ?? otherReading.language);
      reading.unmarked = { wording: region.map((w) => w.norm).join(" "), reported };
    }
    return reading;
  };
  // Per article, the spans of its quotations, for whether a hit falls inside one (quotesAt).
  const quotationMemo = new Map<string, ContainerOf>();
  const quotationsOf = (article: string) => {
    let found = quotationMemo.get(article);
    if (!found) {
      const spans = (inputs.readings.get(article)?.quotations ?? []).filter((q) => q.kind === "quotation" && q.span.start >= 0).map((q) => q.span);
      quotationMemo.set(article, (found = containerOf(spans)));
    }
    return found;
  };
  /** Whether a hit's article quotes the words there too: the middle word of where `length` quoted words would stand is inside one of its quotations. */
  const quotesAt = (hit: number, length: number): boolean => {
    const number = Math.floor(hit / HIT_STRIDE);
    const body = bodies.get(articleIds[number]!)!;
    const word = body[Math.min(body.length - 1, Math.max(0, hit - number * HIT_STRIDE - HIT_BIAS + (length >> 1)))];
    return word !== undefined && quotationsOf(articleIds[number]!)(word) >= 0;
  };
  /** Whether the article of `hit` prints `norms` (a quotation's words) there word for word, as its body's words stand. */
  const printsAlikeAt = (hit: number, norms: readonly string[]): boolean => {
    const number = Math.floor(hit / HIT_STRIDE);
    const body = bodies.get(articleIds[number]!)!;
    const at = hit - number * HIT_STRIDE - HIT_BIAS;
    if (at < 0 || at + norms.length > body.length) return false;
    for (let k = 0; k < norms.length; k++) if (body[at + k]!.norm !== norms[k]) return false;
    return true;
  };
  /**
   * Which hits of a quotation of `article` (its number `own`, none where its body is not indexed; `norms`, its words)
   * are read. The articles that quote the words too are compared with the first of them to print them (by date, then by
   * their order in the case), not with each other: a story reprinted n times quotes each statement n times, and reading
   * every printing against every other was the square of the copies. The first quoting printer reads every hit, the
   * articles that print the words without marks (their own text, a report of what was said) among them; a later one
   * reads the first's, that of the first to quote its own wording (a changed version reprinted by later sites is
   * printed again after that one, not after the first printer), and those of articles a copy joins it to. A quotation
   * carried in a copy is the copy's, told as one, so the printers an article is compared with are ones it did not copy
   * from or give its text to. A change is thus named against the first printing; two reprints that print the first's
   * words alike are alike, one that changes them is altered against it, later printers of one changed version are
   * alike against the first of them, and an unmarked printing is read against the first quotation of its words.
   */
  const readsAgainst = (article: string, own: number | undefined, hits: ReadonlySet<number>, norms: readonly string[]): ((hit: number) => boolean) => {
    const quoting = new Set<number>();
    const alike = new Set<number>();
    for (const hit of hits) {
      if (!quotesAt(hit, norms.length)) continue;
      const n = Math.floor(hit / HIT_STRIDE);
      quoting.add(n);
      if (printsAlikeAt(hit, norms)) alike.add(n);
    }
    const linked = (n: number) => copyLinked(article, articleIds[n]!);
    /** Whether article `n` printed before `than` (by date, then case order; an article not indexed is `article` itself, last among its date). */
    const before = (n: number, than: number | undefined) => {
      const order = byDate(inputs, articleIds[n]!, than === undefined ? article : articleIds[than]!);
      return order < 0 || (order === 0 && n < (than ?? Number.POSITIVE_INFINITY));
    };
    let first = own;
    let firstAlike = own;
    for (const n of quoting) {
      if (linked(n)) continue;
      if (before(n, first)) first = n;
      if (alike.has(n) && before(n, firstAlike)) firstAlike = n;
    }
    if (first === own) return () => true;
    return (hit) => {
      const number = Math.floor(hit / HIT_STRIDE);
      return number === first || number === firstAlike || linked(number);
    };
  };
  // Per twin key, each hit's reading.
  const hitReadings = new Map<string, Map<number, HitReading>>();
  const out: Printing[] = [];
  for (const r of inputs.readings.values() as Iterable<ArticleReading>) {
    for (const q of quotedStretches(r, body0(r.article))) {
      const publishedText = quotesPublishedText(r, q.span);
      // Each stretch between the marks on its own: the words around a speech tag are not the speaker's.
      for (const part of q.parts) {
        const qw = wordsWithOffsets(part.text, part.start);
        if (qw.length < ANCHOR_WORDS + 2) continue;
        const qwNorms = qw.map((w) => w.norm);
        const qwKey = qwNorms.join(" ");
        const hits = new Set<number>();
        // An article's own quotation is no hit (an article whose body is not indexed has no number: every hit is another's).
        const own = numberOf.get(r.article);
        for (let k = 0; k + ANCHOR_WORDS <= qw.length; k++) {
          const key = qw.slice(k, k + ANCHOR_WORDS).map((w) => w.norm).join(" ");
          for (const h of anchors.get(key) ?? []) if (h.article !== own) hits.add(hitKey(h.article, h.at - k));
        }
        const reads = readsAgainst(r.article, own, hits, qwNorms);
        const seen = new Set<string>();
        const unmarked: { printing: Printing; wording: string; reported: boolean }[] = [];
        // The articles that print this part word for word somewhere: another stretch of theirs with some of its words
        // changed is their own telling beside the quotation they print whole (a paraphrase that marks a phrase of it,
        // "ses excuses à «la famille des victimes»" above «ses excuses à la famille des victimes et …»), not the
        // quotation altered.
        const printedWhole = new Set<string>();
        const found: Printing[] = [];
        // The reading of each hit, shared by every article that quotes these words in the same setting (twinKey):
        // a story reprinted n times quotes each statement alike in most of its copies, and each hit is read once per
        // setting instead of once per copy. What depends on the two articles themselves is applied below.
        const twin = twinKey(r, q, part, publishedText);
        let readHits = twin === undefined ? undefined : hitReadings.get(twin);
        if (twin !== undefined && !readHits) hitReadings.set(twin, (readHits = new Map()));
        for (const hit of hits) {
          if (!reads(hit)) continue;
          let v = readHits?.get(hit);
          if (!v) {
            v = readHit(r, q, part, qw, qwNorms, qwKey, hit);
            // A damaged body is compared in full, reading more than the twin key holds: its readings are its own.
            if (!damaged(v.other)) readHits?.set(hit, v);
          }
          if (v.printed === undefined) continue;
          const other = v.other;
          if (seen.has(v.seenKey)) continue;
          seen.add(v.seenKey);
          if (v.translated && !copyLinked(r.article, other)) continue;
          if (v.whole) printedWhole.add(other);
          // The same words count as the quotation printed again where the other prints them as a quotation too, and
          // no copy joins the two (a quotation carried in a copied text is the copy's, told as one); or where the
          // quotation is of a written text ("X wrote: …") and the other is that text, printing the words as its own.
          if (v.same && !v.ofWrittenText && (!v.otherQuotes || copyLinked(r.article, other))) continue;
          if (v.headline) continue;
          if (!v.same && !v.inside) continue;
          // A text no one is credited with that both set apart after a lead-in ending in a colon ("The message reads:"),
          // in different versions, changes as it is passed on (a chain message): each printed the version it found.
          // Not a writer's own report given as the source's words (madeVerbatim): that is a finding of its own.
          if (!v.same && !v.madeVerbatim && versionsOfUncreditedText(inputs, { article: r.article, start: part.start, end: part.end }, v.printed)) continue;
          const quoted: Evidence = { article: r.article, start: part.start, end: part.end, text: part.text };
          const printed: Evidence = { ...v.printed };
          const { same, madeVerbatim } = v;
          if (v.unmarked) {
            if (!publishedText) unmarked.push({ printing: { quoted, printed, same, madeVerbatim }, wording: v.unmarked.wording, reported: v.unmarked.reported });
          } else found.push({ quoted, printed, same, madeVerbatim, ...(v.cutBefore ? { cutBefore: v.cutBefore } : {}), ...(v.reordered ? { reordered: true as const } : {}) });
        }
        for (const f of found) if (f.same || !printedWhole.has(f.printed.article)) out.push(f);
        // Changed words without marks are a quotation altered only where the marks were there first. Words an article
        // dated before the quotation printed as its own report, unmarked, are what the quotation quotes (a fact-check
        // putting a rumour in marks to deny it), and so is every later unmarked printing of those same words (a copy
        // of that report): none of them is the quotation with its marks lost.
        const before = new Set(unmarked.filter((u) => datedBefore(inputs, u.printing.printed.article, r.article)).map((u) => u.wording));
        for (const u of unmarked) if (!u.reported && !before.has(u.wording) && !printedWhole.has(u.printing.printed.article)) out.push(u.printing);
      }
    }
  }
  return out;
}

/** Words a printing's window looks past its quotation's length for the words furniture lines pushed back. */
const FURNITURE_REACH = 3 * FURNITURE_WORDS;

/** Characters read after a printing's last word for how its sentence goes on (a cut before "but …"). */
const CUT_REACH = 200;

/** Characters after a quotation within which a credit of the text it shows may stand ("» — Texto publicado no X"). */
const PUBLISHED_REACH = 80;

/**
 * Whether a quotation nobody is said to speak is a published text the article credits right after it ("«…» — Texto
 * publicado no Blog Alfa e compartilhado no WhatsApp"): a fact check showing the rumour it checks. The same words
 * printed elsewhere without marks and changed are another telling of that text, not a quotation with its marks lost.
 */
function quotesPublishedText(r: ArticleReading, span: TextSpan): boolean {
  if (r.quotations.some((q) => q.speaker !== undefined && q.span.start < span.end && span.start < q.span.end)) return false;
  return r.attributions.some((at) => at.span.start >= span.end && at.span.start - span.end <= PUBLISHED_REACH && saysWherePublished(at));
}

/**
 * Whether two printings are each a text no one is credited with (no speaker of a quotation over them), introduced by
 * a lead-in ending in a colon ('The message says: "…"', or "The message reads:" then the text as a block).
 */
function versionsOfUncreditedText(inputs: FindingInputs, ...printings: readonly (Span & { article: string })[]): boolean {
  return printings.every((p) => {
    const r = inputs.readings.get(p.article);
    if (!r || r.quotations.some((q) => q.speaker !== undefined && q.span.start < p.end && p.start < q.span.end)) return false;
    return introducedByColon((inputs.graph.getNodeAttributes(p.article) as { body?: string }).body ?? "", p.start);
  });
}

/** Printings joined into quotations: two printings that overlap in one article are one quotation. */
function quotationsOf(ps: readonly Printing[]): Printing[][] {
  const joined = disjointSets(ps.length);
  // Printings whose spans overlap in one article are one quotation. Found by a sweep over each article's spans in
  // order (comparing every pair of printings was quadratic: a wire story reprinted 16 times spent minutes here): a span
  // overlaps an earlier one exactly when it starts before the furthest end reached so far, and every span reaching past
  // its start is already one group with the span reaching furthest. Empty spans sort first among equal starts (one
  // overlaps only a span strictly around it).
  const spans = new Map<string, { start: number; end: number; printing: number }[]>();
  ps.forEach((p, printing) => {
    for (const e of [p.quoted, p.printed]) {
      const list = spans.get(e.article);
      if (list) list.push({ start: e.start, end: e.end, printing });
      else spans.set(e.article, [{ start: e.start, end: e.end, printing }]);
    }
  });
  for (const list of spans.values()) {
    list.sort((a, b) => a.start - b.start || Number(a.end > a.start) - Number(b.end > b.start));
    let reach = Number.NEGATIVE_INFINITY;
    let holder = -1;
    for (const s of list) {
      if (holder >= 0 && s.start < reach) joined.join(s.printing, holder);
      if (s.end > s.start && s.end > reach) {
        reach = s.end;
        holder = s.printing;
      }
    }
  }
  return joined.sets(ps);
}

/**
 * Recycled and altered quotations found on the words, for quotations the relation-based findings (`already`) leave
 * out. `notNew`: the articles of each quotation the relation-based reading judged printed again but never presented as
 * new (recycledQuote.ts): judged on more than the words, it is not stated recycled here either.
 */
export function quotationsOnTheirWords(inputs: FindingInputs, already: readonly Finding[], notNew: readonly (readonly string[])[] = []): Finding[] {
  const { graph } = inputs;
  const findings: Finding[] = [];
  const judged = [...already, ...notNew.map((articles) => ({ type: "recycled_quote", articles }))];
  const told = (type: string, articles: readonly string[]) => judged.some((f) => f.type === type && articles.some((a) => f.articles.includes(a)));
  const checks = factChecks(inputs);
  for (const group of quotationsOf(printings(inputs))) {
    const articlesOf = (ps: readonly Printing[]) => [...new Set(ps.flatMap((p) => [p.quoted.article, p.printed.article]))];
    const evidenceOf = (ps: readonly Printing[]) => {
      const seen = new Set<string>();
      return ps.flatMap((p) => [p.quoted, p.printed]).filter((e) => (seen.has(e.article) ? false : (seen.add(e.article), true))).slice(0, 6);
    };
    // Words put in a source's mouth: the whole quotation is that, however else it is printed.
    if (group.some((p) => p.madeVerbatim)) {
      const p = group.find((x) => x.madeVerbatim)!;
      findings.push({
        id: `unsupported_attribution:words:${p.quoted.article}:${p.quoted.start}`,
        type: "unsupported_attribution",
        articles: articlesOf(group),
        explanation:
          `${articleName(graph, p.quoted.article)} gives "${quoteSnippet(p.quoted.text, 16)}" as its source's own words; ` +
          `${articleName(graph, p.printed.article)} has them as its writer's report of what was found or said ("${quoteSnippet(p.printed.text, 16)}"). ` +
          "A summary turned into a quotation puts words in the source's mouth.",
        evidence: evidenceOf(group),
        edges: [],
      });
      continue;
    }
    const same = group.filter((p) => p.same);
    const changed = group.filter((p) => !p.same);
    // Stated where a printing that may be the later of its pair presents the words as new (presentedAsNew.ts) and, as
    // the relation-based reading asks too, is not dated in the first days the words appear (inFirstDays).
    // Printers joined by a copy are one printing (inFirstDays), where both give the words as a quotation: one that
    // prints them as its own text (a paper's abstract) is the text quoted, and a copy of it quoting it quotes that text.
    const printers = new Set(articlesOf(same));
    const quotes = (e: Evidence) => inputs.readings.get(e.article)?.quotations.some((q) => q.span.start < e.end && e.start < q.span.end) === true;
    const copies = copiesAmong(inputs, new Set(same.flatMap((p) => [p.quoted, p.printed]).filter(quotes).map((e) => e.article)));
    const afterFirstDays = (e: Evidence) => !inFirstDays(inputs, e.article, printers, copies);
    const ground = same.length > 0 && !told("recycled_quote", articlesOf(same)) ? same.flatMap((p) => laterSides(inputs, p)).find((e) => afterFirstDays(e) && notPresentedAsNew(inputs, checks, e) === undefined) : undefined;
    if (ground) {
      const articles = articlesOf(same);
      const first = same[0]!.quoted;
      findings.push({
        id: `recycled_quote:words:${first.article}:${first.start}`,
        type: "recycled_quote",
        articles,
        explanation:
          `The quotation "${quoteSnippet(first.text)}" is printed ${same.some((p) => p.reordered) ? "with the same words, some in another order," : "word for word"} in ${listWords(articles.map((a) => articleName(graph, a)))}: one statement printed again, not several. ` +
          `${articleName(graph, ground.article)} gives it as part of its own story, with no day it was said and nothing against it.`,
        evidence: [ground, ...evidenceOf(same).filter((e) => e.article !== ground.article)].slice(0, 6),
        edges: [],
      });
    }
    if (changed.length > 0 && !told("altered_quote", articlesOf(changed))) {
      const articles = articlesOf(changed);
      // The change a reader would point at first: the pair printed earliest (by its later article's date; undated last),
      // earlier side first. A fact-check that quotes the changed words later is not where they changed.
      const p = earliestPair(inputs, changed);
      const [first, then] = inOrder(inputs, p.quoted, p.printed);
      const others = articles.filter((a) => a !== p.quoted.article && a !== p.printed.article);
      const alsoOthers = others.length > 0 ? `${listWords(others.map((a) => articleName(graph, a)))} print${others.length === 1 ? "s" : ""} other versions. ` : "";
      if (p.cutBefore !== undefined) {
        // The same words, stopped where the speaker went on to take them back: said plainly, not as changed words.
        findings.push({
          id: `altered_quote:words:${p.quoted.article}:${p.quoted.start}`,
          type: "altered_quote",
          articles,
          explanation:
            `${articleName(graph, p.quoted.article)} prints "${quoteSnippet(p.quoted.text, 16)}" and stops there; in ${articleName(graph, p.printed.article)} the sentence goes on "${quoteSnippet(p.cutBefore, 12)}". ${alsoOthers}` +
            "Cut before the speaker turns against it, the quotation says what the speaker took back.",
          evidence: evidenceOf(changed),
          edges: [],
        });
        continue;
      }
      findings.push({
        id: `altered_quote:words:${p.quoted.article}:${p.quoted.start}`,
        type: "altered_quote",
        articles,
        explanation:
          `${articleName(graph, first.article)} prints "${quoteSnippet(first.text, 16)}"; ${articleName(graph, then.article)} prints "${quoteSnippet(then.text, 16)}". ` +
          alsoOthers +
          "The words changed between printings; a reader who sees quotation marks trusts they are the speaker's.",
        evidence: evidenceOf(changed),
        edges: [],
      });
    }
  }
  return findings;
}

/** The side of a printing pair that printed the words later: the later dated one, else either. */
function laterSides(inputs: FindingInputs, p: Printing): Evidence[] {
  if (datedBefore(inputs, p.quoted.article, p.printed.article)) return [p.printed];
  if (datedBefore(inputs, p.printed.article, p.quoted.article)) return [p.quoted];
  return [p.quoted, p.printed];
}

/** Dated before undated, then by date: how the altered-quote finding orders printings. */
function byDate(inputs: FindingInputs, a: string, b: string): number {
  const da = dateOf(inputs.graph, a);
  const db = dateOf(inputs.graph, b);
  if (!da || !db) return (da ? 0 : 1) - (db ? 0 : 1);
  return compareDates(da, db);
}

/** Both articles are dated and `a` is the earlier (an undated one orders nothing). */
function datedBefore(inputs: FindingInputs, a: string, b: string): boolean {
  const da = dateOf(inputs.graph, a);
  const db = dateOf(inputs.graph, b);
  return !!da && !!db && compareDates(da, db) < 0;
}

/** A printing's two sides, earlier first (their order as given where the dates do not tell). */
function inOrder(inputs: FindingInputs, x: Evidence, y: Evidence): [Evidence, Evidence] {
  return byDate(inputs, x.article, y.article) > 0 ? [y, x] : [x, y];
}

/** The pair of printings whose later side is earliest. */
function earliestPair(inputs: FindingInputs, pairs: readonly Printing[]): Printing {
  const laterOf = (p: Printing) => inOrder(inputs, p.quoted, p.printed)[1].article;
  return [...pairs].sort((a, b) => byDate(inputs, laterOf(a), laterOf(b)))[0]!;
}
