/**
 * Disjoint sets over the indices 0 … n-1 (union-find): the one way the pipeline joins things that belong together
 * (printings of one quotation, relations that change one quotation, pairs that tell one change) and lists the sets.
 * `find` walks iteratively, halving the path as it goes: a set joined one item at a time over a wire story's hundreds of
 * reprints makes a chain no recursive walk should climb.
 */
export interface DisjointSets {
  /** The root of the set holding `i`. */
  find(i: number): number;
  /** Puts the sets of `a` and `b` together. */
  join(a: number, b: number): void;
  /** `items` (one per index) in their sets: sets in the order of their first item, items in index order within each. */
  sets<T>(items: readonly T[]): T[][];
}

export function disjointSets(n: number): DisjointSets {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  return {
    find,
    join(a, b) {
      const ra = find(a);
      const rb = find(b);
      if (ra !== rb) parent[ra] = rb;
    },
    sets<T>(items: readonly T[]): T[][] {
      const byRoot = new Map<number, T[]>();
      items.forEach((item, i) => {
        const root = find(i);
        const set = byRoot.get(root);
        if (set) set.push(item);
        else byRoot.set(root, [item]);
      });
      return [...byRoot.values()];
    },
  };
}
