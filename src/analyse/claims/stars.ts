/**
 * Stage 3, grouping: star clustering of the links (Aslam, Pelekhov & Rus 2004). The best-connected statement is a
 * claim's centre and takes every statement linked to it directly; no chains, so "seized or sunk" cannot drag in "its
 * captain was arrested". Two stars densely linked to each other (their centres linked, or as many links across as the
 * smaller star has members) are one claim seen from two sides: they are joined with a union-find; the density condition
 * keeps a single stray link from chaining claims.
 */
import type { Statement, StatementLinks } from "./types.ts";
import { mustStayApart, type ApartStatements } from "./versions.ts";

/** A conditional's first word. Anchored: only the text's start is tried. */
const CONDITIONAL_START = /^(?:if|whether|unless)\b/i;
/** Closing marks a question may end in after its question mark. */
const QUESTION_CLOSERS = new Set(['"', "”", "’"]);
/** Opening marks (and closing ones, as a text may type them) a lead-in may end in after its colon. */
const LEAD_IN_QUOTES = new Set(['"', "“", "”", "«", "„"]);

/**
 * A conditional, a question or a lead-in to a quotation ("X had this to say about the results:") makes a poor centre or
 * label: it does not assert the claim. 1 for an assertion, 0 otherwise. The ends are read by hand: one pattern with
 * end-anchored alternatives was tried at every place of every statement of the case, on each run (a case has tens of
 * thousands); they stand for `\?["”’]?$` and `[:：]\s*["“”«„]?$` on the trimmed text (trimEnd drops what `\s` matches).
 */
export function asserts(s: Statement): number {
  const text = s.span.text.trim();
  if (CONDITIONAL_START.test(text)) return 0;
  const last = text.length - 1;
  const end = text[last] ?? "";
  if (end === "?" || (QUESTION_CLOSERS.has(end) && text[last - 1] === "?")) return 0;
  const beforeQuote = LEAD_IN_QUOTES.has(end) ? text.slice(0, last).trimEnd() : text;
  const colon = beforeQuote[beforeQuote.length - 1];
  return colon === ":" || colon === "：" ? 0 : 1;
}

/**
 * Whether a statement tells two stories that are told apart elsewhere: its links split into two sides, each of two
 * statements of two articles or more, no statement of one side linked to one of the other (but for a few that tell
 * both too, fewer than either side holds). "Police arrested nine protesters on Saturday, and two detained women were
 * later strip-searched at the station" links to every telling of the arrests and every telling of the search, and so
 * was the best-connected statement: as a centre it took both stories into one claim. Such a statement is a centre
 * only after every other, and its links do not count towards joining two stars (select.ts does not choose it to
 * label a claim either). Pure.
 */
export function tellsTwoStories(i: number, statements: readonly Statement[], links: StatementLinks): boolean {
  const around = [...(links[i] ?? [])];
  if (around.length < 2 * BRIDGE_SIDE || around.length > BRIDGE_MAX_LINKS) return false;
  // Each neighbour's links among the others, listed once: every step below reads them, and read afresh at each step
  // they made the test grow with the cube of a statement's links (a wire story's reprints link to one another).
  const within = new Map<number, number[]>();
  const linkedWithin = (j: number): number[] => {
    let found = within.get(j);
    if (!found) within.set(j, (found = around.filter((k) => k !== j && links[j]?.has(k) === true)));
    return found;
  };
  // One side: the neighbour unlinked to most others and the neighbours it links to; the other: the rest.
  let seed = -1;
  let unlinked = 0;
  for (const j of around) {
    const n = around.length - 1 - linkedWithin(j).length;
    if (n > unlinked) (seed = j), (unlinked = n);
  }
  if (seed < 0) return false;
  const near = new Set([seed, ...linkedWithin(seed)]);
  const far = around.filter((j) => !near.has(j));
  const both = [...near].filter((j) => linkedWithin(j).some((k) => !near.has(k)));
  const bothSet = new Set(both);
  const side = [...near].filter((j) => !bothSet.has(j));
  const sideSet = new Set(side);
  const articles = (xs: readonly number[]) => new Set(xs.map((j) => (statements[j] as Statement).article)).size;
  const enough = (xs: readonly number[]) => xs.length >= BRIDGE_SIDE && articles(xs) >= BRIDGE_SIDE;
  // Each side told by its own statements: none of the far side links to one of the near side that tells only that.
  if (far.some((j) => linkedWithin(j).some((k) => sideSet.has(k)))) return false;
  return enough(side) && enough(far) && both.length < Math.min(side.length, far.length);
}

/**
 * The statements that tell two stories (tellsTwoStories), found once per grouping: the star clustering sets them aside
 * and the choice of a claim's representative passes them over (select.ts), both on the same links.
 */
