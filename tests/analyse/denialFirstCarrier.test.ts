// Where a denial claim first appears in a case. A false death report told plainly by one outlet and denied by others
// the same day is grouped into one denial claim ("… has not died, his family says"), presented as true by the denials.
// Where nothing orders the carriers, the one telling the story was named last (its id sorts last), as a debunk of a
// plain claim would be: but the denial answers the story, so the outlet that ran it is where the case first carries it.
import { describe, expect, it } from "vitest";
import type { ClaimNodeAttrs } from "../../src/graph/types.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

describe("a denial claim's first carrier", () => {
  it("is the article that told the story the denial denies, where nothing else orders them", async () => {
    const files = {
      "b.txt": frontMatterArticle("en", "Northfield Gazette", "2024-03-05", "Harald Brennecke has not died, his family denies the report", 'The conductor Harald Brennecke has not died, his family said on Tuesday, denying a report that spread in the morning. "He is at home and well," his son Jonas Brennecke said.'),
      "c.txt": frontMatterArticle("en", "Westbrook Herald", "2024-03-05", "Family denies report: Harald Brennecke has not died", "The family of the conductor Harald Brennecke denied the report of his death. Harald Brennecke has not died and is at home, his son Jonas Brennecke said."),
      "d.txt": frontMatterArticle("en", "Lakeside Times", "2024-03-05", "Harald Brennecke alive: the family denies his death", "Harald Brennecke has not died at 84, his family said, denying the report of the conductor's death. The false report spread on social media on Tuesday morning."),
      "z.txt": frontMatterArticle("en", "Ostwick Evening Post", "2024-03-05", "Conductor Harald Brennecke has died at 84", "The conductor Harald Brennecke has died at 84 in his home in Ostwick. He led the Ostwick Philharmonic for thirty years and recorded all of the symphonies of Sibelius."),
    };
    const { graph } = await analyseCaseFolder(await makeCase(files));
    const key = graph.findNode((_n, a) => a.kind === "claim" && (a as ClaimNodeAttrs).denial === true && (a as ClaimNodeAttrs).text.includes("not died at 84"));
    expect(key).toBeDefined();
    const claim = graph.getNodeAttributes(key!) as ClaimNodeAttrs;
    expect(claim.reportedFalse).toEqual(["z"]);
    expect(claim.appearsFirstIn?.[0]).toBe("z");
  });
});
