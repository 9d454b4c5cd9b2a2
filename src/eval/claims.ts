/** Scores the graph's claims against a truth file's: which claim node stands for each truth claim, whether the graph names the right article first, whether each article's stance is read right, and how many claims are drawn. Pure. */
import { functionWords } from "../core/functionWords.ts";
import { foldTypography, withoutDiacritics } from "../core/text.ts";
import type { ClaimNodeAttrs, SerializedProvenanceGraph, Stance } from "../graph/types.ts";
import { claimArticles, presentedAsTrue, reportedAsFalse, type Truth } from "./truth.ts";

/** A truth claim and the claim node chosen for it (none when no claim node shares an article with it). */
export interface ClaimMatch {
  truth: string;
  claim?: string;
  label?: string;
  /** |shared articles| / |articles of either|: how well the two asserting sets agree. */
  jaccard: number;
  shared: number;
  /** Anchors of the truth claim's text (a name, a figure, a quoted word) the claim node's words repeat. */
  anchors?: number;
}

/** One truth origin: the article the reader found earliest, and the articles the graph names as the matched claim's origins (first = the one it names first). */
export interface OriginCheck {
  claim: string;
  expected: string;
  named: string[];
  right: boolean;
}

/** One article a truth claim gives a stance for: the stances expected and those of the article's asserts edges to the matched claim. */
export interface StanceCheck {
  claim: string;
  article: string;
  expected: Stance[];
  found: Stance[];
  right: boolean;
}

export interface ClaimsScore {
  matches: ClaimMatch[];
  origins: OriginCheck[];
  originRight: number;
  originTotal: number;
  stances: StanceCheck[];
  stanceRight: number;
  stanceTotal: number;
  /** Claim nodes in the graph. */
  claimsDrawn: number;
  /** Claim nodes marked `main: true`; every claim node when the graph marks none. */
  mainClaimsDrawn: number;
}

interface GraphClaim {
  key: string;
  label: string;
  /** The claim's words, label and text, folded for comparison with a truth claim's anchors. */
  words: Set<string>;
  /**
   * The claim denies what it names (ClaimNodeAttrs.denial), or is a debunk node ("Reported false: …",
   * ClaimNodeAttrs.debunks) whose articles assert that another claim is false: its stances are scored reversed against
   * a truth claim, which states the story. An article the graph shows asserting "Reported false: X" is, to any reader
   * of the graph, an article reporting X false.
   */
  denial: boolean;
  /** Where the claim first appears in the case, whatever each article's side (`appearsFirstIn`, else `origins`): what a truth's `earliest_in_case` names. */
  origins: string[];
  /**
   * Asserting article → stances of its asserts edges (an edge without a stance presents the claim as true), as they bear
   * on the story the claim tells: on a `denial` claim ("There never was a girl called …") reversed, since an article
   * that states the denial reports that story false, and one that calls the denial false presents the story as true.
   */
  stances: Map<string, Stance[]>;
}

/** A stance on a denial as the stance it takes on the story the denial denies. */
const ON_DENIED: Readonly<Record<Stance, Stance>> = { true: "false", false: "true", mentions: "mentions" };

function graphClaims(graph: SerializedProvenanceGraph): GraphClaim[] {
  const byKey = new Map<string, GraphClaim>();
  for (const n of graph.nodes) {
    if (n.attributes.kind !== "claim") continue;
    const a = n.attributes as ClaimNodeAttrs;
    byKey.set(n.key, { key: n.key, label: a.label, words: new Set(foldedWords(`${a.label} ${a.text ?? ""}`).map(stem)), denial: a.denial === true || a.debunks !== undefined, origins: a.appearsFirstIn ?? (a.origins.length > 0 ? a.origins : a.articles.slice(0, 1)), stances: new Map() });
  }
  for (const e of graph.edges) {
    // A claim a person rejected for this article (src/review) is not asserted.
    if (e.attributes.kind !== "asserts" || e.attributes.review === "rejected") continue;
    const c = byKey.get(e.target);
    if (!c) continue;
    const list = c.stances.get(e.source) ?? [];
    const stance = e.attributes.stance ?? "true";
    list.push(c.denial ? ON_DENIED[stance] : stance);
    c.stances.set(e.source, list);
  }
  return [...byKey.values()];
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): { jaccard: number; shared: number } {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  const union = a.size + b.size - shared;
  return { jaccard: union === 0 ? 0 : shared / union, shared };
}

/** Words folded for comparison across typography, case and accents. */
function foldedWords(text: string): string[] {
  return withoutDiacritics(foldTypography(text)).toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}

/**
 * A word's first five letters, the one stem every comparison of the scorer uses (claims, names): "Brodnego" is
 * "Brodny" declined, and a capital or an accent is no difference once folded.
 */
export const stem = (w: string): string => w.slice(0, 5);

/** The English function words: a truth's text is written in English, and "The" opening a sentence names nothing. */
const ENGLISH_FUNCTION_WORDS = new Set(functionWords("en"));

/**
 * A truth claim's anchors: what its English text shares with the case's own words whatever the case's language —
 * names (capitalised words), figures of two or more digits, and words it quotes ('…', "…", «…», „…“). Four letters or
 * more, no English function word. Each anchor is a list of stems that count only together: a name of several words is
 * one anchor, named only by a node that repeats every word of it ("Interior Ministry" is not named by a node that says
 * "Prim-ministrul", the prime minister, in the case's language); a quoted word or a figure is one on its own.
 */
