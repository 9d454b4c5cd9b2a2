/** A quotation broken by its speech tag is compared on the speaker's words: the tag between its parts is no word added inside the marks (invented texts). */
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

describe("a quotation printed whole by one article and broken by its speech tag in another", () => {
  it("names only the words changed inside the marks, never the tag", async () => {
    const { graph } = await analyseCaseFolder(
      await makeCase({
        "harbour.txt": frontMatterArticle("en", "Harbour Ledger", "2026-04-01", "Ferry pier row", 'The ferry pier at Velmouth will stay shut all summer. One neighbour wrote: "It looks unsafe, it must be shut. Nobody can say what is below the planks. They could give way any day."\n\nThe council will meet on Friday.'),
        "coast.txt": frontMatterArticle("en", "Coast Courier", "2026-04-03", "Residents fear pier", 'The ferry pier at Velmouth will stay shut all summer. "It looks unsafe [to me] and it must be shut," one resident said of the pier. "Nobody can say what lies below the planks. They could give way any day."\n\nThe council will meet on Friday.'),
      }),
    );
    const explanations = graph.getAttribute("findings").filter((f) => f.type === "altered_quote").map((f) => f.explanation);
    expect(explanations.length).toBeGreaterThan(0);
    for (const e of explanations) {
      expect(e).not.toContain("one resident said");
      expect(e).toContain("lies");
    }
  });
});
