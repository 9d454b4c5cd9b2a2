/**
 * Stage 2, evidence from citations: a statement that credits another article of the case ("…, according to Al-Sahil")
 * and gives a figure or names that article also gives states what it credits, in whatever language each is written.
 * Across scripts a translation keeps little but figures and names, and the anchors rule (linkPairs.ts) wants two of
 * them, so a credited figure alone ("1,200 foreign engineers, according to X" beside X's "١٬٢٠٠ مهندس") stayed
 * unlinked, and the citing article was said to state the claim on its own word. The credit is the second piece of
 * evidence: it names the very article the words come from.
 *
 * Only the cited article's statement that shares the most such anchors is linked, none where two share as many (a
 * mayor's two statements of one figure: the credit tells neither apart), and a statement never links to a cited
 * article through the name of an outlet it credits.
 */
import { overlaps } from "../../core/spans.ts";
import { termsOf } from "../terms.ts";
import { countsMore } from "./otherFigure.ts";
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

/**
 * Each figure an article's statements give, with the statements that give it: the body's (in order) and whether the
 * headline gives it too. The cited outlet's own name gives no figure here ("DiarioLibre24").
 */
function figuresByStatement(members: readonly number[], statements: readonly Statement[], outletWords: ReadonlySet<string>): Map<string, { body: number[]; headline?: number }> {
  const out = new Map<string, { body: number[]; headline?: number }>();
  for (const i of members) {
    const s = statements[i]!;
    for (const a of s.anchors) {
      if (!isFigure(a) || outletWords.has(a)) continue;
      const entry = out.get(a) ?? out.set(a, { body: [] }).get(a)!;
      if (s.span.start < 0) entry.headline = i;
      else entry.body.push(i);
    }
  }
  return out;
}

/**
 * Links across languages between an article and an article it credits anywhere in its text (a citation or a
 * republication credit), through a figure each of them gives in one sentence only: "Podle serveru se bolesti hlavy
 * zbavilo 300 lidí" in a Czech article crediting a Polish one tells that one's "aż 300 osób pozbyło się bólu głowy".
 * A translation keeps a figure and little else, and one figure alone links no two statements (the anchors rule wants two
 * anchors), but the credit says where the words come from and the figure which of its sentences they tell. A figure
 * given by two sentences of either article (a politician's two statements of one figure, a figure repeated in a
 * background line) tells no sentence apart and links nothing; the citing article's headline, which restates its lead,
 * links with the one sentence too. Within one language the words decide (linkPairs.ts), as they can.
 */
function creditedFigureLinks(statements: readonly Statement[], byArticle: ReadonlyMap<string, number[]>, citing: readonly StatementSource[], sourceOf: ReadonlyMap<string, StatementSource>): [number, number][] {
  const added: [number, number][] = [];
  const seen = new Set<string>();
  for (const source of citing) {
    for (const cite of source.cites ?? []) {
      const pair = `${source.article}\u0000${cite.article}`;
      if (cite.article === source.article || seen.has(pair)) continue;
      seen.add(pair);
      const own = byArticle.get(source.article) ?? [];
      const credited = byArticle.get(cite.article) ?? [];
      const language = statements[own[0] ?? -1]?.language;
      if (!language || credited.length === 0 || credited.some((j) => statements[j]!.language === language)) continue;
      const outletWords = outletAnchors(sourceOf.get(cite.article)?.outlet ?? "", language);
      const theirs = figuresByStatement(credited, statements, outletWords);
      for (const [figure, mine] of figuresByStatement(own, statements, outletWords)) {
        const told = theirs.get(figure);
        if (!told || told.body.length !== 1 || mine.body.length > 1) continue;
        const j = told.body[0] as number;
        // A credited sentence that counts more ("Twelve people have died, … adding that more than 300 residents had been
        // evacuated") is told only in part by a sentence giving one of its figures ("ponad 300 mieszkańców ewakuowano"):
        // linked, the citing article would state the whole.
        if (mine.body.some((i) => countsMore(statements[j]!, statements[i]!, Number(figure.slice(1))))) continue;
        for (const i of [...mine.body, ...(mine.headline === undefined ? [] : [mine.headline])]) added.push([i, j]);
      }
    }
  }
  return added;
}

/**
 * The links with, for each statement that credits another article of the case, a link to the statement it credits;
 * and across languages, between the statements of an article and of the one it credits that give the same figure
 * (creditedFigureLinks).
 */
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
      for (const i of own) {
        // Every outlet the statement credits, not the cited one alone: "X and Y wrote about it, and sites including Z
        // followed" shares X's and Y's names with Z's sentence crediting X, and says nothing of what either printed.
        const creditedHere = (source.cites ?? []).filter((c) => overlaps(statements[i]!.span, c.sentence)).map((c) => sourceOf.get(c.article)?.outlet ?? "");
        const outletWords = new Set(creditedHere.flatMap((outlet) => [...outletAnchors(outlet, statements[i]!.language)]));
        const anchors = [...statements[i]!.anchors].filter((a) => !outletWords.has(a));
        let best: { j: number; shared: number; tied: boolean } | undefined;
        for (const j of credited) {
          const other = statements[j]!.anchors;
          const shared = anchors.filter((a) => other.has(a));
          if (!shared.some(isFigure) && shared.length < 2) continue;
          if (!best || shared.length > best.shared) best = { j, shared: shared.length, tied: false };
          else if (shared.length === best.shared) best.tied = true;
        }
        if (best && !best.tied) added.push([i, best.j]);
      }
    }
  }
  // After the citing sentences' own links, so each statement's links keep their order.
  added.push(...creditedFigureLinks(statements, byArticle, citing, sourceOf));
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
