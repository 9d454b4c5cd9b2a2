/**
 * Versions of one quotation that must stay two claims. Where the alignment stage found a quotation printed with another
 * figure ("by 3 percent" became "by 30 percent"), the two wordings say different things: a fact-check that reports
 * the altered one false says nothing against the original, and an article that prints the original later does not
 * restate what was reported false. Printings of the same wording (quotes_same) are one version; every statement (and
 * article) that holds a printing of one version is kept apart from every one that holds a printing of the other. Pure.
 */
import type { ReuseRelation } from "../../align/types.ts";
import { figuresIn } from "../terms.ts";
import { DisjointSets } from "./stars.ts";
import type { TextSpan } from "../../core/spans.ts";
import type { Statement, StatementLinks } from "./types.ts";

/** Where one printing of a quotation stands: body offsets of its article, and its words. */
export interface QuotePrinting {
  article: string;
  start: number;
  end: number;
  text: string;
}

/** Two printings the alignment stage paired: the same words, or the words changed. */
export interface QuotePair {
  kind: "quotes_same" | "alters_quote";
  from: QuotePrinting;
  to: QuotePrinting;
}

/** The quotation printings of the alignment stage's relations (copies are not quotations). */
export function quotePairs(relations: readonly Pick<ReuseRelation, "kind" | "from" | "to" | "passages">[]): QuotePair[] {
  return relations.flatMap((r) =>
    r.kind === "copies" ? [] : r.passages.map((p) => ({ kind: r.kind as QuotePair["kind"], from: { ...p.from, article: r.from }, to: { ...p.to, article: r.to } })),
  );
}

/** Whether the second wording gives another figure where the first gives one (a figure cut or added is no change of it). */
export function changesFigure(a: string, b: string): boolean {
  const x = figuresIn(a);
  const y = figuresIn(b);
  if (x.size === 0 || y.size === 0) return false;
  return [...x].some((f) => !y.has(f)) && [...y].some((f) => !x.has(f));
}

/** Two versions of one quotation: the printings of each, and the figures each gives that the other does not. */
export interface VersionConflict {
  one: readonly QuotePrinting[];
  other: readonly QuotePrinting[];
  oneFigures: ReadonlySet<string>;
  otherFigures: ReadonlySet<string>;
}

/**
 * The quotations printed in two versions that give different figures. A printing is one node however many passages
 * name it (printings of one article that overlap are one); printings of the same words are one version.
 */
export function figureConflicts(pairs: readonly QuotePair[]): VersionConflict[] {
  const changed = pairs.flatMap((p, k) => (p.kind === "alters_quote" && changesFigure(p.from.text, p.to.text) ? [k] : []));
  if (changed.length === 0) return [];
  const printings = pairs.flatMap((p) => [p.from, p.to]);
  const sets = new DisjointSets(printings.length);
  // Overlapping printings of one article are one printing.
  const byArticle = new Map<string, number[]>();
  printings.forEach((p, i) => {
    const list = byArticle.get(p.article);
    if (list) list.push(i);
    else byArticle.set(p.article, [i]);
  });
  for (const list of byArticle.values()) {
    list.sort((x, y) => (printings[x] as QuotePrinting).start - (printings[y] as QuotePrinting).start);
    let reach = -1;
    let last = -1;
    for (const i of list) {
      const p = printings[i] as QuotePrinting;
      if (last >= 0 && p.start < reach) sets.union(last, i);
      if (p.end > reach) {
        reach = p.end;
        last = i;
      }
    }
  }
  pairs.forEach((p, k) => {
    if (p.kind === "quotes_same") sets.union(2 * k, 2 * k + 1);
  });
  const members = new Map<number, QuotePrinting[]>();
  printings.forEach((p, i) => {
    const r = sets.find(i);
    const list = members.get(r);
    if (list) list.push(p);
    else members.set(r, [p]);
  });
  const conflicts: VersionConflict[] = [];
  const seen = new Set<string>();
  for (const k of changed) {
    const a = sets.find(2 * k);
    const b = sets.find(2 * k + 1);
    const key = a < b ? `${a}:${b}` : `${b}:${a}`;
    if (a === b || seen.has(key)) continue;
    seen.add(key);
    const x = figuresIn((pairs[k] as QuotePair).from.text);
    const y = figuresIn((pairs[k] as QuotePair).to.text);
    conflicts.push({ one: members.get(a) ?? [], other: members.get(b) ?? [], oneFigures: new Set([...x].filter((f) => !y.has(f))), otherFigures: new Set([...y].filter((f) => !x.has(f))) });
  }
  return conflicts;
}

