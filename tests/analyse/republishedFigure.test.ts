// A republished story ("This article first appeared on X") that
// changes a figure of X's (a translation turning 80 euros into 800) had no number_drift: drift followed citations and copied
// text only, and a translation carries no copied text. The syndication finding still said X's article "carries the same
// text". Drift now follows syndication credits to the credited outlet's articles, and the syndication finding names the
// changed figure instead. Own invented stories.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";

function article(language: string, outlet: string, published: string, body: string): string {
  return `---\noutlet: ${outlet}\npublished: ${published}\nlanguage: ${language}\n---\n${body}\n`;
}

const ORIGINAL = "Le port de Vaubrune va facturer 80 euros chaque amarrage de yacht dès le mois de mai. Les plaisanciers protestent.";

async function findings(republished: string, language: string): Promise<{ drift: string[][]; syndication: string[] }> {
  const { graph } = await analyseCaseFolder(
    await makeCase({
      "original.txt": article("fr", "Le Phare du Soir", "2025-04-02", ORIGINAL),
      "copy.txt": article(language, "Coastline Digest", "2025-04-04", republished),
    }),
  );
  const all = graph.getAttribute("findings");
  return { drift: all.filter((f) => f.type === "number_drift").map((f) => f.articles), syndication: all.filter((f) => f.type === "syndication").map((f) => f.explanation) };
}

describe("a republished story that changes a figure", () => {
  it("fr → en translation: number drift, and no 'same text'", async () => {
    const { drift, syndication } = await findings("The port of Vaubrune will charge 800 euros for every yacht mooring from May. Boat owners are protesting.\n\nThis article first appeared on Le Phare du Soir.", "en");
    expect(drift).toEqual([["original", "copy"]]);
    expect(syndication).toHaveLength(1);
    expect(syndication[0]).not.toContain("same text");
    expect(syndication[0]).toContain("800 euros");
  });
  it("the same figure republished is the same story", async () => {
    const { drift, syndication } = await findings("The port of Vaubrune will charge 80 euros for every yacht mooring from May. Boat owners are protesting.\n\nThis article first appeared on Le Phare du Soir.", "en");
    expect(drift).toEqual([]);
    expect(syndication).toHaveLength(1);
  });
});
