/** heldByOthers (core/heldByOthers.ts): each member's view of what the others hold, against the union written out. */
import { describe, expect, it } from "vitest";
import { heldByOthers } from "../../src/core/heldByOthers.ts";
import { rng } from "../../bench/rng.ts";

/** The definition: the union of every other member's items. */
const unionOfOthers = (held: ReadonlyMap<string, ReadonlySet<string>>, member: string) => new Set([...held].flatMap(([other, own]) => (other === member ? [] : [...own])));

describe("heldByOthers", () => {
  it.each([
    ["an item only the member holds is not the others'", { a: ["480", "12"], b: ["12"] }, "a", ["12"]],
    ["an item another member holds too is", { a: ["480"], b: ["480"], c: [] }, "a", ["480"]],
    ["a member with no items sees every item", { a: ["480"], b: ["12"], c: [] }, "c", ["12", "480"]],
    ["a member outside the table sees every item", { a: ["480"] }, "z", ["480"]],
    ["a lone member sees nothing", { a: ["480"] }, "a", []],
  ])("%s", (_, table, member, expected) => {
    const held = new Map(Object.entries(table).map(([k, v]) => [k, new Set(v)]));
    expect([...heldByOthers(held)(member)].sort()).toEqual(expected);
  });

  it("is the union of the others' items for every member of seeded random groups", () => {
    const r = rng(46);
    for (let round = 0; round < 50; round++) {
      const held = new Map(Array.from({ length: 1 + Math.floor(r() * 8) }, (_, m) => [`m${m}`, new Set(Array.from({ length: Math.floor(r() * 4) }, () => `f${Math.floor(r() * 6)}`))]));
      const others = heldByOthers(held);
      for (const member of [...held.keys(), "outside"]) expect(new Set(others(member))).toEqual(unionOfOthers(held, member));
    }
  });

  it("gives members that hold nothing alone one shared set, not a union each", () => {
    const held = new Map([["a", new Set(["480"])], ["b", new Set(["480"])], ["c", new Set<string>()], ["d", new Set(["12"])]]);
    const others = heldByOthers(held);
    expect(others("a")).toBe(others("b"));
    expect(others("a")).toBe(others("c"));
    expect(others("d")).not.toBe(others("a"));
  });
});
