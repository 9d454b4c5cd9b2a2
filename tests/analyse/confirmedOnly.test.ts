// A later article that writes a circulating claim as "The council has confirmed that …", naming no one, quoting no
// one, is no independent primary source: the claim rests on what it rested on before. A council that confirms it in
// its own quoted words still is. Own invented texts.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";

const article = (id: string, outlet: string, published: string, body: string): string => `---\nid: ${id}\noutlet: ${outlet}\npublished: ${published}\nlanguage: en\n---\n${body}\n`;

async function primary(third: string): Promise<string[]> {
  const root = await makeCase({
    "one.txt": article("one", "Harrowgate Bulletin", "2026-06-01", "The council will ban dogs from every beach in Porthlew from July 1, according to a post shared widely on Facebook."),
    "two.txt": article("two", "Coastline Daily", "2026-06-02", "The council will ban dogs from every beach in Porthlew from July 1, Harrowgate Bulletin reported."),
    "three.txt": article("three", "Porthlew Now", "2026-06-05", third),
  });
  const { graph } = await analyseCaseFolder(root);
  return graph.filterNodes((_, a) => a.kind === "claim" && a.articles.length === 3).flatMap((n) => (graph.getNodeAttributes(n) as { primarySources: string[] }).primarySources);
}

describe("a confirmation no one gave", () => {
  it("the council 'has confirmed that' the claim is no new source", async () => {
    const sources = await primary("The council has confirmed that it will ban dogs from every beach in Porthlew from July 1.");
    expect(sources.length).toBeGreaterThan(0);
    expect(sources.some((s) => s.includes("council"))).toBe(false);
  });

  it("the council saying it on the record, in its own words, is", async () => {
    const sources = await primary('"The council will ban dogs from every beach in Porthlew from July 1," the council confirmed in a statement.');
    expect(sources.some((s) => s.includes("council"))).toBe(true);
  });
});
