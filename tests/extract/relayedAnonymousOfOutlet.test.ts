// Probe 27b, item 3b: one unnamed official relayed through one outlet read as several independent sources. An unnamed
// source named in the sentence that gives an outlet's report is the outlet's, reached through it; the unnamed sources
// other articles relay through that one outlet are one source; "based on talks with unnamed officials" names one.
// Invented texts and outlets.
import { describe, expect, it } from "vitest";
import type { CleanArticle } from "../../src/clean/types.ts";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readArticle } from "../../src/extract/read.ts";
import { resolveReadings } from "../../src/extract/resolve.ts";
import { paragraphSpans } from "./helpers.ts";

const registry = createOutletRegistry([
  { name: "Quay Radio", aliases: [], descriptors: [], domains: [], kind: "broadcaster" },
  { name: "Delta Sender", aliases: [], descriptors: [], domains: [], kind: "broadcaster" },
]);

function article(body: string, id: string, outlet: string, language = "en"): CleanArticle {
  return { meta: { id, file: `${id}.md`, format: "markdown", outlet, language }, text: body, body, paragraphs: paragraphSpans(body), kept: [], removed: [], creditLines: [] };
}
const anonymous = (body: string, language = "en") =>
  readArticle(article(body, "t", "Test Daily", language), registry).sources.filter((s) => s.type === "anonymous").map((s) => [s.name, s.via]);

describe("an unnamed source in the sentence of an outlet's report is the outlet's", () => {
  it.each([
    ["en", "Quay Radio reported on Monday that the mayor was ill, according to a city official with direct knowledge.", "a city official with direct knowledge"],
    ["en", "The mayor is ill, Quay Radio has reported, based on talks with unnamed city officials.", "unnamed city officials"],
    ["fr", "Le maire est malade, a rapporté Quay Radio lundi, selon un responsable municipal.", "un responsable"],
    ["de", "Der Bürgermeister ist krank, berichtete Delta Sender unter Berufung auf einen ungenannten Beamten.", "einen ungenannten Beamten"],
  ])("%s: %s", (language, body, name) => {
    expect(anonymous(body, language)).toEqual([[name, expect.stringMatching(/^outlet:(quay-radio|delta-sender)$/)]]);
  });

  it("the article's own unnamed source in another sentence stays its own", () => {
    expect(anonymous("Quay Radio reported on Monday that the mayor was ill. According to a city official, he is resting.")).toEqual([["a city official", undefined]]);
  });
});

describe("unnamed sources other articles relay through one outlet are one", () => {
  const texts: [string, string][] = [
    ["a", "The mayor is ill, Quay Radio reported, citing an unnamed city official."],
    ["b", "Quay Radio reported on Monday that the mayor was ill, according to a city official with direct knowledge."],
    ["c", "The mayor is ill, Quay Radio has reported, based on talks with unnamed council officials."],
    ["d", "The mayor is ill, Delta Sender reported, citing a city official."],
  ];
  const cleaned = texts.map(([id, body]) => article(body, id, `Paper ${id.toUpperCase()}`));
  const resolved = resolveReadings(cleaned.map((c) => readArticle(c, registry)), cleaned, registry);
  const keyOf = (i: number) => resolved[i]?.sources.find((s) => s.type === "anonymous")?.key;

  it("through the same outlet: one key", () => {
    expect(new Set([keyOf(0), keyOf(1), keyOf(2)]).size).toBe(1);
  });
  it("through another outlet: its own", () => {
    expect(keyOf(3)).not.toBe(keyOf(0));
  });
});
