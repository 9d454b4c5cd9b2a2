/** Sentence spans of a cleaned body: compromise splits English and French paragraphs (it knows abbreviations); other scripts split on their own end marks. */
import nlp from "../core/nlp.ts";
import type { Span, TextSpan } from "../core/spans.ts";
import { textSpan } from "../core/spans.ts";
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

// The same tags as compromise's stock rule matcher, in about half the tagging time (compromiseSweep.ts).
installFastSweep();

/** compromise's own steps (tokenise, tag, …) but its chunker: nothing here reads chunks, and it is a tenth of the parse. */
const TAGGING = nlp.hooks().filter((h) => h !== "chunks");
/** compromise's document class, as `nlp()` builds it; `nlp(text)` is `new View(tokens)` and then every step of `nlp.hooks()`. */
const View = nlp("").constructor as new (document: unknown) => { docs: Term[][]; compute(steps: string[]): unknown };
const world = nlp.world() as { methods: { one: { tokenize: { fromString(text: string, world: unknown): unknown } } } };
interface Term {
  text: string;
  normal: string;
  pre: string;
  post: string;
  tags: Set<string>;
}

/** One paragraph through compromise: sentence starts, content verbs and people, as read from the tagged terms. */
function parseParagraph(text: string): ParagraphParse {
  const out: ParagraphParse = { starts: [0], verbs: [], people: [] };
  const doc = new View(world.methods.one.tokenize.fromString(text, world));
  doc.compute(TAGGING);
  let person: string[] = [];
  const flush = () => {
    if (person.length > 0) out.people.push(person.join(" ").replace(/[.,;:'’]+$/, ""));
    person = [];
  };
  // Offsets as compromise's own `offset` step counts them: each term's leading text, the term, its trailing text.
  let at = 0;
  for (const terms of doc.docs) {
    let start = at + (terms[0]?.pre.length ?? 0);
    // compromise starts a sentence after its opening quotation mark; the mark belongs to the sentence.
    while (start > 0 && OPENERS.includes(text[start - 1] ?? "")) start--;
    if (start > (out.starts[out.starts.length - 1] ?? 0)) out.starts.push(start);
    for (const t of terms) {
      const termStart = at + t.pre.length;
      at = termStart + t.text.length + t.post.length;
      if (t.tags.has("Person")) person.push(t.text);
      else flush();
      if (t.tags.has("Verb") && !t.tags.has("Auxiliary") && !t.tags.has("Copula") && !t.tags.has("Modal")) out.verbs.push({ at: termStart, normal: t.normal });
    }
  }
  flush();
  return out;
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
    const hit = this.kept.get(text);
    if (hit !== undefined) {
      this.kept.delete(text);
      this.kept.set(text, hit);
      return hit;
    }
    const value = compute(text);
    // A copy of the text as the key: a slice of a body would keep the whole body alive.
    this.kept.set(Buffer.from(text, "utf8").toString("utf8"), value);
    this.chars += text.length;
    for (const [old] of this.kept) {
      if (this.kept.size <= this.maxEntries && this.chars <= this.maxChars) break;
      this.kept.delete(old);
      this.chars -= old.length;
    }
    return value;
  }

  /** Texts and characters kept. */
  get size(): { entries: number; chars: number } {
    return { entries: this.kept.size, chars: this.chars };
  }
}

/**
 * compromise's parses by paragraph text (reprints and templated text repeat paragraphs word for word; a parse depends on
 * the text alone): in one thread, at most 20,000 paragraphs and 10 million characters of them. Callers never change a parse.
 */
export const paragraphMemo = new TextMemo<ParagraphParse>(20_000, 10_000_000);

/** Sentence start offsets inside one paragraph, by compromise (Latin scripts) or by end punctuation (others), with compromise's verbs and people when it read it. */
function paragraphParse(text: string, latin: boolean): ParagraphParse {
  if (!latin || text.length > MAX_TAGGED_PARAGRAPH) {
    const starts = [0];
    const re = /[.!?؟।。]+["”»’)]*\s+/gu;
    for (let m = re.exec(text); m; m = re.exec(text)) starts.push(m.index + m[0].length);
    return { starts, verbs: [], people: [] };
  }
  return paragraphMemo.get(text, parseParagraph);
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
    const text = body.slice(p.start, p.end);
    const { starts, verbs, people } = paragraphParse(text, latin);
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
