import { describe, expect, it } from "vitest";
import { disjointSets } from "../../src/core/disjointSets.ts";

describe("disjointSets", () => {
  it("lists the sets in the order of their first item, items in index order", () => {
    const d = disjointSets(6);
    d.join(4, 1);
    d.join(5, 0);
    d.join(3, 4);
    expect(d.sets(["a", "b", "c", "d", "e", "f"])).toEqual([["a", "f"], ["b", "d", "e"], ["c"]]);
    expect(d.find(1)).toBe(d.find(3));
    expect(d.find(2)).not.toBe(d.find(0));
  });

  it("walks a long chain without recursion", () => {
    const n = 200_000;
    const d = disjointSets(n);
    for (let i = 1; i < n; i++) d.join(i - 1, i);
    expect(d.sets(Array.from({ length: n }, (_, i) => i))).toHaveLength(1);
  });
});
