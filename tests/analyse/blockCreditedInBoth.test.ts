// Two articles that both print an outside outlet's note as a block set apart after a lead-in naming that outlet ("The
// Velm Gazette just updated its original post with the following note:") each credit the note: sharing it is no uncredited copy, though
// the two also share a short phrase of their own. The finding counted the note among the "words of the same reporting
// text" and said neither named its source. Own invented texts.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

const NOTE =
  "For more pictures of our Seagull of the Year, please visit our friends at the Harbour Herald, a proud subsidiary of " +
  "the Velm Gazette company, whose reporters have worked so very hard on this story. Well done, friends.";

async function uncredited(leadOne: string, leadTwo: string): Promise<string[]> {
  const first =
    "The satire site the Velm Gazette fooled the Harbour Herald into believing that a seagull called Pim had won a civic award for bravery. " +
    "The Herald ran a gallery of twenty photographs of the bird under the headline of the week.\n\n" +
    `${leadOne}\n\n${NOTE}\n\nWe doubt the Herald will print that one.`;
  const second =
    "Readers of the Harbour Herald learned on Monday that a seagull called Pim had won a civic award for bravery, a story the paper took in earnest. " +
    "It was a joke from the Velm Gazette, and the Herald printed it without a word of doubt.\n\n" +
    `${leadTwo}\n\n${NOTE}\n\nThe Herald has not yet answered our questions about the gallery.`;
  const { graph } = await analyseCaseFolder(
    await makeCase({
      "coastline.txt": frontMatterArticle("en", "Coastline Weekly", "2026-05-02", "A gull fools a paper", first),
      "portnews.txt": frontMatterArticle("en", "Port Daily News", "2026-05-03", "The gull that won", second),
    }),
  );
  return graph.getAttribute("findings").filter((f) => f.type === "uncredited_copy").map((f) => f.explanation);
}

describe("a note both articles set apart after a lead-in crediting the same outside outlet", () => {
  it("is not counted as reporting text copied uncredited", async () => {
    expect(await uncredited("Update: The Velm Gazette just updated its original post with the following note:", "Update: the Velm Gazette added this line at the foot of the page:")).toEqual([]);
  });

  it("the same note after lead-ins that name no one is still an uncredited copy (control)", async () => {
    const [text, ...rest] = await uncredited("Update: a note has since been added to the story:", "Update: this line now stands at the foot of the story:");
    expect(rest).toEqual([]);
    expect(text).toContain("without naming it");
  });
});
