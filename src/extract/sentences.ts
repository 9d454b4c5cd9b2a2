/** Sentence spans of a cleaned body: compromise splits English and French paragraphs (it knows abbreviations); other scripts split on their own end marks. */
import { tagTokens, tokenize, type Term, type Token } from "../core/nlp.ts";
import type { Span, TextSpan } from "../core/spans.ts";
import { textSpan } from "../core/spans.ts";
import { installContractionsGuard } from "./compromiseContractions.ts";
import { installFastSweep } from "./compromiseSweep.ts";

const OPENERS = "“\"‘'«„‚‹(";

/**
 * What the reading stage keeps of compromise's parse of one paragraph, offsets into the paragraph: where its sentences
 * start, its content verbs (lower case, auxiliaries, copulas and modals left out) and the names tagged as people.
 */
export interface ParagraphParse {
  starts: number[];
  verbs: { at: number; normal: string }[];
  people: string[];
}

/**
 * Longest paragraph given to compromise, in characters. Its parse holds several objects per word: a 200 kB paragraph with
 * no sentence end ran out of memory. Longer paragraphs (never seen in real articles) are split on end punctuation alone.
 */
const MAX_TAGGED_PARAGRAPH = 20_000;

// The same tags as compromise's stock rule matcher and post-tagger, in about half the tagging time (compromiseSweep.ts),
// and its contractions step only where a term may be one (compromiseContractions.ts).
installFastSweep();
installContractionsGuard();

/**
 * What the reading keeps of one tagged sentence: four numbers per term (the lengths of its leading text, its text and its
 * trailing text, for offsets; then 1 when tagged a person, plus 2 when a content verb), and in term order the text of
 * each person term and the normal form of each content verb. Compact, since thousands are kept.
 */
interface TaggedSentence {
  terms: Uint16Array;
  words: string[];
}
const PERSON = 1;
const VERB = 2;

/** One tagged sentence, as the reading keeps it (its terms' lengths fit: a tagged paragraph is at most MAX_TAGGED_PARAGRAPH characters). */
function taggedSentence(terms: readonly Term[]): TaggedSentence {
  const out: TaggedSentence = { terms: new Uint16Array(terms.length * 4), words: [] };
  terms.forEach((t, i) => {
    let flags = 0;
    if (t.tags.has("Person")) {
      flags |= PERSON;
      out.words.push(t.text);
    }
    if (t.tags.has("Verb") && !t.tags.has("Auxiliary") && !t.tags.has("Copula") && !t.tags.has("Modal")) {
      flags |= VERB;
      out.words.push(t.normal);
    }
    out.terms.set([t.pre.length, t.text.length, t.post.length, flags], i * 4);
  });
  return out;
}

/**
 * Each tokenised sentence's text, the memo's key, when the sentences' terms add up to the paragraph's length (compromise's
 * tokenizer only splits the text, so their texts are then the paragraph's consecutive slices); else none.
 */
function sentenceKeys(text: string, tokens: readonly (readonly Token[])[]): string[] {
  const keys: string[] = [];
  let at = 0;
  for (const sentence of tokens) {
    let length = 0;
    for (const t of sentence) length += t.pre.length + t.text.length + t.post.length;
    keys.push(text.slice(at, at + length));
    at += length;
  }
  return at === text.length ? keys : [];
}

/**
 * Hashes of the sentences tagged in this thread (at most 500,000, then forgotten at once): a sentence's tags are kept from
 * its second tagging on, so a case of unrepeated text does not fill the memo (keeping every sentence cost more in garbage
 * collection than its lookups saved).
 */
const sentencesSeen = new Set<number>();
function seenBefore(key: string): boolean {
  // FNV-1a over the UTF-16 code units: a collision only keeps a sentence's tags a time early, never gives wrong ones.
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  if (sentencesSeen.has(h)) return true;
  if (sentencesSeen.size >= 500_000) sentencesSeen.clear();
  sentencesSeen.add(h);
  return false;
}

