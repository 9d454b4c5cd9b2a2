/**
 * A copy of a wire story another article reprints is credited when the copying article names the wire inside the
 * shared text or in the lead-in that introduces it ("Reuters reported on Saturday:" above the text): no uncredited copy.
 * A credit to the wire elsewhere in the article does not cover the copied passage (control). Invented texts.
 */
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

const STORY =
  "The harbour authority of Kelmouth said on Friday that the old grain quay would be closed for two years while engineers rebuild its sea wall. " +
  "Fishing boats that use the quay will be moved to the eastern basin, and the ferry to the islands will sail from a temporary pier near the lifeboat station. " +
  "The work is expected to cost about 40 million pounds, most of it paid by the regional council.";

async function uncreditedCopies(second: string) {
  const { graph } = await analyseCaseFolder(
    await makeCase({
      "a.txt": frontMatterArticle("en", "Kelmouth Evening Post", "2023-04-01", "Quay to close", `KELMOUTH (Reuters) - ${STORY}`),
      "b.txt": frontMatterArticle("en", "Valley Courier", "2023-04-02", "Grain quay closes", second),
    }),
  );
  return graph.getAttribute("findings").filter((f) => f.type === "uncredited_copy").map((f) => f.articles);
}

describe("a credit to the wire whose story was copied", () => {
  it("covers the copy where it introduces the copied text", async () => {
    expect(await uncreditedCopies(`Our reporter visited the quay on Sunday and found it already fenced off.\n\nReuters reported on Saturday:\n\n${STORY}`)).toEqual([]);
  });

  it("does not cover it from elsewhere in the article (control)", async () => {
    expect(await uncreditedCopies(`${STORY}\n\nOur reporter visited the quay on Sunday and found it already fenced off. The mayor's remarks were first reported by Reuters.`)).toEqual([["b", "a"]]);
  });
});
