// Grammar 21, class 2: a fact check that names the coverage it checks ("Reports in local media say …. There is no such
// plan.") rested the claim, and its own debunk, on that coverage as an unnamed source. Invented texts.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

interface ClaimNode {
  articles: string[];
  restsOn: Record<string, string[]>;
  primarySources: string[];
  reportedFalse: string[];
}

async function claims(files: Record<string, string>): Promise<ClaimNode[]> {
  const { graph } = await analyseCaseFolder(await makeCase(files));
  return graph.filterNodes((_k, a) => a.kind === "claim").map((k) => graph.getNodeAttributes(k) as never as ClaimNode);
}

const REPORT = frontMatterArticle("en", "Valley Herald", "2025-05-02", "Dam planned", "A giant dam for 900 million euros is planned on the river Tessel near Marrow Bridge, an official said.\n\nFarmers are worried.");

describe("the coverage a debunk checks is no source it rests on", () => {
  it.each([
    ["Reports in Dutch, Danish and English media say a giant dam for 900 million euros is planned on the river Tessel near Marrow Bridge. This is false."],
    ["Local media reported that a giant dam for 900 million euros is planned on the river Tessel near Marrow Bridge. This is false."],
  ])("%s", async (checked) => {
    const all = await claims({ "report.txt": REPORT, "check.txt": frontMatterArticle("en", "FactLens", "2025-05-06", "No evidence for a dam on the Tessel", `${checked}\n\nThe regional water board told FactLens that no dam is being planned.`) });
    const claim = all.find((c) => c.articles.includes("report") && c.articles.includes("check"));
    expect(claim?.reportedFalse).toEqual(["check"]);
    expect(claim?.restsOn.check?.some((k) => /media/u.test(k))).toBe(false);
  });
});

describe("control: an article presenting the claim as true still rests it on the coverage it repeats", () => {
  it("Local media reported that …", async () => {
    const all = await claims({ "report.txt": REPORT, "echo.txt": frontMatterArticle("en", "River Post", "2025-05-06", "Dam", "Local media reported that a giant dam for 900 million euros is planned on the river Tessel near Marrow Bridge. Farmers are angry.") });
    const claim = all.find((c) => c.articles.includes("report") && c.articles.includes("echo"));
    expect(claim?.restsOn.echo?.some((k) => /media/u.test(k))).toBe(true);
  });
});

describe("a debunk of quoted words does not rest on the person they are put in the mouth of", () => {
  it("Claim: X said \"…\" / Rating: False", async () => {
    const words = "Cheap ferries for pensioners are a waste of public money and they must end this year";
    const all = await claims({
      "herald.txt": frontMatterArticle("en", "Valley Herald", "2025-02-03", "Row over ferry fares", `Pensioners protested outside the ministry on Monday.\n\n"${words}," Osric Pellham said.`),
      "check.txt": frontMatterArticle("en", "TruthDesk", "2025-02-05", "Did Osric Pellham say this?", `Claim: Osric Pellham said, "${words}."\n\nRating: False. The quote is fabricated; the recording of the speech has no such words.`),
    });
    const claim = all.find((c) => c.reportedFalse.includes("check"));
    expect(claim?.restsOn.check).not.toContain("source:osric-pellham");
    expect(claim?.restsOn.herald).toEqual(["source:osric-pellham"]);
  });
});
