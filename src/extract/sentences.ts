/** Sentence spans of a cleaned body: compromise splits English and French paragraphs (it knows abbreviations); other scripts split on their own end marks. */
import nlp from "compromise";
import type { Span, TextSpan } from "../core/spans.ts";
import { textSpan } from "../core/spans.ts";

const OPENERS = "“\"‘'«„‚‹(";

/** What compromise's tagger says about the words of one paragraph, with offsets into the paragraph. */
interface TaggedTerm {
  start: number;
  normal: string;
  text: string;
  tags: string[];
}

/**
 * Longest paragraph given to compromise, in characters. Its parse holds several objects per word: a 200 kB paragraph with
 * no sentence end ran out of memory. Longer paragraphs (never seen in real articles) are split on end punctuation alone.
 */
const MAX_TAGGED_PARAGRAPH = 20_000;

/** Sentence start offsets inside one paragraph, by compromise (Latin scripts) or by end punctuation (others), and the tagged terms when compromise read it. */
function sentenceStarts(text: string, latin: boolean): { starts: number[]; terms: TaggedTerm[] } {
  if (!latin || text.length > MAX_TAGGED_PARAGRAPH) {
    const starts = [0];
    const re = /[.!?؟।。]+["”»’)]*\s+/gu;
    for (let m = re.exec(text); m; m = re.exec(text)) starts.push(m.index + m[0].length);
    return { starts, terms: [] };
  }
  const starts: number[] = [0];
  const terms: TaggedTerm[] = [];
  type Json = { offset?: { start: number }; terms?: { text: string; normal: string; tags: string[]; offset?: { start: number } }[] };
  for (const s of nlp(text).json({ offset: true, terms: { offset: true } }) as Json[]) {
    let start = s.offset?.start ?? 0;
    // compromise starts a sentence after its opening quotation mark; the mark belongs to the sentence.
    while (start > 0 && OPENERS.includes(text[start - 1] ?? "")) start--;
    if (start > (starts[starts.length - 1] ?? 0)) starts.push(start);
    for (const t of s.terms ?? []) terms.push({ start: t.offset?.start ?? 0, normal: t.normal, text: t.text, tags: t.tags });
  }
  return { starts, terms };
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
    const { starts, terms } = sentenceStarts(text, latin);
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
    let person: string[] = [];
    const flush = () => {
      if (person.length > 0) out.people.push(person.join(" ").replace(/[.,;:'’]+$/, ""));
      person = [];
    };
    for (const t of terms) {
      if (t.tags.includes("Person")) person.push(t.text);
      else flush();
      if (!t.tags.includes("Verb") || t.tags.includes("Auxiliary") || t.tags.includes("Copula") || t.tags.includes("Modal")) continue;
      const at = p.start + t.start;
      for (let k = out.sentences.length - 1; k >= first; k--) {
        if ((out.sentences[k] as TextSpan).start <= at) {
          out.verbs[k]?.push(t.normal);
          break;
        }
      }
    }
    flush();
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
