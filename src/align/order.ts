/**
 * The order of a case's articles: by their dates where the dates tell, else by what the texts say of each other. A
 * report cannot cite, copy or quote one published after it, so where dates are missing, partial ("2015-05") or equal,
 * an article that names another as its source comes after it — and so after everything that one comes after. Where
 * neither dates nor relations order two articles, the order cannot be told, and nothing here pretends it can.
 */
import { dateInterval, type PublishedDate } from "../core/dates.ts";

/** One article comes after another because the text says so (a citation, or a copy oriented by one). */
export interface OrderConstraint {
  later: string;
  earlier: string;
}

/** How a case's articles are ordered: by dates, by relations, or not at all. */
export interface ArticleOrder {
  /** -1: x is before y; 1: after; 0: cannot be told. */
  compare(x: string, y: string): -1 | 0 | 1;
  /** True when compare(x, y) is not 0 and rests on relations, the dates alone leaving it open. */
  inferred(x: string, y: string): boolean;
  /** Per article, the articles it is known to come after only through relations (empty lists left out). */
  after: ReadonlyMap<string, readonly string[]>;
}

/** Above this many articles only direct constraints are used (the transitive closure is quadratic per article). */
export const MAX_TRANSITIVE = 300;

/**
 * Orders articles by dates and by constraints from relations. A constraint the dates contradict is dropped (the dates
 * win); two constraints that contradict each other (each cites the other) leave the pair unordered.
 */
export function inferOrder(dates: ReadonlyMap<string, PublishedDate | undefined>, constraints: readonly OrderConstraint[]): ArticleOrder {
  const ids = [...dates.keys()];
  const interval = new Map(ids.map((id) => {
    const d = dates.get(id);
    return [id, d ? dateInterval(d) : undefined] as const;
  }));
  // Same answers as compareDates, from intervals computed once.
  const byDate = (x: string, y: string): -1 | 0 | 1 => {
    const a = interval.get(x);
    const b = interval.get(y);
    if (!a || !b) return 0;
    if (a.end <= b.start) return -1;
    if (b.end <= a.start) return 1;
    return 0;
  };
  // Successors: y follows x.
  const next = new Map<string, Set<string>>();
  for (const c of constraints) {
    if (c.later === c.earlier || !dates.has(c.later) || !dates.has(c.earlier)) continue;
    if (byDate(c.later, c.earlier) < 0) continue;
    const set = next.get(c.earlier) ?? new Set<string>();
    set.add(c.later);
    next.set(c.earlier, set);
  }
  const transitive = ids.length <= MAX_TRANSITIVE;
  // reach.get(x) = every article known to follow x: through relations, and through dated steps between them
  // (x is dated before u, u is cited by y: y follows x).
  const reach = new Map<string, Set<string>>();
  if (next.size > 0) {
    for (const x of ids) {
      const seen = new Set<string>();
      const stack = [...(next.get(x) ?? [])];
      if (transitive) for (const v of ids) if (byDate(x, v) < 0) stack.push(v);
      while (stack.length > 0) {
        const u = stack.pop()!;
        if (seen.has(u)) continue;
        seen.add(u);
        if (!transitive) continue;
        for (const v of next.get(u) ?? []) if (!seen.has(v)) stack.push(v);
        if (interval.get(u) === undefined) continue;
        for (const v of ids) if (!seen.has(v) && byDate(u, v) < 0) stack.push(v);
      }
      reach.set(x, seen);
    }
  }
  const follows = (x: string, y: string) => reach.get(y)?.has(x) ?? false;
  const byRelations = (x: string, y: string): -1 | 0 | 1 => {
    const xy = follows(y, x);
    const yx = follows(x, y);
    if (xy && !yx) return -1;
    if (yx && !xy) return 1;
    return 0;
  };
  const after = new Map<string, string[]>();
  for (const [y, followers] of reach) {
    for (const x of followers) {
      if (x === y || byDate(x, y) !== 0 || byRelations(x, y) !== 1) continue;
      after.set(x, [...(after.get(x) ?? []), y]);
    }
  }
  return {
    compare: (x, y) => {
      const d = byDate(x, y);
      return d !== 0 ? d : byRelations(x, y);
    },
    inferred: (x, y) => byDate(x, y) === 0 && byRelations(x, y) !== 0,
    after,
  };
}