export function twoStoryStatements(statements: readonly Statement[], links: StatementLinks): ReadonlySet<number> {
  const twoStories = new Set<number>();
  links.forEach((_, i) => {
    if (tellsTwoStories(i, statements, links)) twoStories.add(i);
  });
  return twoStories;
}

/** Statements (of two articles) each side of a statement that tells two stories must hold. */
const BRIDGE_SIDE = 2;
/**
 * Most links a statement may have to be read for two stories: the reading compares each pair of its linked statements,
 * and a statement a wire story's reprints all link to (thousands in a large case) is one story's centre anyway.
 */
const BRIDGE_MAX_LINKS = 100;

interface Star {
  centre: number;
  members: number[];
}

/** Stars: assertions first, then the best connected, each takes the linked statements no earlier star took. */
function stars(statements: readonly Statement[], links: StatementLinks, twoStories: ReadonlySet<number>): Star[] {
  const degree = (i: number) => links[i]?.size ?? 0;
  // Tested once per statement, not at every comparison of the sort.
  const asserting = statements.map(asserts);
  const bridging = (i: number) => (twoStories.has(i) ? 1 : 0);
  const order = statements.map((_, i) => i).sort((x, y) => bridging(x) - bridging(y) || (asserting[y] as number) - (asserting[x] as number) || degree(y) - degree(x) || x - y);
  const assigned = new Set<number>();
  const found: Star[] = [];
  for (const centre of order) {
    if (assigned.has(centre) || degree(centre) === 0) continue;
    const members = [centre, ...[...(links[centre] ?? [])].filter((j) => !assigned.has(j))];
    members.forEach((m) => assigned.add(m));
    found.push({ centre, members });
  }
  return found;
}

/** Disjoint sets over 0..n-1 (path compression); `union(x, y)` keeps x's root. */
export class DisjointSets {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, k) => k);
  }
  find(k: number): number {
    const p = this.parent[k] as number;
    if (p === k) return k;
    const root = this.find(p);
    this.parent[k] = root;
    return root;
  }
  union(x: number, y: number): void {
    this.parent[this.find(y)] = this.find(x);
  }
}

/**
 * Groups of statements (indexes), each led by its centre: stars, with densely linked stars joined. `twoStories`, when
 * given, is twoStoryStatements(statements, links), found beforehand.
 */
export function starClusters(statements: readonly Statement[], links: StatementLinks, apart: ApartStatements = new Map(), twoStories: ReadonlySet<number> = twoStoryStatements(statements, links)): number[][] {
  const found = stars(statements, links, twoStories);
  const starOf = new Map<number, number>();
  found.forEach((star, k) => star.members.forEach((m) => starOf.set(m, k)));
  // Links across each pair of stars (keyed x * stars + y, x < y); not those of a statement that tells two stories.
  const cross = new Map<number, number>();
  links.forEach((linked, i) => {
    const si = starOf.get(i);
    if (si === undefined || twoStories.has(i)) return;
    for (const j of linked) {
      if (twoStories.has(j)) continue;
      const sj = starOf.get(j);
      if (sj !== undefined && si < sj) cross.set(si * found.length + sj, (cross.get(si * found.length + sj) ?? 0) + 1);
    }
  });
  const sets = new DisjointSets(found.length);
  // Each joined set's statements, to keep two versions of a quotation out of one claim (versions.ts).
  const joined = apart.size === 0 ? undefined : new Map(found.map((star, k) => [k, star.members]));
  for (const [key, count] of cross) {
    const x = Math.floor(key / found.length);
    const y = key % found.length;
    const a = found[x] as Star;
    const b = found[y] as Star;
    if (!(links[a.centre]?.has(b.centre) || count >= Math.min(a.members.length, b.members.length))) continue;
    if (joined) {
      const rx = sets.find(x);
      const ry = sets.find(y);
      if (rx === ry) continue;
      const mx = joined.get(rx) as number[];
      const my = joined.get(ry) as number[];
      if (mustStayApart(mx, my, apart)) continue;
      sets.union(x, y);
      joined.set(sets.find(x), [...mx, ...my]);
    } else sets.union(x, y);
  }
  const merged = new Map<number, number[]>();
  found.forEach((star, k) => {
    const r = sets.find(k);
    // The root star's centre stays first: it is the group's centre.
    const centre = (found[r] as Star).centre;
    const g = merged.get(r);
    if (g) g.push(...star.members);
    else merged.set(r, [centre, ...star.members.filter((m) => m !== centre)]);
  });
  return [...merged.values()].map((g) => [...new Set(g)]);
}
