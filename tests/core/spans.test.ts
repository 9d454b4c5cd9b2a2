// containerOf answers "which of these spans holds this one" by halving where the spans are disjoint, instead of a scan
// per question. Its answers must be the scan's: seeded random sets of spans (disjoint, touching, empty, nested,
// overlapping, out of order) asked about random spans, including empty ones and ones on the edges.
import { describe, expect, it } from "vitest";
import { containerOf, contains, type Span } from "../../src/core/spans.ts";

const seeded = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

describe("containerOf", () => {
  it("gives the index findIndex gives, on disjoint and overlapping spans alike", () => {
    const r = seeded(5);
    const int = (n: number) => Math.floor(r() * n);
    let disjointSets = 0;
    let found = 0;
    for (let round = 0; round < 400; round++) {
      const spans: Span[] = [];
      if (r() < 0.6) {
        // Disjoint: cut a line at sorted points, keep some stretches (some empty, some touching), then shuffle them.
        let at = int(5);
        for (let k = 0, n = 1 + int(12); k < n; k++) {
          const start = at + (r() < 0.3 ? 0 : int(6));
          const end = start + (r() < 0.15 ? 0 : 1 + int(10));
          spans.push({ start, end });
          at = end;
        }
        spans.sort(() => r() - 0.5);
        disjointSets++;
      } else {
        for (let k = 0, n = 1 + int(8); k < n; k++) {
          const start = int(60);
          spans.push({ start, end: start + int(20) });
        }
      }
      const lookup = containerOf(spans);
      for (let q = 0; q < 60; q++) {
        const start = int(80);
        const w = { start, end: start + (r() < 0.1 ? 0 : 1 + int(8)) };
        const expected = spans.findIndex((s) => contains(s, w));
        expect(lookup(w), `round ${round}: ${JSON.stringify(spans)} asked ${JSON.stringify(w)}`).toBe(expected);
        if (expected >= 0) found++;
      }
    }
    expect(disjointSets).toBeGreaterThan(150);
    expect(found).toBeGreaterThan(1000);
  });
});
