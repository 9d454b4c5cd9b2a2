/**
 * Stage 2, evidence from citations: a statement that credits another article of the case ("…, according to Al-Sahil")
 * and gives a figure or names that article also gives states what it credits, in whatever language each is written.
 * Across scripts a translation keeps little but figures and names, and the anchors rule (linkPairs.ts) wants two of
 * them, so a credited figure alone ("1,200 foreign engineers, according to X" beside X's "١٬٢٠٠ مهندس") stayed
 * unlinked, and the citing article was said to state the claim on its own word. The credit is the second piece of
 * evidence: it names the very article the words come from.
 *
 * Only the cited article's statement that shares the most such anchors is linked (the earliest, on a tie), and a
 * statement never links to a cited article through the cited outlet's own name.
 */
import { overlaps } from "../../core/spans.ts";
import { termsOf } from "../terms.ts";
import type { Statement, StatementLinks, StatementSource } from "./types.ts";

/** A number anchor (terms.ts writes figures as "#1200"). */
const isFigure = (anchor: string): boolean => anchor.startsWith("#");

/**
 * The anchors the cited outlet's own name gives, read as a statement's are ("DiarioLibre24" is the word "diariolibre"
 * and the figure "#24"), with its words in small letters: the name is the citation, not what the two articles share.
 */
function outletAnchors(outlet: string, language: string): Set<string> {
  return new Set([...termsOf(outlet, language).anchors, ...outlet.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean)]);
}

/** The links with, for each statement that credits another article of the case, a link to the statement it credits. */
export function withCitedLinks(links: StatementLinks, statements: readonly Statement[], sources: readonly StatementSource[]): StatementLinks {
  const citing = sources.filter((s) => (s.cites?.length ?? 0) > 0);
  if (citing.length === 0) return links;
  const byArticle = new Map<string, number[]>();
  statements.forEach((s, i) => {
    const list = byArticle.get(s.article);
    if (list) list.push(i);
    else byArticle.set(s.article, [i]);
  });
  const sourceOf = new Map(sources.map((s) => [s.article, s]));
  const added: [number, number][] = [];
  for (const source of citing) {
    for (const cite of source.cites ?? []) {
      if (cite.article === source.article) continue;
      const own = (byArticle.get(source.article) ?? []).filter((i) => overlaps(statements[i]!.span, cite.sentence));
      const credited = byArticle.get(cite.article) ?? [];
      const outlet = sourceOf.get(cite.article)?.outlet ?? "";
      for (const i of own) {
        const outletWords = outletAnchors(outlet, statements[i]!.language);
        const anchors = [...statements[i]!.anchors].filter((a) => !outletWords.has(a));
        let best: { j: number; shared: number } | undefined;
        for (const j of credited) {
          const other = statements[j]!.anchors;
          const shared = anchors.filter((a) => other.has(a));
          if (!shared.some(isFigure) && shared.length < 2) continue;
          if (!best || shared.length > best.shared) best = { j, shared: shared.length };
        }
        if (best) added.push([i, best.j]);
      }
    }
  }
  if (added.length === 0) return links;
  const out = links.map((set) => set as Set<number>);
  const copied = new Set<number>();
  // A statement's links copied before the first one is added: the sets handed in are never changed.
  const writable = (i: number): Set<number> => {
    if (!copied.has(i)) {
      out[i] = new Set(links[i]);
      copied.add(i);
    }
    return out[i] as Set<number>;
  };
  for (const [i, j] of added) {
    writable(i).add(j);
    writable(j).add(i);
  }
  return out;
}