/** One paragraph through compromise: sentence starts, content verbs and people, as read from the tagged terms. */
function parseParagraph(text: string): ParagraphParse {
  const out: ParagraphParse = { starts: [0], verbs: [], people: [] };
  const tokens = tokenize(text);
  // A paragraph of one sentence is the paragraph memo's alone.
  const keys = tokens.length > 1 ? sentenceKeys(text, tokens) : [];
  const sentences = tokens.map((_, k) => (k < keys.length ? sentenceMemo.peek(keys[k] as string) : undefined));
  const missing = tokens.filter((_, k) => sentences[k] === undefined);
  if (missing.length > 0) {
    // Only the sentences not met before, in one document: compromise tags each sentence on its own terms alone.
    const docs = tagTokens(missing);
    if (docs.length === missing.length) {
      let m = 0;
      sentences.forEach((s, k) => {
        if (s !== undefined) return;
        const tagged = taggedSentence(docs[m++] as Term[]);
        sentences[k] = tagged;
        if (k < keys.length && seenBefore(keys[k] as string)) sentenceMemo.set(keys[k] as string, tagged);
      });
    } else {
      // Sentences the tagger dropped or joined (never seen): the whole paragraph tagged afresh, nothing kept.
      sentences.splice(0, sentences.length, ...tagTokens(tokenize(text)).map(taggedSentence));
    }
  }
  let person: string[] = [];
  const flush = () => {
    if (person.length > 0) out.people.push(person.join(" ").replace(/[.,;:'’]+$/, ""));
    person = [];
  };
  // Offsets as compromise's own `offset` step counts them: each term's leading text, the term, its trailing text.
  let at = 0;
  for (const { terms, words } of sentences as TaggedSentence[]) {
    let start = at + (terms[0] ?? 0);
    // compromise starts a sentence after its opening quotation mark; the mark belongs to the sentence.
    // (French spacing puts a space inside the mark: "« Nous …".)
    for (;;) {
      if (start > 0 && OPENERS.includes(text[start - 1] ?? "")) start--;
      else if (start > 1 && /[ \u00a0\u202f]/u.test(text[start - 1] ?? "") && "«‹„".includes(text[start - 2] ?? "")) start -= 2;
      else break;
    }
    if (start > (out.starts[out.starts.length - 1] ?? 0)) out.starts.push(start);
    let w = 0;
    for (let i = 0; i < terms.length; i += 4) {
      const termStart = at + (terms[i] as number);
      at = termStart + (terms[i + 1] as number) + (terms[i + 2] as number);
      const flags = terms[i + 3] as number;
      if (flags & PERSON) person.push(words[w++] as string);
      else flush();
      if (flags & VERB) out.verbs.push({ at: termStart, normal: words[w++] as string });
    }
  }
  flush();
  addQuotationEnds(text, out.starts);
  return out;
}

/** A sentence ending inside its closing quotation mark, before a capital: `… said, "We will close the bridge." He …`. */
const QUOTATION_END = /[.!?…]\u00a0?\s?["”’»]\s+(?=[\p{Lu}\p{N}])/gu;

/**
 * compromise ends no sentence whose end mark sits inside a closing quotation mark (`"… the bridge." He did not say why.`
 * is one sentence to it): such ends are added to a paragraph's sentence starts, in order.
 */
function addQuotationEnds(text: string, starts: number[]): void {
  for (const m of text.matchAll(QUOTATION_END)) {
    const at = m.index + m[0].length;
    if (at >= text.length || starts.includes(at)) continue;
    const k = starts.findIndex((x) => x > at);
    if (k < 0) starts.push(at);
    else starts.splice(k, 0, at);
  }
}

/**
 * Values kept by text, least recently used first out, within a number of entries and of characters of text, so memory
 * stays bounded whatever is read.
 */
export class TextMemo<T> {
  private readonly kept = new Map<string, T>();
  private chars = 0;
  constructor(
    private readonly maxEntries: number,
    private readonly maxChars: number,
  ) {}

  /** The value kept for `text`, or `compute(text)`'s, kept. */
  get(text: string, compute: (text: string) => T): T {
    const hit = this.peek(text);
    if (hit !== undefined) return hit;
    const value = compute(text);
    this.set(text, value);
    return value;
  }

  /** The value kept for `text` (now the most recently used), or undefined. */
  peek(text: string): T | undefined {
    const hit = this.kept.get(text);
    if (hit !== undefined) {
      this.kept.delete(text);
      this.kept.set(text, hit);
    }
    return hit;
  }

  /** Keeps `value` for `text` (not already kept), dropping the least recently used beyond the bounds. */
  set(text: string, value: T): void {
    if (this.kept.delete(text)) this.chars -= text.length;
    // A copy of the text as the key, code unit for code unit: a slice of a body would keep the whole body alive.
    this.kept.set(Buffer.from(text, "utf16le").toString("utf16le"), value);
    this.chars += text.length;
    for (const [old] of this.kept) {
      if (this.kept.size <= this.maxEntries && this.chars <= this.maxChars) break;
      this.kept.delete(old);
      this.chars -= old.length;
    }
  }

  /** Texts and characters kept. */
  get size(): { entries: number; chars: number } {
    return { entries: this.kept.size, chars: this.chars };
  }
}

/**
 * compromise's tags of sentences met more than once, by the sentence's text, per thread, at most 30,000 sentences and 6
 * million characters. compromise tags each sentence of a paragraph on its own terms (its tagger and rules never look past
 * a sentence: checked on every sentence of the development cases and on random mixes of them, and by
 * tests/extract/sentences.test.ts), so a sentence met before in another paragraph (a lightly edited reprint, a wire copy
 * with a line added) need not be tagged again.
 */
export const sentenceMemo = new TextMemo<TaggedSentence>(30_000, 6_000_000);

/**
 * compromise's parses by paragraph text (reprints and templated text repeat paragraphs word for word; a parse depends on
 * the text alone): in one thread, at most 20,000 paragraphs and 10 million characters of them. Callers never change a parse.
 */
export const paragraphMemo = new TextMemo<ParagraphParse>(20_000, 10_000_000);

/** Marks that open and close a quotation or an aside in Chinese and Japanese text (and the curly quotes both use). */
const CJK_OPENERS = "「『“‘（(【〈《";
const CJK_CLOSERS = "」』”’）)】〉》";

/**
 * Sentence starts after the full-width end marks of Chinese and Japanese ("。", "！", "？"), which no space follows: a
 * paragraph of several sentences is otherwise one statement of dozens of character pairs. No cut inside a quotation
 * or aside (the quoted sentences belong to the sentence that quotes them), and none before a quotative particle in
 * hiragana ("「…です。」と話した": the speaker's clause goes on).
 */
function unspacedStarts(text: string): number[] {
  const starts: number[] = [];
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (CJK_OPENERS.includes(c)) depth++;
    else if (CJK_CLOSERS.includes(c)) depth = Math.max(0, depth - 1);
    else if (c === "。" || c === "！" || c === "？") {
      let j = i + 1;
      while (j < text.length && "。！？".includes(text[j] as string)) j++;
      while (j < text.length && CJK_CLOSERS.includes(text[j] as string)) {
        depth = Math.max(0, depth - 1);
        j++;
      }
      // A straight quote right after the end mark closes a quotation (it cannot tell opening from closing elsewhere).
      while (j < text.length && (text[j] === '"' || text[j] === "'")) j++;
      i = j - 1;
      if (depth > 0) continue;
      while (j < text.length && /\s/u.test(text[j] as string)) j++;
      if (j < text.length && !/\p{Script=Hiragana}/u.test(text[j] as string)) starts.push(j);
    }
  }
  return starts;
}

/**
 * Sentence starts after the Urdu full stop "۔", which Urdu typesetting often glues to the next sentence ("…ادا کیا
 * ہے۔میڈیا رپورٹس کے مطابق …"): the mark ends a sentence only, never a word or a number, so a letter right after it
 * starts the next one (closing quotation marks after it stay with the sentence they close). Urdu has no frames of its own
 * and is read with English's (frames/index.ts framesFor), so both branches of paragraphParse look for it. None (no new
 * list) in a text without the mark.
 */
function urduStopStarts(text: string): number[] {
  if (!text.includes("۔")) return [];
  const starts: number[] = [];
  const re = /۔+["”»’‘)]*\s*(?=\p{L})/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) starts.push(m.index + m[0].length);
  return starts;
}

/** Sentence starts in order, each once, with `more` merged in. */
function withStarts(starts: readonly number[], more: readonly number[]): number[] {
  return [...new Set([...starts, ...more])].sort((a, b) => a - b);
}

/**
 * An initial inside a name, its full stop no sentence's end: one capital after a name's particle, before a capitalised
 * word ("Folha de S. Paulo", "Estado de S. Paulo"). Not after a name's word: a surname cut to its initial ends sentences
 * ("… die 15-jährige Anna K. Ihre Lehrer …"). Tested on the text up to two characters past a full stop and its space.
 */
const INITIAL_IN_NAME = /\s(?:de|do|da|di|del|von|van|du)\s\p{Lu}\.\s+\p{Lu}\p{Ll}$/u;

/** Sentence start offsets inside one paragraph, by compromise (Latin scripts) or by end punctuation (others), with compromise's verbs and people when it read it. */
function paragraphParse(text: string, latin: boolean): ParagraphParse {
  if (!latin || text.length > MAX_TAGGED_PARAGRAPH) {
    const starts = [0];
    const re = /[.!?؟।。]+["”»’)]*\s+/gu;
    for (let m = re.exec(text); m; m = re.exec(text)) if (!INITIAL_IN_NAME.test(text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 2))) starts.push(m.index + m[0].length);
    const unspaced = [...urduStopStarts(text), ...(/[。！？]/u.test(text) ? unspacedStarts(text) : [])];
    if (unspaced.length === 0) return { starts, verbs: [], people: [] };
    return { starts: withStarts(starts, unspaced), verbs: [], people: [] };
  }
  const parse = paragraphMemo.get(text, parseParagraph);
  const urdu = urduStopStarts(text);
  if (urdu.length === 0) return parse;
  return { ...parse, starts: withStarts(parse.starts, urdu) };
}

/**
 * A fact-check's verdict label opening a paragraph ("[FALSE] A post claims …", "[HOAKS] Beredar …", "【誤り】…") is a
 * sentence of its own: the verdict on what follows, not part of the claim it opens.
 */
const VERDICT_LABEL = /^(?:\[[\p{Lu}\p{N}][\p{Lu}\p{N}\p{M} /!-]{1,30}\]|【[^】\n]{1,12}】)\s*(?=\S)/u;

/**
 * The paragraph's sentence starts (a new list where it differs: parses are shared), with one after an opening verdict
 * label, and none that would leave a "sentence" of bare punctuation before it (compromise ends one after an opening "[").
 */
function withVerdictLabel(text: string, starts: readonly number[]): readonly number[] {
  const label = VERDICT_LABEL.exec(text);
  const at = label && label[0].length < text.length ? label[0].length : undefined;
  const kept = starts.filter((x, i) => i === 0 || at === x || /[\p{L}\p{N}]/u.test(text.slice(starts[i - 1] as number, x)));
  if (at === undefined) return kept.length === starts.length ? starts : kept;
  return [...kept.filter((x) => x === 0), at, ...kept.filter((x) => x > at)];
}

/** Sentences of a body with, for each, the verbs it uses (lower case, auxiliaries left out) and the people compromise names in the body. */
export interface SentenceAnalysis {
  sentences: TextSpan[];
  /** Parallel to `sentences`: the content verbs of each (empty for scripts compromise does not read). */
  verbs: string[][];
  /** Names compromise tags as people ("Ingrid Solberg"), in reading order. */
  people: string[];
}

/** Splits each paragraph of the body into sentences (trimmed spans of the body) and keeps compromise's verbs and people from the same parse. */
export function analyseSentences(body: string, paragraphs: readonly Span[], language: string): SentenceAnalysis {
  const latin = language === "en" || language === "fr";
  const out: SentenceAnalysis = { sentences: [], verbs: [], people: [] };
  for (const p of paragraphs) {
    // A paragraph the cleaner unwrapped (clean/unwrap.ts) keeps its line breaks; the tagger would end a sentence at each,
    // cutting "… the Daily\nquoted Jane Doe as saying." in two. A space of the same length keeps every offset.
    const text = body.slice(p.start, p.end).replace(/\n/g, " ");
    const parse = paragraphParse(text, latin);
    const { verbs, people } = parse;
    const starts = withVerdictLabel(text, parse.starts);
    const first = out.sentences.length;
    for (let i = 0; i < starts.length; i++) {
      let s = p.start + (starts[i] ?? 0);
      let e = i + 1 < starts.length ? p.start + (starts[i + 1] ?? 0) : p.end;
      while (s < e && /\s/.test(body[s] ?? "")) s++;
      while (e > s && /\s/.test(body[e - 1] ?? "")) e--;
      if (e > s) {
        out.sentences.push(textSpan(body, s, e));
        out.verbs.push([]);
      }
    }
    out.people.push(...people);
    for (const v of verbs) {
      const at = p.start + v.at;
      for (let k = out.sentences.length - 1; k >= first; k--) {
        if ((out.sentences[k] as TextSpan).start <= at) {
          out.verbs[k]?.push(v.normal);
          break;
        }
      }
    }
  }
  return out;
}

/** The sentence containing an offset (or the nearest one before it). */
export function sentenceAt(sentences: readonly TextSpan[], offset: number): TextSpan | undefined {
  let best: TextSpan | undefined;
  for (const s of sentences) {
    if (s.start <= offset) best = s;
    else break;
  }
  return best;
}

/** Opening quotation marks, brackets and spaces that may stand between a lead-in's colon and the text it introduces. */
const LEAD_IN_OPENERS = /[\s"“”„«»‹›‘’'「『(]+$/u;

/**
 * Whether the text at `start` is introduced by a lead-in ending in a colon: right after it ('The message says: "…"')
 * or in the paragraph after a paragraph that ends in one ("The message reads:" then the text as a block).
 */
export function introducedByColon(body: string, start: number): boolean {
  if (body.slice(Math.max(0, start - 40), start).replace(LEAD_IN_OPENERS, "").endsWith(":")) return true;
  const paragraphStart = body.lastIndexOf("\n", start - 1) + 1;
  return paragraphStart > 0 && body.slice(Math.max(0, paragraphStart - 400), paragraphStart).trimEnd().endsWith(":");
}

/**
 * The line that opens the block holding sentence `index` as someone's text: the last sentence before the block's
 * paragraph, where it ends with a colon ("A passage of Borecki's essay, which began:" then the passage). Every sentence
 * of the block is given as the words that line names, not only the first. Undefined where the paragraph before ends
 * otherwise.
 */
export function blockLeadIn(body: string, sentences: readonly TextSpan[], index: number): TextSpan | undefined {
  const sentence = sentences[index];
  if (!sentence) return undefined;
  const paragraphStart = body.lastIndexOf("\n", sentence.start) + 1;
  let k = index;
  while (k > 0 && sentences[k]!.start >= paragraphStart) k--;
  const before = sentences[k];
  return before && before.start < paragraphStart && /:\s*$/u.test(before.text) ? before : undefined;
}
