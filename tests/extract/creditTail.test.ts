// A credit in a sentence of its own after the claim ("That is what the paper X reported, citing an official who wished to
// remain anonymous.", "Das berichtete die Zeitung X unter Berufung auf einen Beamten, der anonym bleiben wollte.")
// credited nothing once a clause followed it: the claim rested on the re-reporter's own word, a second origin beside
// the cited article's (probe 23, item 7). A clause saying whom the outlet relied on, or describing it, leaves the
// sentence a credit; one that reports words of its own does not.
import { describe, expect, it } from "vitest";
import { creditsSentenceBefore } from "../../src/extract/names.ts";
import { framesFor } from "../../src/extract/frames/index.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

function pointsBack(text: string, credit: string, language: string): boolean {
  const start = text.indexOf(credit);
  return creditsSentenceBefore(text, { start: 0, end: text.length }, { start, end: start + credit.length }, framesFor(language));
}

describe("a credit sentence with a tail", () => {
  it("points back when the tail says whom the outlet relied on or describes it", () => {
    expect(pointsBack("That is what the Moravian weekly Orlec Times reported, citing an official who wished to remain anonymous.", "Orlec Times reported", "en")).toBe(true);
    expect(pointsBack("Das berichtete die Zeitung Orlec Bote unter Berufung auf einen Beamten, der anonym bleiben wollte.", "berichtete die Zeitung Orlec Bote", "de")).toBe(true);
    expect(pointsBack("Das berichtete die Zeitung Orlec Bote am Montag unter Berufung auf Behördenkreise.", "berichtete die Zeitung Orlec Bote", "de")).toBe(true);
    expect(pointsBack("Das berichtet die Zeitung Orlec Bote, die sich auf Ärzte beruft.", "die Zeitung Orlec Bote", "de")).toBe(true);
  });
  it("not when the tail reports words of its own", () => {
    expect(pointsBack("That is what the weekly Orlec Times reported, citing an official who said that the camp will close in May.", "Orlec Times reported", "en")).toBe(false);
    expect(pointsBack("That is what the weekly Orlec Times reported, adding that the camp will close in May.", "Orlec Times reported", "en")).toBe(false);
    expect(pointsBack("Das berichtete die Zeitung Orlec Bote unter Berufung auf einen Beamten, der sagte, dass das Lager im Mai schließt.", "berichtete die Zeitung Orlec Bote", "de")).toBe(false);
  });
});

describe("the claim a tailed credit sentence stands after", () => {
  async function restsOn(language: string, body: string, other: string): Promise<{ origins: string[]; restsOn: Record<string, string[]> }> {
    const root = await makeCase({
      "paper.txt": frontMatterArticle(language, "Abendpost Lindau", "2025-04-03", "Lager", body),
      "other.txt": frontMatterArticle(language, "Westfield Echo", "2025-04-05", "Camp", other),
    });
    const { graph } = await analyseCaseFolder(root);
    const claim = graph.filterNodes((_k, a) => a.kind === "claim").map((k) => graph.getNodeAttributes(k) as never as { articles: string[]; origins: string[]; restsOn: Record<string, string[]> }).find((c) => c.articles.includes("paper"));
    if (!claim) throw new Error("no claim of the paper");
    return claim;
  }
  it("rests on the credited outlet's source, not the re-reporter's own word (English)", async () => {
    const claim = await restsOn("en", "A new camp for 8,000 refugees is to be built in the lakeside village of Kornwald. That is what the regional newspaper Orlec Times reported, citing an official who wished to remain anonymous.", "A new camp for 8,000 refugees is to be built in the lakeside village of Kornwald. There is no confirmation.");
    expect(claim.restsOn.paper).not.toContain("outlet:abendpost-lindau");
    expect(claim.restsOn.paper?.length).toBe(1);
  });
  it("rests on the credited outlet's source, not the re-reporter's own word (German)", async () => {
    const claim = await restsOn("de", "Im Dorf Kornwald am See soll ein neues Lager für 8.000 Flüchtlinge entstehen. Das berichtete die Regionalzeitung Orlec Bote unter Berufung auf einen Beamten, der anonym bleiben wollte.", "Im Dorf Kornwald am See soll ein neues Lager für 8.000 Flüchtlinge entstehen. Eine Bestätigung gibt es nicht.");
    expect(claim.restsOn.paper).not.toContain("outlet:abendpost-lindau");
    expect(claim.restsOn.paper?.length).toBe(1);
  });
});
