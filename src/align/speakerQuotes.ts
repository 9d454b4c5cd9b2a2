/**
 * Short quotations the passage aligner cannot see (a reworded quote shares fewer than eight words in a row): two
 * articles that quote the same named speaker with mostly the same words print one quotation, the same or altered.
 * "This is an association, not proof that coffee protects the liver" → "This is proof that coffee protects the liver".
 */
import type { CleanArticle } from "../clean/types.ts";
import type { Span } from "../core/spans.ts";
import type { ArticleReading, Quotation } from "../extract/types.ts";
import type { PassagePair } from "../graph/types.ts";
import type { reuseContext } from "./classify.ts";
import { coveredSpans, type Covered } from "./coveredSpans.ts";
import { myersScript } from "./diff.ts";
import { pairWithPendingDiff, settleDiff } from "./lazyDiff.ts";
import { introducedByColon } from "../extract/sentences.ts";
import { surfaceDiff } from "./surface.ts";
import { isStopWord, tokenize } from "./tokens.ts";
import type { ReuseRelation } from "./types.ts";

/** Two quotations of one speaker are one statement when their content words overlap this much (Dice coefficient). */
export const SAME_QUOTE_OVERLAP = 0.5;
/** … and share at least this many content words. */
export const MIN_SHARED_WORDS = 4;
/** Where a printing names no speaker: the overlap and shared content words that make two quotations one statement. */
const UNNAMED_OVERLAP = 0.8;
const UNNAMED_SHARED_WORDS = 6;
const SPEAKER_ORDERED_CONFIDENCE = 0.8;
/** "X said that …", "X told reporters that …" (English): the clause after "that" is what X said, in the writer's words. */
const REPORTED_SPEECH = /\b(?:said|says|added|explained|stated|noted|argued|told\s+[^,.;"“”]{1,40}?)\s+that\s+/gu;
/** A reported clause shorter than this says too little to be one statement. */
const MIN_REPORTED_CHARS = 30;
const SPEAKER_UNORDERED_CONFIDENCE = 0.75;

function contentWords(text: string): string[] {
  return tokenize(text)
    .map((t) => t.norm)
    // A lone letter or digit (the pieces of a mistyped address, "wt0e5news") carries no content.
    .filter((w) => !isStopWord(w) && w.length > 1);
}

function quotedText(body: string, q: Quotation): { text: string; start: number; end: number; parts: Span[] } {
  const first = q.parts[0] ?? q.span;
  const last = q.parts[q.parts.length - 1] ?? q.span;
  return { text: q.parts.map((p) => body.slice(p.start, p.end)).join(" "), start: first.start, end: last.end, parts: q.parts.length > 0 ? q.parts : [q.span] };
}

/**
 * The pairs of articles (i < j, in that order) whose quotations share at least `min` content words: only they can
 * print one quotation twice. An index of the words, so a case of thousands is not compared pair by pair. With `open`,
 * only pairs of which at least one article is open are counted and given (the others could match nothing).
 */
export function pairsSharingWords(quoteWords: readonly (readonly ReadonlySet<string>[])[], min: number, open?: readonly boolean[]): [number, number][] {
  const articlesOf = new Map<string, number[]>();
  quoteWords.forEach((quotes, i) => {
    for (const w of new Set(quotes.flatMap((q) => [...q]))) {
      const list = articlesOf.get(w);
      if (list) list.push(i);
      else articlesOf.set(w, [i]);
    }
  });
  const n = quoteWords.length;
  const shared = new Map<number, number>();
  const count = (a: number, b: number) => {
    const key = a * n + b;
    shared.set(key, (shared.get(key) ?? 0) + 1);
  };
  for (const list of articlesOf.values()) {
    if (!open) {
      for (let x = 0; x < list.length; x++) for (let y = x + 1; y < list.length; y++) count(list[x] as number, list[y] as number);
      continue;
    }
    // Each pair with an open article once: from its open member (the smaller one where both are open).
    for (const a of list) {
      if (!open[a]) continue;
      for (const b of list) if (b !== a && !(open[b] && b < a)) count(Math.min(a, b), Math.max(a, b));
    }
  }
  return [...shared].filter(([, count]) => count >= min).map(([key]) => key).sort((a, b) => a - b).map((key) => [Math.floor(key / n), key % n]);
}

/** Fewest and most words of a short quotation (a memo's key phrase, "no longer strategically necessary"). */
const SHORT_QUOTE_MIN_WORDS = 4;
const SHORT_QUOTE_MAX_WORDS = 6;
/** Content words two short quotations share, and words they print alike in order, to be one statement. */
const SHORT_SHARED_CONTENT = 2;
const SHORT_SHARED_WORDS = 3;
const MIN_SHORT_KEPT = 0.6;
/** Words read back from a quotation's opening mark for the content word its sentence says it of. */
const LEAD_WORDS = 3;
/** Characters read back from a quotation's opening mark for its lead. */
const LEAD_REACH = 80;
const OPENING_MARKS = /[\s"“”„«»‹›「」『』'‘’]+$/u;

/**
 * The words a quotation runs on from, up to and with the last content word before its opening mark ("the base is
 * "…"" → "base is"): the subject its sentence says the quoted words of. Undefined where the quotation does not run on
 * from a word of its sentence (after a colon, a comma, a full stop) or no content word stands close before it.
 */
export function runOnLead(body: string, quoteStart: number): string | undefined {
  const head = body.slice(Math.max(0, quoteStart - LEAD_REACH), quoteStart).replace(OPENING_MARKS, "");
  if (!/[\p{L}\p{N}]$/u.test(head)) return undefined;
  const words = tokenize(head).slice(-LEAD_WORDS);
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k]!;
    // A stop between the lead and the mark ends the sentence the words belong to.
    if (/[.!?;:]/u.test(head.slice(w.end))) return undefined;
    if (!isStopWord(w.norm) && w.norm.length > 1) return words.slice(k).map((x) => x.norm).join(" ");
  }
  return undefined;
}

/**
 * Whether two short quotations are one statement with words changed inside it: most of their words printed alike in
 * order (SHORT_SHARED_WORDS at least, and MIN_SHORT_KEPT of the longer), and a word dropped, added or swapped between
 * two of them — not only before the first or after the last, which is a shorter or longer excerpt.
 */
function changedInside(earlier: readonly string[], later: readonly string[]): boolean {
  const script = myersScript(earlier, later);
  const alike = [...script].filter((op) => op === "=").length;
  if (alike < SHORT_SHARED_WORDS || alike < MIN_SHORT_KEPT * Math.max(earlier.length, later.length)) return false;
  return /=[^=]+=/u.test(script);
}

type QuoteUnit = { q: Quotation; text: string; start: number; end: number; parts: Span[]; words: Set<string> };

/**
 * A short quotation has too few content words for the overlap speakerQuoteRelations asks. Two short quotations of a case
 * are one statement, altered, where each runs on from the same words of its sentence ('the base is "…"', runOnLead)
 * and their words read as one statement with a change (compareWording, through the context's memo): the phrase said of the same thing, changed.
 * The same words so printed are a stock phrase, not news, as where no speaker is named above.
 */
function shortQuoteRelations(
  articles: readonly CleanArticle[],
  readings: ReadonlyMap<string, ArticleReading>,
  ctx: ReturnType<typeof reuseContext>,
  covered: Covered,
  found: readonly ReuseRelation[],
): ReuseRelation[] {
  // A short phrase in marks no one is said to speak is read as a scare quote (extract/read.ts); here its sentence says
  // what it is said of, and a memo's or a leak's key phrase is often just that.
  const all = articles.map((article) => ({
    article,
    quotes: (readings.get(article.meta.id)?.quotations ?? []).filter((q) => (q.kind === "quotation" || q.kind === "scare") && q.parts.length <= 1).map((q) => ({ q, ...quotedText(article.body, q), words: new Set<string>() })),
  }));
  for (const x of all) for (const u of x.quotes) u.words = new Set(contentWords(u.text));
  const byLead = new Map<string, { x: number; u: QuoteUnit }[]>();
  all.forEach((x, i) => {
    for (const u of x.quotes) {
      const n = tokenize(u.text).length;
      if (n < SHORT_QUOTE_MIN_WORDS || n > SHORT_QUOTE_MAX_WORDS) continue;
      const lead = runOnLead(x.article.body, u.start);
      if (!lead) continue;
      const list = byLead.get(lead);
      if (list) list.push({ x: i, u });
      else byLead.set(lead, [{ x: i, u }]);
    }
  });
  const taken = new Set(found.flatMap((r) => r.passages.map((p) => `${p.from.article}\u0000${p.from.start}`)));
  const out: ReuseRelation[] = [];
  for (const list of byLead.values()) {
    // The same words under one lead are one wording: compared once, whatever number of articles print them.
    const wordings = new Map<string, { x: number; u: QuoteUnit }[]>();
    for (const item of list) {
      const key = tokenize(item.u.text).map((t) => t.norm).join(" ");
      const w = wordings.get(key);
      if (w) w.push(item);
      else wordings.set(key, [item]);
    }
    const variants = [...wordings.values()];
    for (let a = 0; a < variants.length; a++)
      for (let b = 0; b < variants.length; b++) {
        if (a === b) continue;
        const ea = variants[a]![0]!;
        const lb = variants[b]![0]!;
        let shared = 0;
        for (const w of lb.u.words) if (ea.u.words.has(w)) shared++;
        if (shared < SHORT_SHARED_CONTENT) continue;
        if (!changedInside(tokenize(ea.u.text).map((t) => t.norm), tokenize(lb.u.text).map((t) => t.norm))) continue;
        const earlierArticle = all[ea.x]!.article;
        if (ctx.compareWording(earlierArticle.body, ea.u.parts, all[lb.x]!.article.body, lb.u.parts, earlierArticle.meta.language)?.same) continue;
        // Each article printing wording b, against the earliest article printing wording a before it.
        for (const later of variants[b]!) {
          const lid = all[later.x]!.article.meta.id;
          if (covered(lid, later.u.start, later.u.end) || taken.has(`${lid}\u0000${later.u.start}`)) continue;
          let from: { item: { x: number; u: QuoteUnit }; o: ReturnType<typeof ctx.orient> } | undefined;
          for (const earlier of variants[a]!) {
            const eid = all[earlier.x]!.article.meta.id;
            if (eid === lid) continue;
            // Two named speakers must be one.
            if (earlier.u.q.speaker !== undefined && later.u.q.speaker !== undefined && earlier.u.q.speaker !== later.u.q.speaker) continue;
            const o = ctx.orient(eid, lid);
            if (o.later !== lid) continue;
            if (!from || ctx.orient(all[from.item.x]!.article.meta.id, eid).earlier === eid) from = { item: earlier, o };
          }
          if (!from) continue;
          const e = all[from.item.x]!.article;
          const l = all[later.x]!.article;
          out.push({
            kind: "alters_quote",
            from: lid,
            to: e.meta.id,
            direction: from.o.direction,
            orientedBy: from.o.orientedBy,
            passages: [
              pairWithPendingDiff(
                { article: lid, start: later.u.start, end: later.u.end, text: l.body.slice(later.u.start, later.u.end) },
                { article: e.meta.id, start: from.item.u.start, end: from.item.u.end, text: e.body.slice(from.item.u.start, from.item.u.end) },
                Math.round(((2 * shared) / (lb.u.words.size + ea.u.words.size || 1)) * 1000) / 1000,
                () => surfaceDiff(e.body, from.item.u, l.body, later.u),
              ),
            ],
            credited: ctx.cites(lid, e.meta.id),
            sharedWith: [],
            rule: "quote.same_lead",
            confidence: from.o.orientedBy === "none" ? SPEAKER_UNORDERED_CONFIDENCE : SPEAKER_ORDERED_CONFIDENCE,
          });
        }
      }
  }
  return out;
}

/** Relations for quotations of one named speaker repeated by a later article, where no passage already covers them. */
export function speakerQuoteRelations(
  articles: readonly CleanArticle[],
  readings: ReadonlyMap<string, ArticleReading>,
  ctx: ReturnType<typeof reuseContext>,
  existing: readonly ReuseRelation[],
): ReuseRelation[] {
  // A quotation already matched as a quotation is done; one inside a copied passage is still the same or an altered
  // quotation beside the copy, as the passage matcher reads it.
  const covered = coveredSpans(existing, ["quotes_same", "alters_quote"], ["from", "to"]);
  // A printing a later one took is taken for where the words start, unless dates or a credit put an earlier printing
  // before it: a post whose altered quotation a fact-check repeats still changed the words of the paper it followed.
  const coveredAsLater = coveredSpans(existing, ["quotes_same", "alters_quote"], ["from"]);
  // A quotation broken by its attribution ("…," she said. "…") is compared whole and piece by piece: a later article
  // may repeat one piece.
  const quotesOf = (a: CleanArticle) =>
    (readings.get(a.meta.id)?.quotations ?? [])
      .filter((q) => q.kind === "quotation")
      .flatMap((q) => [quotedText(a.body, q), ...(q.parts.length > 1 ? q.parts.map((p) => ({ text: a.body.slice(p.start, p.end), start: p.start, end: p.end, parts: [p] })) : [])].map((u) => ({ q, ...u, words: new Set(contentWords(u.text)) })));
  // Reported speech ("Anna Berg said that the pier opens on Friday"): what an article says a named source said, which
  // a later article may print as that source's quotation. Only ever the earlier printing, and only matched unchanged.
  const reportedOf = (a: CleanArticle) => {
    const r = readings.get(a.meta.id);
    if (!r) return [];
    const named = r.sources.filter((s) => s.type === "named");
    const out: { q: Quotation; text: string; start: number; end: number; parts: Span[]; words: Set<string>; reported: true }[] = [];
    for (const sentence of r.sentences) {
      for (const m of a.body.slice(sentence.start, sentence.end).matchAll(REPORTED_SPEECH)) {
        const verbAt = sentence.start + m.index;
        // The speaker: the named source this sentence mentions last before the verb (a pronoun resolved to them counts).
        let speaker: string | undefined;
        let at = -1;
        for (const src of named) for (const mm of src.mentions) if (mm.start >= sentence.start && mm.end <= verbAt && mm.start > at) [at, speaker] = [mm.start, src.key];
        const start = verbAt + m[0].length;
        let end = sentence.end;
        while (end > start && /[\s.;!?]/u.test(a.body[end - 1] ?? "")) end--;
        if (!speaker || end - start < MIN_REPORTED_CHARS) continue;
        const span = { start, end, text: a.body.slice(start, end) };
        out.push({ q: { id: `${a.meta.id}#reported${out.length + 1}`, kind: "quotation", span, parts: [span], speaker }, text: span.text, start, end, parts: [{ start, end }], words: new Set(contentWords(span.text)), reported: true });
      }
    }
    return out;
  };
  const all = articles.map((a) => ({ article: a, quotes: [...quotesOf(a), ...reportedOf(a)] }));
  // Only an article with a quotation of its own not yet matched (not reported speech) can be the later printing of a
  // pair: pairs of two articles without one are never oriented or compared (at wire scale, most copies' quotations
  // came with a copy and are matched already).
  const open = all.map((x) => x.quotes.some((lq) => !("reported" in lq) && !coveredAsLater(x.article.meta.id, lq.start, lq.end)));
  const out: ReuseRelation[] = [];
  for (const [i, j] of pairsSharingWords(all.map((a) => a.quotes.map((q) => q.words)), Math.min(MIN_SHARED_WORDS, UNNAMED_SHARED_WORDS), open)) {
    const x = all[i] as (typeof all)[number];
    const y = all[j] as (typeof all)[number];
    const o = ctx.orient(x.article.meta.id, y.article.meta.id);
    const later = o.later === x.article.meta.id ? x : y;
    const earlier = later === x ? y : x;
    for (const lq of later.quotes) {
      const done = o.orientedBy === "none" ? covered : coveredAsLater;
      if ("reported" in lq || done(later.article.meta.id, lq.start, lq.end)) continue;
      let best: { eq: (typeof earlier.quotes)[number]; dice: number; shared: number } | undefined;
      for (const eq of earlier.quotes) {
        // Two named speakers must be one; where either printing names no one, only a near-identical wording is the same statement.
        const named = eq.q.speaker !== undefined && lq.q.speaker !== undefined;
        if ((named && eq.q.speaker !== lq.q.speaker) || ("reported" in eq && !named)) continue;
        let shared = 0;
        for (const w of lq.words) if (eq.words.has(w)) shared++;
        const dice = (2 * shared) / (lq.words.size + eq.words.size || 1);
        const enough = named ? shared >= MIN_SHARED_WORDS && dice >= SAME_QUOTE_OVERLAP : shared >= UNNAMED_SHARED_WORDS && dice >= UNNAMED_OVERLAP;
        // A quotation of the earlier article comes before its reported speech, however close the latter.
        const better = !best || ("reported" in best.eq && !("reported" in eq)) || (("reported" in best.eq) === ("reported" in eq) && dice > best.dice);
        if (enough && better) best = { eq, dice, shared };
      }
      if (!best) continue;
      // Same or changed words, read as a fact-checker compares two printings (a shorter excerpt is no change).
      const earlierReading = readings.get(earlier.article.meta.id);
      const same = ctx.compareWording(earlier.article.body, best.eq.parts, later.article.body, lq.parts, earlier.article.meta.language ?? earlierReading?.detectedLanguage ?? earlierReading?.language)?.same ?? false;
      // A short run of words printed alike with no speaker named is a stock phrase (a headline everyone quotes): only
      // a changed wording of it is news.
      const unnamed = best.eq.q.speaker === undefined || lq.q.speaker === undefined;
      if (unnamed && same) continue;
      // A text no one is credited with that both introduce with a lead-in ending in a colon ("The message reads:"), in
      // different versions, is a text that changes as it is passed on (a chain message): each printed the version it found.
      if (!same && best.eq.q.speaker === undefined && lq.q.speaker === undefined && introducedByColon(earlier.article.body, best.eq.start) && introducedByColon(later.article.body, lq.start)) continue;
      // Reported speech is not a quotation: only the same words, quoted later, tie the two together.
      const reported = "reported" in best.eq;
      if (reported && !same) continue;
      // Its word diff only if the relation is kept (below): a later quotation is matched with every earlier printing
      // of it, and all but one of those are left out.
      const eq = best.eq;
      const pair = pairWithPendingDiff(
        { article: later.article.meta.id, start: lq.start, end: lq.end, text: later.article.body.slice(lq.start, lq.end) },
        { article: earlier.article.meta.id, start: eq.start, end: eq.end, text: earlier.article.body.slice(eq.start, eq.end) },
        Math.round(best.dice * 1000) / 1000,
        () => surfaceDiff(earlier.article.body, eq, later.article.body, lq),
      );
      out.push({
        kind: same ? "quotes_same" : "alters_quote",
        from: later.article.meta.id,
        to: earlier.article.meta.id,
        direction: o.direction,
        orientedBy: o.orientedBy,
        passages: [pair],
        credited: ctx.cites(later.article.meta.id, earlier.article.meta.id),
        sharedWith: [],
        rule: reported ? "quote.reported_speech" : unnamed ? "quote.same_words" : "quote.same_speaker",
        // Fewer words than a passage and matched by their content words: a likelier reading than not, less sure than a passage.
        confidence: o.orientedBy === "none" ? SPEAKER_UNORDERED_CONFIDENCE : SPEAKER_ORDERED_CONFIDENCE,
      });
    }
  }
  out.push(...shortQuoteRelations(articles, readings, ctx, covered, out));
  // One printing each later quotation came from (the contract's nearest source): among the earlier articles it matched,
  // those that print the same words if any (it reproduces their version), and of them the earliest; the others print
  // the same statement, a common source, not where this printing came from.
  const byQuote = new Map<string, ReuseRelation[]>();
  for (const r of out) {
    const p = r.passages[0] as PassagePair;
    const key = `${r.from}\u0000${p.from.start}\u0000${p.from.end}`;
    const list = byQuote.get(key);
    if (list) list.push(r);
    else byQuote.set(key, [r]);
  }
  // Two printings nothing orders keep orient's convention (the earlier midpoint of their dates: a press release stamped
  // 07:00 before a copy dated only that day), not the order of the case's files.
  const earlierFirst = (x: ReuseRelation, y: ReuseRelation) => (x.to === y.to ? 0 : ctx.orient(x.to, y.to).earlier === x.to ? -1 : 1);
  const kept = [...byQuote.values()].map((candidates) => {
    const same = candidates.filter((r) => r.kind === "quotes_same");
    return [...(same.length > 0 ? same : candidates)].sort(earlierFirst)[0] as ReuseRelation;
  });
  // One relation per article pair and kind, with all its passages.
  const merged = new Map<string, ReuseRelation>();
  for (const r of kept) {
    const key = `${r.kind}\u0000${r.from}\u0000${r.to}`;
    const seen = merged.get(key);
    if (seen) seen.passages.push(...r.passages);
    else merged.set(key, r);
  }
  for (const r of merged.values()) for (const p of r.passages) settleDiff(p);
  return [...merged.values()];
}
