// An article dated before a reprint of another outlet's story shares its text: the copy is drawn from the reprint (the
// story can be older than the reprint's page), and the finding said the article "reuses a passage of" the reprint —
// a page published two days after it. The dates say it printed the story first: it took the text from the reprinted
// outlet's story or another copy, uncredited. Where the reprint is dated first, the copy of its page stands.
// (Invented texts.)
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";

const article = (outlet: string, published: string, body: string) => `---\noutlet: ${outlet}\npublished: ${published}\nlanguage: en\n---\n${body}\n`;

const CORE =
  "Fishermen in the bay of Torvik hauled in a sturgeon nearly three metres long on Thursday, the largest caught in the region for half a century. " +
  "The fish was measured on the quay by a biologist from the regional museum and released back into the sea the same afternoon, after a crowd of villagers had gathered to photograph it.";

async function uncredited(reprintDate: string): Promise<string[]> {
  const root = await makeCase({
    "x.txt": article("Shore Times", reprintDate, `${CORE}\n\nThis article first appeared in The Guardian.`),
    "y.txt": article("Harbour Post", "2026-05-03", `A rare sight in the north. ${CORE}\n\nThe museum plans an exhibition on sturgeon next year.`),
  });
  const { graph } = await analyseCaseFolder(root);
  return graph.getAttribute("findings").filter((f) => f.type === "uncredited_copy").map((f) => f.explanation);
}

describe("an article dated before a reprint took the reprinted story, not the reprint's page", () => {
  it("says it printed the outlet's story uncredited, not that it reused the later page", async () => {
    const [explanation, ...rest] = await uncredited("2026-05-05");
    expect(rest).toEqual([]);
    expect(explanation).toContain("of The Guardian's story, which Shore Times (5 May 2026) runs later with credit");
    expect(explanation).not.toContain("reuses");
  });

  it("control: a reprint dated first is the page the later article reuses", async () => {
    const [explanation] = await uncredited("2026-05-01");
    expect(explanation).toContain("Harbour Post (3 May 2026) reuses 1 passage");
  });
});
