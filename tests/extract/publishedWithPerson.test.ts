// "started with X", "appeared with X" is a publication frame ("published in/on/with"): a person named there is whom
// something opened on or appeared beside, not a source the text relies on. Own invented story.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

async function sources(body: string): Promise<string[]> {
  const { graph } = await analyseCaseFolder(await makeCase({ "a.txt": frontMatterArticle("en", "Tunes Blog", "2011-04-02", "Norland Folk Song Best in the world", body) }));
  return graph.filterNodes((_, a) => a.kind === "source").sort();
}

describe("a person after a publication frame", () => {
  it("makes no source of the person a song started with", async () => {
    expect(await sources("The fair was fun. The song started with Vela Mira Tosa at the fair in the town last night.\n")).not.toContain("source:vela-mira-tosa");
  });

  it("still cites the journal a study was published in", async () => {
    const { graph } = await analyseCaseFolder(await makeCase({ "a.txt": frontMatterArticle("en", "Tunes Blog", "2011-04-02", "A study", "A study published in the Annals of Norland Folk Music found the song was old.\n") }));
    expect(graph.filterEdges((_, a) => a.kind === "cites").map((e) => graph.target(e))).toContain("outlet:annals-of-norland-folk-music");
  });
});
