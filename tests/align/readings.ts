/** Hand-made readings for the alignment tests, standing in for the reading stage: quotations found by their marks, sources and citations from a table the test writes. */
import { slugify } from "../../src/core/text.ts";
import { outletKey } from "../../src/core/outlets.ts";
import { textSpan, type TextSpan } from "../../src/core/spans.ts";
import type { CleanArticle } from "../../src/clean/types.ts";
import type { ArticleReading, Attribution, AttributionFrame, Quotation, SourceMention } from "../../src/extract/types.ts";
import type { SourceType } from "../../src/graph/types.ts";

/** What a test says about one article beyond its text. */
export interface HandReading {
  /** Sources: every occurrence of each `names` string in the body is a mention. */
  sources?: { name: string; type: SourceType; names: string[]; role?: string }[];
  /** Citations: the phrase (found in the body) credits this outlet, or this article of the case. */
  cites?: { phrase: string; outlet: string; article?: string; frame?: AttributionFrame; rule?: string }[];
  /** Quoted stretches with these words are quoted headlines (kind "title"), not someone's words. */
  titles?: string[];
  /** Syndication credits: the article is this outlet's story (the credit phrase must be in the body). */
  syndication?: { phrase: string; outlet: string }[];
}

function allIndexes(body: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = body.indexOf(needle); i >= 0; i = body.indexOf(needle, i + 1)) out.push(i);
  return out;
}

function sentences(a: CleanArticle): TextSpan[] {
  const out: TextSpan[] = [];
  for (const p of a.paragraphs) {
    const text = a.body.slice(p.start, p.end);
    // A dot between digits ("1.400", "4.5") ends no sentence.
    const re = /(?:[^.!?]|(?<=\d)\.(?=\d))+(?:[.!?]+["”’]?|$)/g;
    for (const m of text.matchAll(re)) {
      const lead = m[0].length - m[0].trimStart().length;
      const s = p.start + m.index + lead;
      const e = p.start + m.index + m[0].trimEnd().length;
      if (e > s) out.push(textSpan(a.body, s, e));
    }
  }
  return out;
}

/** Double-quoted stretches (curly or straight) of the body; a quotation's speaker is the nearest source named after it in the same paragraph. */
function quotations(a: CleanArticle, sources: SourceMention[], titles: readonly string[] = []): Quotation[] {
  const out: Quotation[] = [];
  const re = /[“"]([^“”"]{12,})[”"]/g;
  for (const m of a.body.matchAll(re)) {
    const span = textSpan(a.body, m.index, m.index + m[0].length);
    const inner = textSpan(a.body, m.index + 1, m.index + m[0].length - 1);
    const para = a.paragraphs.find((p) => p.start <= span.start && span.end <= p.end);
    let speaker: string | undefined;
    for (const s of sources) if (s.mentions.some((mm) => para && mm.start >= span.end && mm.end <= para.end)) speaker ??= s.key;
    if (titles.includes(inner.text)) out.push({ id: `${a.meta.id}#q${out.length}`, kind: "title", span, parts: [inner] });
    else out.push({ id: `${a.meta.id}#q${out.length}`, kind: "quotation", span, parts: [inner], ...(speaker ? { speaker } : {}) });
  }
  return out;
}

/** Builds an ArticleReading from the article and the test's table. */
export function handReading(a: CleanArticle, hand: HandReading = {}): ArticleReading {
  const sources: SourceMention[] = (hand.sources ?? []).map((s) => ({
    key: `source:${slugify(s.name)}`,
    name: s.name,
    type: s.type,
    ...(s.role ? { role: s.role } : {}),
    mentions: s.names.flatMap((n) => allIndexes(a.body, n).map((i) => textSpan(a.body, i, i + n.length))),
  }));
  const sents = sentences(a);
  const attributions: Attribution[] = (hand.cites ?? []).flatMap((c) =>
    allIndexes(a.body, c.phrase).map((i) => {
      const span = textSpan(a.body, i, i + c.phrase.length);
      const sentence = sents.find((s) => s.start <= i && i < s.end) ?? span;
      return { frame: c.frame ?? ("reported" as const), span, sentence, outlet: outletKey(c.outlet), outletName: c.outlet, confidence: 1, rule: c.rule ?? "hand", ...(c.article ? { article: c.article } : {}) };
    }),
  );
  return { article: a.meta.id, language: "en", sentences: sents, quotations: quotations(a, sources, hand.titles), sources, attributions, syndication: (hand.syndication ?? []).flatMap((c) => allIndexes(a.body, c.phrase).map((i) => ({ outlet: outletKey(c.outlet), outletName: c.outlet, evidence: textSpan(a.body, i, i + c.phrase.length) }))) };
}
