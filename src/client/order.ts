/**
 * Where undated articles go on the timeline: after what they take from. A citation comes after the article it cites,
 * and a copy, a recycled or altered quote after the article it takes from where the texts tell which came first (a
 * citation, a passage doubled in the copy: `reuseOrderKnown`). An undated article is placed just after the latest
 * article it takes from (or, when it takes from none, just before the earliest that takes from it), in a topological
 * order of those relations. The time given is a position, not a date: the explorer marks it "order inferred". An arrow
 * drawn one way only by convention orders nothing: its undated end stays "date unknown", as the report's origins do. Pure.
 */
import { ordersArticles } from "../graph/types.ts";
import type { CaseData } from "./data.ts";
import type { ArticleTime } from "./timeline.ts";

/** How far after (or before) its neighbour an inferred article is put: small enough to stay beside it, and a distinct place on the axis. */
export const INFERRED_STEP = 3_600_000;

/** For each article, the articles it takes from, by relations whose direction is known. */
export function takesFrom(data: CaseData): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const e of data.edges.values()) {
    const a = e.attributes;
    if (!ordersArticles(a) || e.source === e.target) continue;
    if (data.nodes.get(e.source)?.kind !== "article" || data.nodes.get(e.target)?.kind !== "article") continue;
    const set = out.get(e.source);
    if (set) set.add(e.target);
    else out.set(e.source, new Set([e.target]));
  }
  return out;
}

/** Undated articles in an order where each comes after the undated articles it takes from (cycles broken by key). */
function topological(undated: readonly string[], from: Map<string, Set<string>>): string[] {
  const set = new Set(undated);
  const pending = new Map(undated.map((a) => [a, [...(from.get(a) ?? [])].filter((b) => set.has(b) && b !== a).length]));
  const takenBy = new Map<string, string[]>();
  for (const a of undated) for (const b of from.get(a) ?? []) if (set.has(b) && b !== a) takenBy.set(b, [...(takenBy.get(b) ?? []), a]);
  const order: string[] = [];
  const done = new Set<string>();
  while (order.length < undated.length) {
    const ready = [...pending].filter(([a, n]) => n === 0 && !done.has(a)).map(([a]) => a).sort();
    // A cycle: take the one waiting for the fewest.
    const next = ready.length ? ready : [[...pending].filter(([a]) => !done.has(a)).sort((x, y) => x[1] - y[1] || x[0].localeCompare(y[0]))[0]![0]];
    for (const a of next) {
      if (done.has(a)) continue;
      done.add(a);
      order.push(a);
      for (const c of takenBy.get(a) ?? []) pending.set(c, pending.get(c)! - 1);
    }
  }
  return order;
}

/**
 * Where articles with a month- or year-only date are drawn: the middle of their range, unless articles that take from
 * one come earlier inside that range — then just before the first of them, which the range allows and the relation
 * says ("2015" is the paper a 31 March 2015 article copies, so it is drawn before 31 March). Pure.
 */
export function shownTimes(data: CaseData, times: ReadonlyMap<string, ArticleTime>): Map<string, number> {
  const shown = new Map([...times].map(([k, t]) => [k, t.imprecise ? Math.floor((t.start + t.end) / 2) : t.start]));
  const takenBy = new Map<string, string[]>();
  for (const [a, set] of takesFrom(data)) for (const b of set) takenBy.set(b, [...(takenBy.get(b) ?? []), a]);
  for (const [k, t] of times) {
    if (!t.imprecise || t.inferred) continue;
    const takers = (takenBy.get(k) ?? []).map((b) => shown.get(b)).filter((x): x is number => x !== undefined);
    const first = Math.min(...takers);
    if (Number.isFinite(first) && first < (shown.get(k) as number)) shown.set(k, Math.max(t.start, first - INFERRED_STEP));
  }
  return shown;
}

/**
 * Positions in time for the undated articles whose relations place them, given the known times of the others.
 * Articles with no ordering relation to a placed article are left out (the timeline keeps them apart, "date unknown").
 */
export function inferTimes(data: CaseData, known: ReadonlyMap<string, number>): Map<string, number> {
  const from = takesFrom(data);
  const takenBy = new Map<string, string[]>();
  for (const [a, set] of from) for (const b of set) takenBy.set(b, [...(takenBy.get(b) ?? []), a]);
  const undated = [...data.nodes].filter(([k, n]) => n.kind === "article" && !known.has(k)).map(([k]) => k);
  const order = topological(undated, from);
  const time = new Map(known);
  const inferred = new Map<string, number>();
  // Forward (after what it takes from), then backward (before what takes from it), until nothing moves.
  for (let round = 0; round < 3; round++) {
    let placed = 0;
    for (const a of order) {
      if (inferred.has(a)) continue;
      const before = [...(from.get(a) ?? [])].map((b) => time.get(b)).filter((t): t is number => t !== undefined);
      if (!before.length) continue;
      const t = Math.max(...before) + INFERRED_STEP;
      time.set(a, t);
      inferred.set(a, t);
      placed++;
    }
    for (const a of [...order].reverse()) {
      if (inferred.has(a)) continue;
      const after = (takenBy.get(a) ?? []).map((b) => time.get(b)).filter((t): t is number => t !== undefined);
      if (!after.length) continue;
      const t = Math.min(...after) - INFERRED_STEP;
      time.set(a, t);
      inferred.set(a, t);
      placed++;
    }
    if (!placed) break;
  }
  return inferred;
}
