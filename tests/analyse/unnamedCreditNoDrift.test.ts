// The same quoted words credited to "an angry neighbour" in one article and to "one resident" or to no one in another
// were stated as attribution drift, though an unnamed source's description names no speaker whose words could have
// moved to another: both may be the same unknown person. A named speaker dropped or replaced still is drift. Own text.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

const WORDS = "We have waited eleven years for a crossing here and the council keeps sending us letters instead of builders";

async function drift(credits: [string, string, string]) {
  const [first, second, third] = credits;
  const { graph } = await analyseCaseFolder(
    await makeCase({
      "a.txt": frontMatterArticle("en", "Orchard Times", "2022-05-02", "Crossing row", `Residents of Pellow Street protested on Sunday. "${WORDS}," ${first}.\n\nThe council will meet again in June.`),
      "b.txt": frontMatterArticle("en", "Brookside Echo", "2022-05-03", "Street protest", `A small crowd gathered outside the town hall on Sunday morning. "${WORDS}," ${second}.\n\nNo decision is expected before summer.`),
      "c.txt": frontMatterArticle("en", "Hillcrest Daily", "2022-05-04", "Anger over crossing", `Tempers rose at the town hall this weekend. ${third}\n\nThe council has not answered.`),
    }),
  );
  return graph.getAttribute("findings").filter((f) => f.type === "attribution_drift");
}

describe("attribution drift of quoted words", () => {
  it("is not stated between unnamed sources described in other words, or dropped", async () => {
    expect(await drift(["said an angry neighbour", "one resident told reporters", `"${WORDS}."`])).toEqual([]);
  });

  it("is still stated where a named speaker is dropped", async () => {
    const found = await drift(["said councillor Mirela Voss", "said councillor Mirela Voss", `"${WORDS}."`]);
    expect(found.map((f) => f.articles.sort())).toEqual([["a", "b", "c"]]);
  });
});
