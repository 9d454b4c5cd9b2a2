/**
 * An article that names only an unnamed source rests an unsourced claim on that source only where it names the source
 * in the passage (paragraph) that states the claim: one named paragraphs away was cited for another point, and an
 * amplification finding must not give it as the source the repetitions rest on. Invented texts.
 */
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

const LEAD = "The old Millbrook arena will shut for two years from June while its roof is replaced";

const RETELLINGS: [outlet: string, tail: string][] = [
  ["Valley Lantern", ", the Kestrel Post reported."],
  ["North Beacon", ", according to the Kestrel Post."],
  ["Coast Ledger", ", the Kestrel Post said."],
  ["Evening Quill", ", as the Kestrel Post first reported."],
];

async function amplification(firstBody: string) {
  const files: Record<string, string> = { "a.txt": frontMatterArticle("en", "Kestrel Post", "2024-03-02", "Arena to shut", firstBody) };
  RETELLINGS.forEach(([outlet, tail], i) => {
    files[`r${i}.txt`] = frontMatterArticle("en", outlet, `2024-03-0${3 + (i % 2)}`, "Arena closing", `${LEAD}${tail}`);
  });
  const { graph } = await analyseCaseFolder(await makeCase(files));
  return graph.getAttribute("findings").filter((f) => f.type === "single_source_amplification");
}

describe("the unnamed source an amplified claim rests on", () => {
  it("is not one the first report names in another paragraph, for another point", async () => {
    const [finding] = await amplification(`${LEAD}.\n\nIn other news from the borough, a town hall insider said the new parking fees would be scrapped before summer.`);
    expect(finding?.explanation).toContain("rest on 1 independent source: Kestrel Post's own word.");
    expect(finding?.explanation).not.toContain("insider");
  });

  it("is one the first report names in the paragraph that states the claim", async () => {
    const [finding] = await amplification(`${LEAD}. A town hall insider confirmed the date to this paper.`);
    expect(finding?.explanation).toMatch(/rest on 1 independent source: a town hall insider \(unnamed\)\./i);
  });
});
