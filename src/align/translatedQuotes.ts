/**
 * A quotation printed in another language: the words cannot be compared, but what a translation keeps as written —
 * names, acronyms, numbers — can. Where a long quotation of a later article shares enough of these anchors with a
 * long quotation an earlier article prints in another language, the later one possibly renders that statement. A
 * translation never repeats the words, and whether it keeps their sense is for a reader to check: the relation is an
 * `alters_quote` below CONFIDENT (drawn as possible, used by no finding), pointing to the earliest such printing. Pure.
 */
import type { CleanArticle } from "../clean/types.ts";
import { escapeRegExp } from "../core/text.ts";
import type { ArticleReading } from "../extract/types.ts";
import type { PassagePair } from "../graph/types.ts";
import type { reuseContext } from "./classify.ts";
import { coveredSpans } from "./coveredSpans.ts";
import type { ReuseRelation } from "./types.ts";

/** A quotation must run at least this many words on both sides: a short one shares a name or two with anything. */
const MIN_WORDS = 12;
/** Anchors both quotations hold: at least this many, and this share of the smaller set. */
const MIN_ANCHORS = 2;
const ANCHOR_SHARE = 1 / 3;
/**
 * An anchor every article of the case prints, in a case of at least this many, is the story's own subject ("Velmaria"
 * in a case about a speech on Velmaria): two quotations sharing it are not thereby one statement.
 */
const STORY_ARTICLES = 3;
/** How sure a reading on anchors alone is: below CONFIDENT (0.7), a possible reading. */
export const TRANSLATED_CONFIDENCE = 0.5;
export const TRANSLATED_RULE = "quote.translated";

