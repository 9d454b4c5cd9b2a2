/**
 * One sentence that tells two stories ("Police arrested nine protesters …, and two detained women were later
 * strip-searched …") links to every telling of each. As the best-connected statement it was a star's centre and took
 * both stories into one claim, labelled by itself. It is a centre only after every other now, and its links do not
 * join the two stories' stars (claims/stars.ts tellsTwoStories). Invented texts.
 */
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../../helpers.ts";

const arrests = "Police arrested nine protesters outside the Varnholm town hall on Saturday";
const search = "two detained women were strip-searched by male officers at the Varnholm police station";

describe("a sentence that tells two stories", () => {
  it("joins neither story to the other, and labels neither", async () => {
    const files = {
      "a.txt": frontMatterArticle("en", "Varn Daily", "2024-04-01", "Protest in Varnholm", `${arrests}.\n\nThe protest was about the new parking fees.`),
      "b.txt": frontMatterArticle("en", "River Post", "2024-04-01", "Nine held after protest", `${arrests}, officers said.\n\nThe group had blocked the road for two hours.`),
      "c.txt": frontMatterArticle("en", "Weekly Star", "2024-04-02", "Arrests at the town hall", "Nine protesters were arrested by police outside the Varnholm town hall on Saturday.\n\nMost were released in the evening."),
      "d.txt": frontMatterArticle("en", "Lantern", "2024-04-03", "Women strip-searched at station", "Two detained women were strip-searched by male officers at the Varnholm police station, their lawyer said.\n\nThe lawyer, Mara Quist, filed a complaint."),
      "e.txt": frontMatterArticle("en", "Echo News", "2024-04-03", "Lawyer: women strip-searched", "Two detained women were strip-searched by male officers at the Varnholm police station, lawyer Mara Quist said.\n\nThe police declined to comment."),
      "f.txt": frontMatterArticle("en", "Valley Voice", "2024-04-04", "Complaint over strip-search", `Lawyer Mara Quist said ${search}.\n\nShe wants an inquiry.`),
      "g.txt": frontMatterArticle("en", "Metro Brief", "2024-04-04", "Varnholm protest aftermath", `${arrests}, and ${search.replace("were", "were later")}.\n\nAn inquiry was requested.`),
      "h.txt": frontMatterArticle("en", "Daily Round", "2024-04-05", "Questions after Varnholm arrests", `After ${arrests.replace("Police", "police")}, ${search}, a lawyer said.\n\nThe mayor called for calm.`),
    };
    const { graph } = await analyseCaseFolder(await makeCase(files));
    const claims = graph.filterNodes((_, a) => a.kind === "claim").map((c) => graph.getNodeAttributes(c) as { text: string; articles: string[] });
    const arrestClaim = claims.find((c) => c.articles.includes("a"));
    const searchClaim = claims.find((c) => c.articles.includes("d"));
    expect(arrestClaim).toBeDefined();
    expect(searchClaim).toBeDefined();
    expect(arrestClaim).not.toBe(searchClaim);
    expect(arrestClaim?.text).not.toMatch(/strip-searched/);
  });
});
