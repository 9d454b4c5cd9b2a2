// A copy that changed a figure is still a copy. A probe case's site took a paper's two sentences without credit and
// changed "38" to "83": number drift was found, but the changed figure cut the shared run in two, each side too short,
// and the uncredited copy was no longer stated.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";

const tail = "and ferry traffic has halved since the 2019 storm.";
const lead = "The council will shut the Fenwick ferry terminal late in 2026";

async function findingsFor(laterFigure: string): Promise<string[]> {
  const root = await makeCase({
    "paper.txt": `---\nid: paper\noutlet: Fenwick Courier\npublished: 2025-04-01\n---\nCouncil plans to close Fenwick ferry terminal\n\n${lead}, the Courier has learned. According to our source, ferries lose 41 million crowns a year, ${tail}\n`,
    "site.txt": `---\nid: site\noutlet: Harbourside Daily Notes\npublished: 2025-04-02\n---\nFerry terminal to close\n\n${lead}. Insiders say ferries lose ${laterFigure} million crowns a year, ${tail}\n`,
  });
  const { graph } = await analyseCaseFolder(root);
  return graph.getAttribute("findings").map((f) => f.type).sort();
}

describe("an uncredited copy that changed a figure", () => {
  it("is an uncredited copy and a number drift, both", async () => {
    expect(await findingsFor("14")).toEqual(expect.arrayContaining(["number_drift", "uncredited_copy"]));
  });
  it("is an uncredited copy when the figure is kept", async () => {
    expect(await findingsFor("41")).toContain("uncredited_copy");
  });
});