/** Words a translation keeps as written: a capitalised name inside a sentence, an acronym, a number of two digits or more (folded). */
export function anchorsOf(text: string): Set<string> {
  const out: string[] = [];
  let lastEnd = -1;
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}{2,}|\p{Lu}{2,}|\p{N}{2,})(?![\p{L}\p{N}])/gu)) {
    const word = m[1]!.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase();
    const before = text.slice(Math.max(0, m.index - 3), m.index);
    const joined = lastEnd >= 0 && /^[\s.]+$/u.test(text.slice(lastEnd, m.index));
    lastEnd = m.index + m[0].length;
    // One person is one anchor, known by the last word of the name ("Donald Trump", "Secretary Clinton").
    if (joined && /^\p{Lu}\p{Ll}/u.test(m[1]!)) {
      out[out.length - 1] = word;
      continue;
    }
    // A capital at a sentence's start is grammar, not a name.
    if (/^\p{Lu}\p{Ll}/u.test(m[1]!) && (m.index === 0 || /[.!?:«“"„]\s*$/u.test(before))) {
      lastEnd = -1;
      continue;
    }
    out.push(word);
  }
  return new Set(out);
}

/**
 * Whether an anchor (folded as anchorsOf folds it) stands as a word in every article of the case (STORY_ARTICLES or
 * more). Bodies are folded, and each anchor looked up, only when asked: most cases never share an anchor across languages.
 */
function storyAnchors(articles: readonly CleanArticle[]): (anchor: string) => boolean {
  if (articles.length < STORY_ARTICLES) return () => false;
  let folded: string[] | undefined;
  const known = new Map<string, boolean>();
  return (anchor) => {
    let every = known.get(anchor);
    if (every === undefined) {
      folded ??= articles.map((a) => a.body.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase());
      const word = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(anchor)}(?![\\p{L}\\p{N}])`, "u");
      every = folded.every((b) => word.test(b));
      known.set(anchor, every);
    }
    return every;
  };
}

interface LongQuote {
  article: string;
  start: number;
  end: number;
  anchors: Set<string>;
}

/** Possible translations of a quotation between articles of different languages, where no quotation relation already covers the later printing. */
export function translatedQuoteRelations(
  articles: readonly CleanArticle[],
  readings: ReadonlyMap<string, ArticleReading>,
  ctx: ReturnType<typeof reuseContext>,
  existing: readonly ReuseRelation[],
): ReuseRelation[] {
  // A printing on either side of a quotation relation is matched already.
  const covered = coveredSpans(existing, ["quotes_same", "alters_quote"], ["from", "to"]);
  const quotes = new Map<string, LongQuote[]>();
  for (const a of articles) {
    const list: LongQuote[] = [];
    for (const q of readings.get(a.meta.id)?.quotations ?? []) {
      if (q.kind !== "quotation" || q.parts.length === 0) continue;
      const text = q.parts.map((p) => a.body.slice(p.start, p.end)).join(" ");
      if ((text.match(/\S+/gu)?.length ?? 0) < MIN_WORDS) continue;
      list.push({ article: a.meta.id, start: q.parts[0]!.start, end: q.parts[q.parts.length - 1]!.end, anchors: anchorsOf(text) });
    }
    if (list.length > 0) quotes.set(a.meta.id, list);
  }
  const languageOf = (id: string) => readings.get(id)?.language;
  const bodyOf = new Map(articles.map((a) => [a.meta.id, a.body]));
  // Quotations by anchor, so a quotation is compared only with those sharing one (a corpus holds thousands).
  const byAnchor = new Map<string, LongQuote[]>();
  for (const list of quotes.values())
    for (const q of list)
      for (const w of q.anchors) {
        const holders = byAnchor.get(w);
        if (holders) holders.push(q);
        else byAnchor.set(w, [q]);
      }
  const storyAnchor = storyAnchors(articles);
  const out: ReuseRelation[] = [];
  for (const [later, mine] of quotes) {
    for (const lq of mine) {
      if (covered(later, lq.start, lq.end)) continue;
      // Every earlier printing in another language that shares enough anchors; the edge goes to the earliest.
      const found: { eq: LongQuote; share: number }[] = [];
      const candidates = new Set([...lq.anchors].flatMap((w) => byAnchor.get(w) ?? []));
      for (const eq of candidates) {
        const other = eq.article;
        if (other === later || !languageOf(other) || languageOf(other) === languageOf(later) || ctx.orient(later, other).later !== later) continue;
        const shared = [...lq.anchors].filter((w) => eq.anchors.has(w) && !storyAnchor(w)).length;
        const share = shared / Math.max(1, Math.min(lq.anchors.size, eq.anchors.size));
        if (shared >= MIN_ANCHORS && share >= ANCHOR_SHARE) found.push({ eq, share });
      }
      if (found.length === 0) continue;
      const ids = [...new Set(found.map((f) => f.eq.article))];
      const first = ids.find((c) => !ids.some((d) => d !== c && ctx.orient(c, d).earlier === d)) ?? ids[0]!;
      const best = found.filter((f) => f.eq.article === first).sort((x, y) => y.share - x.share)[0]!;
      const o = ctx.orient(later, first);
      const body = (id: string) => bodyOf.get(id) ?? "";
      const pair: PassagePair = {
        from: { article: later, start: lq.start, end: lq.end, text: body(later).slice(lq.start, lq.end) },
        to: { article: first, start: best.eq.start, end: best.eq.end, text: body(first).slice(best.eq.start, best.eq.end) },
        similarity: Math.round(best.share * 1000) / 1000,
      };
      out.push({ kind: "alters_quote", from: later, to: first, direction: o.direction, orientedBy: o.orientedBy, passages: [pair], credited: ctx.cites(later, first), sharedWith: [], rule: TRANSLATED_RULE, confidence: TRANSLATED_CONFIDENCE });
    }
  }
  // One relation per article pair, with all its passages.
  const merged = new Map<string, ReuseRelation>();
  for (const r of out) {
    const key = `${r.from}\u0000${r.to}`;
    const seen = merged.get(key);
    if (seen) seen.passages.push(...r.passages);
    else merged.set(key, r);
  }
  return [...merged.values()];
}
