/** Label placement: by priority, never over another label or node, on the left when the right is taken. Positions are screen pixels written for these tests. */
import { describe, expect, it } from "vitest";
import { placeLabels, wrap, type Disc, type LabelCandidate } from "../../src/client/labels.ts";

const cand = (key: string, x: number, y: number, width: number, priority: number, r = 8): LabelCandidate => ({ key, x, y, r, width, priority });
const disc = (c: LabelCandidate): Disc => ({ key: c.key, x: c.x, y: c.y, r: c.r });

describe("placeLabels", () => {
  it.each<[string, LabelCandidate[], Disc[], Record<string, string>]>([
    ["two labels far apart both show, on the right", [cand("a", 100, 100, 80, 1), cand("b", 100, 200, 80, 2)], [], { a: "right", b: "right" }],
    ["of two labels on one line, the more important keeps the right side and the other goes left", [cand("minor", 300, 100, 120, 1), cand("major", 350, 100, 120, 5)], [], { major: "right", minor: "left" }],
    ["a label is never drawn over another node", [cand("a", 100, 100, 150, 1)], [{ key: "n", x: 180, y: 100, r: 8 }, { key: "m", x: 40, y: 100, r: 8 }], {}],
    ["a label that fits nowhere is left for the hover", [cand("a", 100, 100, 300, 1), cand("b", 200, 103, 300, 9), cand("c", 600, 98, 300, 8)], [], { b: "right", c: "right" }],
    ["a lit node's label may cover a dimmed node, never a node that is lit too", [{ ...cand("lit", 100, 100, 150, 1e7), strong: true }], [{ key: "dim", x: 180, y: 100, r: 8, faint: true }, { key: "m", x: 40, y: 100, r: 8 }], { lit: "right" }],
    ["…while a label of a dimmed node keeps clear of it", [cand("other", 100, 100, 150, 1)], [{ key: "dim", x: 180, y: 100, r: 8, faint: true }, { key: "m", x: 40, y: 100, r: 8 }], {}],
    ["a label that would start off the screen on the left stays on the right or goes", [cand("edge", 20, 50, 100, 1), cand("blocker", 60, 50, 100, 2)], [], { blocker: "right" }],
  ])("%s", (_name, candidates, extra, expected) => {
    const placed = placeLabels(candidates, [...candidates.map(disc), ...extra]);
    expect(Object.fromEntries([...placed].map(([k, p]) => [k, p.side]))).toEqual(expected);
  });
});

describe("wrap", () => {
  it("breaks a long claim at spaces into lines no longer than the limit", () => {
    const text = "ISIS leader Abu Bakr al-Baghdadi is currently hiding in the Homs desert";
    const lines = wrap(text, 30);
    expect(lines.join(" ")).toBe(text);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(30);
  });
});