export function truthAnchorGroups(text: string): string[][] {
  const keep = (w: string) => w.length >= 4 && !ENGLISH_FUNCTION_WORDS.has(w);
  const quoted = [...text.matchAll(/(?:^|[\s(])['‘"“«„]([^'’"”»“]{2,200})['’"”»“]/gu)].map((m) => m[1]!).join(" ");
  // A run of capitalised words, joined by spaces or hyphens ("Ilie Bolojan", "Kim Jong-un"): one name.
  const names = text.match(/\p{Lu}[\p{L}\p{M}]+(?:[\s-]+\p{Lu}[\p{L}\p{M}]+)*/gu) ?? [];
  const figures = text.match(/\d{2,}/gu) ?? [];
  const groups = [...foldedWords(quoted).filter(keep).map((w) => [w]), ...names.map((n) => foldedWords(n).filter(keep)), ...figures.map((f) => [f])];
  const seen = new Set<string>();
  const out: string[][] = [];
  for (const g of groups) {
    const stems = [...new Set(g.map(stem))];
    const key = [...stems].sort().join(" ");
    if (stems.length === 0 || seen.has(key)) continue;
    seen.add(key);
    out.push(stems);
  }
  return out;
}

/** Every stem of a truth claim's anchors (truthAnchorGroups). */
export function truthAnchors(text: string): Set<string> {
  return new Set(truthAnchorGroups(text).flat());
}

/**
 * How much a shared anchor counts beside the articles' agreement: as much as a third of the articles agreeing. The
 * articles alone tie or nearly tie where two truth claims are carried by the same texts (the story and the debunk of
 * it), and a node that names the truth claim's own names, figures or quoted words is the one the reader meant.
 */
export const ANCHOR_WEIGHT = 0.3;

/**
 * Matches truth claims to claim nodes one to one, best agreement first: the pair whose asserting
 * articles overlap most (Jaccard, plus ANCHOR_WEIGHT where the node repeats an anchor of the truth
 * claim's text) is taken, then the next best among the rest. One to one, so a graph that lumps two
 * claims into one node gets credit for only one of them.
 */
export function matchClaims(graph: SerializedProvenanceGraph, truth: Truth): ClaimMatch[] {
  const claims = graphClaims(graph);
  const pairs: { t: number; c: number; jaccard: number; shared: number; anchors: number; score: number }[] = [];
  truth.claims.forEach((tc, t) => {
    const want = new Set(claimArticles(tc));
    const anchors = truthAnchorGroups(tc.text ?? "");
    claims.forEach((gc, c) => {
      const j = jaccard(want, new Set(gc.stances.keys()));
      if (j.shared === 0) return;
      const shared = anchors.filter((a) => a.every((w) => gc.words.has(w))).length;
      pairs.push({ t, c, ...j, anchors: shared, score: j.jaccard + (shared > 0 ? ANCHOR_WEIGHT : 0) });
    });
  });
  pairs.sort((x, y) => y.score - x.score || y.anchors - x.anchors || x.t - y.t || (claims[x.c]!.key < claims[y.c]!.key ? -1 : 1));
  const byTruth = new Map<number, (typeof pairs)[number]>();
  const taken = new Set<number>();
  for (const p of pairs) {
    if (byTruth.has(p.t) || taken.has(p.c)) continue;
    byTruth.set(p.t, p);
    taken.add(p.c);
  }
  return truth.claims.map((tc, t) => {
    const p = byTruth.get(t);
    if (!p) return { truth: tc.id, jaccard: 0, shared: 0 };
    const gc = claims[p.c]!;
    return { truth: tc.id, claim: gc.key, label: gc.label, jaccard: p.jaccard, shared: p.shared, anchors: p.anchors };
  });
}

/** Scores claims, origins and stances of a graph against a truth file. */
export function scoreClaims(graph: SerializedProvenanceGraph, truth: Truth): ClaimsScore {
  const matches = matchClaims(graph, truth);
  const claims = new Map(graphClaims(graph).map((c) => [c.key, c]));
  const matchedClaim = (truthId: string): GraphClaim | undefined => {
    const key = matches.find((m) => m.truth === truthId)?.claim;
    return key ? claims.get(key) : undefined;
  };

  // Origin: is the reader's earliest article of the case carrying the claim (a debunk that quotes it counts, as the
  // truth files write it) the one the graph names first for the matched claim?
  const origins: OriginCheck[] = [];
  for (const o of truth.origin) {
    if (!o.earliest_in_case) continue;
    const named = matchedClaim(o.claim)?.origins ?? [];
    origins.push({ claim: o.claim, expected: o.earliest_in_case, named, right: named[0] === o.earliest_in_case });
  }

  // Stance: one check per article and claim; an article on both sides is right when either stance is found.
  const stances: StanceCheck[] = [];
  for (const tc of truth.claims) {
    const expected = new Map<string, Stance[]>();
    for (const a of presentedAsTrue(tc)) expected.set(a, [...(expected.get(a) ?? []), "true"]);
    for (const a of reportedAsFalse(tc)) expected.set(a, [...(expected.get(a) ?? []), "false"]);
    const gc = matchedClaim(tc.id);
    for (const [article, want] of expected) {
      const found = gc?.stances.get(article) ?? [];
      stances.push({ claim: tc.id, article, expected: want, found, right: found.some((s) => want.includes(s)) });
    }
  }

  const claimNodes = graph.nodes.filter((n) => n.attributes.kind === "claim");
  const marked = claimNodes.filter((n) => (n.attributes as { main?: unknown }).main === true).length;
  const anyMarked = claimNodes.some((n) => "main" in n.attributes);
  return {
    matches,
    origins,
    originRight: origins.filter((o) => o.right).length,
    originTotal: origins.length,
    stances,
    stanceRight: stances.filter((s) => s.right).length,
    stanceTotal: stances.length,
    claimsDrawn: claimNodes.length,
    mainClaimsDrawn: anyMarked ? marked : claimNodes.length,
  };
}
