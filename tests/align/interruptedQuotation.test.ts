/** A quotation broken by its speech tag is compared on the speaker's words: the tag between its parts is no word added inside the marks (invented texts). */
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

describe("a quotation printed whole by one article and broken by its speech tag in another", () => {
  it("names only the words changed inside the marks, never the tag", async () => {
    const { graph } = await analyseCaseFolder(
      await makeCase({
        "harbour.txt": frontMatterArticle("en", "Harbour Ledger", "2026-04-01", "Ferry pier row", 'The ferry pier at Velmouth will stay shut all summer. Responses from residents included: "It looks really dangerous, it should be closed. Nobody knows who is under there. The planks could give way at any moment."\n\nThe council will meet on Friday.'),
        "coast.txt": frontMatterArticle("en", "Coast Courier", "2026-04-03", "Residents fear pier", 'The ferry pier at Velmouth will stay shut all summer. "It looks really dangerous [and] it should be closed," one resident said of the pier. "Nobody knows who is underneath. The planks could give way at any moment."\n\nThe council will meet on Friday.'),
      }),
    );
    const explanations = graph.getAttribute("findings").filter((f) => f.type === "altered_quote").map((f) => f.explanation);
    expect(explanations.length).toBeGreaterThan(0);
    for (const e of explanations) {
      expect(e).not.toContain("one resident said");
      expect(e).toContain("underneath");
    }
  });
});
