/** Sentence spans of a cleaned body: compromise splits English and French paragraphs (it knows abbreviations); other scripts split on their own end marks. */
import nlp from "compromise";
import type { Span, TextSpan } from "../core/spans.ts";
import { textSpan } from "../core/spans.ts";

const OPENERS = "“\"‘'«„‚‹(";

/** Sentence start offsets inside one paragraph, by compromise (Latin scripts) or by end punctuation (others). */
function sentenceStarts(text: string, latin: boolean): number[] {
  if (!latin) {
    const starts = [0];
    const re = /[.!?؟।。]+["”»’)]*\s+/gu;
    for (let m = re.exec(text); m; m = re.exec(text)) starts.push(m.index + m[0].length);
    return starts;
  }
  const starts: number[] = [0];
  for (const s of nlp(text).json({ offset: true }) as { offset?: { start: number } }[]) {
    let start = s.offset?.start ?? 0;
    // compromise starts a sentence after its opening quotation mark; the mark belongs to the sentence.
    while (start > 0 && OPENERS.includes(text[start - 1] ?? "")) start--;
    if (start > (starts[starts.length - 1] ?? 0)) starts.push(start);
  }
  return starts;
}

/** Splits each paragraph of the body into sentences, returned as trimmed spans of the body. */
export function splitSentences(body: string, paragraphs: readonly Span[], language: string): TextSpan[] {
  const latin = language === "en" || language === "fr";
  const out: TextSpan[] = [];
  for (const p of paragraphs) {
    const text = body.slice(p.start, p.end);
    const starts = sentenceStarts(text, latin);
    for (let i = 0; i < starts.length; i++) {
      let s = p.start + (starts[i] ?? 0);
      let e = i + 1 < starts.length ? p.start + (starts[i + 1] ?? 0) : p.end;
      while (s < e && /\s/.test(body[s] ?? "")) s++;
      while (e > s && /\s/.test(body[e - 1] ?? "")) e--;
      if (e > s) out.push(textSpan(body, s, e));
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
