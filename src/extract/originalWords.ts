/**
 * A reading made on a folded copy of a body (`LanguageFrames.matchingFold`: Traditional Chinese read as Simplified) given
 * back the words of the body as written. The fold keeps every offset, so each span's text is the original's at the same
 * offsets, and a name read from the folded text is the original's at the place the folded text writes it. Pure.
 */
import type { Span, TextSpan } from "../core/spans.ts";
import type { OutletRegistry } from "../core/outlets.ts";
import type { ArticleReading } from "./types.ts";

/** A text as written and as folded for matching: the body, or a string read beside it (the title, a credit line). */
export interface FoldedText {
  original: string;
  folded: string;
}

/** The words of `outside` as written where the folded text of one of them holds `text` (evidence outside the body, offsets -1). */
function outsideWords(text: string, outside: readonly FoldedText[]): string {
  for (const o of outside) {
    const i = o.folded.indexOf(text);
    if (i >= 0) return o.original.slice(i, i + text.length);
  }
  return text;
}

/**
 * The reading with every span's text, and every name read from the text, in the body's own words. `outside` are the
 * strings read beside the body (title, credit lines), whose evidence has no offsets.
 */
export function withOriginalWords(reading: ArticleReading, body: FoldedText, outside: readonly FoldedText[], registry: OutletRegistry): ArticleReading {
  const { original, folded } = body;
  const span = (s: TextSpan): TextSpan => ({ ...s, text: s.start < 0 ? outsideWords(s.text, outside) : original.slice(s.start, s.end) });
  // A name as the text writes it where it was read: inside one of the spans it was read from, else its first place in the
  // body. A name the folded text never writes (a registry's, or one put together by a rule) stays as it is.
  const words = (name: string, near: readonly Span[]): string => {
    for (const s of near) {
      if (s.start < 0) continue;
      const i = folded.slice(s.start, s.end).indexOf(name);
      if (i >= 0) return original.slice(s.start + i, s.start + i + name.length);
    }
    const i = folded.indexOf(name);
    return i >= 0 ? original.slice(i, i + name.length) : outsideWords(name, outside);
  };
  // A registered outlet keeps the registry's name, whichever script the text cites it in.
  const outletName = (name: string, near: readonly Span[]): string => (registry.byName(name)?.name === name ? name : words(name, near));
  return {
    ...reading,
    sentences: reading.sentences.map(span),
    ...(reading.people ? { people: reading.people.map((p) => words(p, [])) } : {}),
    quotations: reading.quotations.map((q) => ({ ...q, span: span(q.span), parts: q.parts.map(span), ...(q.speakerSpan ? { speakerSpan: span(q.speakerSpan) } : {}) })),
    sources: reading.sources.map((s) => ({ ...s, name: words(s.name, s.mentions), ...(s.role ? { role: words(s.role, s.mentions) } : {}), mentions: s.mentions.map(span) })),
    attributions: reading.attributions.map((a) => ({ ...a, span: span(a.span), sentence: span(a.sentence), outletName: outletName(a.outletName, [a.span]) })),
    syndication: reading.syndication.map((c) => ({ ...c, evidence: span(c.evidence), outletName: outletName(c.outletName, [c.evidence]) })),
  };
}
