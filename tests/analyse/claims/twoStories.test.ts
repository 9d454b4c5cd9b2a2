/**
 * Statements that tell two stories (stars.ts tellsTwoStories) are found once per grouping and handed to both the star
 * clustering and the choice of a claim's representative, which read the same links: the test of a statement with n
 * links compared every pair of them at each step (the cube of n for a statement a wire story's reprints link to).
 * Invented texts; the random links are seeded.
 */
import { describe, expect, it } from "vitest";
import { selectClaims } from "../../../src/analyse/claims/select.ts";
import { groupOf } from "../../../src/analyse/claims/signature.ts";
import { starClusters, tellsTwoStories, twoStoryStatements } from "../../../src/analyse/claims/stars.ts";
import { readStatements } from "../../../src/analyse/claims/statements.ts";
import type { Statement, StatementLinks } from "../../../src/analyse/claims/types.ts";
import { source } from "../statementSources.ts";

/** The test as first written, every neighbour's links read afresh at each step: the definition the fast one must keep. */
function tellsTwoStoriesSlowly(i: number, statements: readonly Statement[], links: StatementLinks): boolean {
  const around = [...(links[i] ?? [])];
  if (around.length < 4 || around.length > 100) return false;
  const linkedWithin = (j: number) => around.filter((k) => k !== j && links[j]?.has(k) === true);
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
  const side = [...near].filter((j) => !both.includes(j));
  const articles = (xs: readonly number[]) => new Set(xs.map((j) => (statements[j] as Statement).article)).size;
  const enough = (xs: readonly number[]) => xs.length >= 2 && articles(xs) >= 2;
  if (far.some((j) => linkedWithin(j).some((k) => side.includes(k)))) return false;
  return enough(side) && enough(far) && both.length < Math.min(side.length, far.length);
}

/** A small seeded generator (mulberry32). */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Seven statements of four articles: a bridge (0) that tells two stories, two of each story beside it, and two more. */
function bridgeCase() {
  const statements = readStatements([
    source("alpha-1", 1, ["Police in Varnholt arrested nine dock workers on Saturday, and two were later questioned at the harbour office."]),
    source("beta-1", 2, ["Police in Varnholt arrested nine dock workers on Saturday.", "Two dock workers were later questioned at the harbour office."]),
    source("gamma-1", 3, ["Nine dock workers were arrested by police in Varnholt on Saturday.", "Two of the workers were questioned at the harbour office, their union said."]),
    source("delta-1", 4, ["The harbour office of Varnholt will reopen on Monday.", "The harbour office reopens on Monday."]),
  ]);
  // 0 links to both stories (1, 3: the arrests; 2, 4: the questioning), which are not linked to each other.
  const links: StatementLinks = [[1, 2, 3, 4], [0, 3], [0, 4], [0, 1], [0, 2], [6], [5]].map((l) => new Set(l));
  return { statements, links };
}

describe("statements telling two stories", () => {
  it("are found once and set aside by the star clustering as by the test itself", () => {
    const { statements, links } = bridgeCase();
    const found = twoStoryStatements(statements, links);
    expect([...found]).toEqual([0]);
    expect(starClusters(statements, links, new Map(), found)).toEqual(starClusters(statements, links));
  });

  it("are passed over as a claim's representative, as the set handed to the selection says", () => {
    const { statements, links } = bridgeCase();
    const members = [0, 1, 3];
    const published = new Map();
    // Told that no statement tells two stories, the best connected one (the bridge) labels the claim.
    const [told] = selectClaims([groupOf(members, statements)], statements, links, published, new Set());
    expect(told?.text).toBe(statements[0]?.span.text);
    // Found from the links (or handed the set found once), the bridge is passed over.
    const [found] = selectClaims([groupOf(members, statements)], statements, links, published);
    const [handed] = selectClaims([groupOf(members, statements)], statements, links, published, twoStoryStatements(statements, links));
    expect(found?.text).not.toBe(statements[0]?.span.text);
    expect(handed?.text).toBe(found?.text);
  });

  it("are the statements the test as first written finds, on random links", () => {
    const random = seeded(47);
    for (let round = 0; round < 60; round++) {
      const n = 6 + Math.floor(random() * 40);
      const texts = Array.from({ length: n }, (_, k) => `Statement ${k} of the invented harbour story.`);
      const statements = readStatements(Array.from({ length: 5 }, (_, a) => source(`site-${a}`, a + 1, texts.filter((_, k) => k % 5 === a))));
      const density = 0.1 + random() * 0.5;
      const links: Set<number>[] = Array.from({ length: statements.length }, () => new Set<number>());
      for (let x = 0; x < statements.length; x++)
        for (let y = x + 1; y < statements.length; y++)
          if (random() < density) (links[x]!.add(y), links[y]!.add(x));
      for (let i = 0; i < statements.length; i++) expect(tellsTwoStories(i, statements, links)).toBe(tellsTwoStoriesSlowly(i, statements, links));
    }
  });
});
