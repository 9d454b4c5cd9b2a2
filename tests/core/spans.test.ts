// containerOf answers "which of these spans holds this one" by halving where the spans are disjoint, instead of a scan
// per question. Its answers must be the scan's: seeded random sets of spans (disjoint, touching, empty, nested,
// overlapping, out of order) asked about random spans, including empty ones and ones on the edges.
import { describe, expect, it } from "vitest";
import { blankSpans, containerOf, contains, firstEndingAfter, type Span } from "../../src/core/spans.ts";

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

describe("blankSpans", () => {
  it("blanks the spans' characters of a text cut from its body, offsets and line breaks kept", () => {
    const body = 'Ana Vell said: "we go\nnow" and left. "Later," she added.';
    const from = 4;
    const text = body.slice(from, 44);
    const quoted: Span[] = [{ start: 16, end: 25 }, { start: 38, end: 44 }, { start: 50, end: 52 }];
    const out = blankSpans(text, quoted, from);
    expect(out.length).toBe(text.length);
    expect(out).toBe('Vell said: "     \n   " and left. "      ');
    expect(blankSpans("no quotes here", [])).toBe("no quotes here");
  });
});

describe("firstEndingAfter", () => {
  it("finds the first of sorted disjoint spans that ends after an offset, as the scan does", () => {
    const spans: Span[] = [{ start: 0, end: 5 }, { start: 6, end: 10 }, { start: 10, end: 18 }];
    for (let at = -1; at <= 20; at++) {
      const scan = spans.findIndex((s) => s.end > at);
      expect(firstEndingAfter(spans, at), String(at)).toBe(scan < 0 ? spans.length : scan);
    }
  });
});