/**
 * The conflicts the case itself tells apart: some article prints one version and, in another of its sentences, gives
 * the other version's figure ("A post quotes her: 'by 30 percent'. What she said was 3 percent."), as a fact-check
 * that sets a misquotation straight does. Two versions nobody weighs against each other (a claim retold "in 48 hours"
 * and later "in 24 hours") are one claim drifting, not two.
 */
export function witnessedConflicts(conflicts: readonly VersionConflict[], sentencesOf: (article: string) => readonly TextSpan[]): { conflict: VersionConflict; witnesses: ReadonlySet<string> }[] {
  return conflicts.flatMap((conflict) => {
    const witnesses = new Set<string>();
    const sides = [
      [conflict.one, conflict.otherFigures],
      [conflict.other, conflict.oneFigures],
    ] as const;
    for (const [printings, figures] of sides) {
      for (const p of printings) {
        const elsewhere = sentencesOf(p.article).filter((s) => s.start >= 0 && (p.start < s.start || p.start >= s.end));
        if (elsewhere.some((s) => [...figuresIn(s.text)].some((f) => figures.has(f)))) witnesses.add(p.article);
      }
    }
    return witnesses.size > 0 ? [{ conflict, witnesses }] : [];
  });
}

/** Statements (by index) that may not stand in one claim with each statement of the set. */
export type ApartStatements = ReadonlyMap<number, ReadonlySet<number>>;

function keepApart<T>(apart: Map<T, Set<T>>, x: T, y: T): void {
  for (const [a, b] of [[x, y], [y, x]] as const) {
    const set = apart.get(a);
    if (set) set.add(b);
    else apart.set(a, new Set([b]));
  }
}

/** The statement whose span holds a printing's start, by binary search over one article's spans sorted by start. */
function statementAt(spans: readonly { start: number; end: number; index: number }[] | undefined, at: number): number | undefined {
  if (!spans) return undefined;
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid] as { start: number; end: number; index: number };
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s.index;
  }
  return undefined;
}

/** The statements each statement must stay apart from: none where no quotation was printed with another figure. */
export function apartStatements(statements: readonly Statement[], conflicts: readonly VersionConflict[]): ApartStatements {
  const apart = new Map<number, Set<number>>();
  if (conflicts.length === 0) return apart;
  const byArticle = new Map<string, { start: number; end: number; index: number }[]>();
  statements.forEach((s, index) => {
    if (s.span.start < 0) return;
    const list = byArticle.get(s.article);
    const entry = { start: s.span.start, end: s.span.end, index };
    if (list) list.push(entry);
    else byArticle.set(s.article, [entry]);
  });
  for (const list of byArticle.values()) list.sort((a, b) => a.start - b.start);
  const statementsOf = (printings: readonly QuotePrinting[]) => printings.flatMap((p) => statementAt(byArticle.get(p.article), p.start) ?? []);
  for (const c of conflicts) for (const x of statementsOf(c.one)) for (const y of statementsOf(c.other)) if (x !== y) keepApart(apart, x, y);
  return apart;
}

/**
 * For each article that prints one version of a quotation, the witnesses (witnessedConflicts) that print the other and
 * give this article's figure as the one said: their debunk is of the other version, not of what this article prints.
 */
export function correctedBy(witnessed: readonly { conflict: VersionConflict; witnesses: ReadonlySet<string> }[]): ReadonlyMap<string, ReadonlySet<string>> {
  const by = new Map<string, Set<string>>();
  const add = (article: string, witness: string) => {
    const set = by.get(article);
    if (set) set.add(witness);
    else by.set(article, new Set([witness]));
  };
  for (const { conflict, witnesses } of witnessed) {
    for (const [mine, theirs] of [
      [conflict.one, conflict.other],
      [conflict.other, conflict.one],
    ] as const) {
      for (const w of theirs) if (witnesses.has(w.article)) for (const p of mine) if (p.article !== w.article) add(p.article, w.article);
    }
  }
  return by;
}

/** The links without those between statements kept apart. */
export function linksKeptApart(links: StatementLinks, apart: ApartStatements): StatementLinks {
  if (apart.size === 0) return links;
  return links.map((linked, i) => {
    const away = apart.get(i);
    if (!away || ![...linked].some((j) => away.has(j))) return linked;
    return new Set([...linked].filter((j) => !away.has(j)));
  });
}

/** Whether any statement of one group must stay apart from any of the other. */
export function mustStayApart(a: readonly number[], b: readonly number[], apart: ApartStatements): boolean {
  if (apart.size === 0) return false;
  const other = new Set(b);
  return a.some((x) => {
    const away = apart.get(x);
    return away !== undefined && [...away].some((y) => other.has(y));
  });
}
