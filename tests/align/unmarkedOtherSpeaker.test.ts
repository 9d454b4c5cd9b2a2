/**
 * Words a later article prints without quotation marks are an altered printing of an earlier quotation only where the
 * later article gives them to the quotation's speaker (or to no one): given to another named person, they are that
 * article's own sentence about someone else, not the quotation changed. Invented texts.
 */
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

const SAID = "The new ferry terminal will open in the spring and the old quay will be turned into a public park for the town";

/** Two articles quote Mayor Anna Berg; a third prints her words, one changed, without marks in `sentence`. */
async function quoteEdgesOfThird(sentence: string) {
  const { graph } = await analyseCaseFolder(
    await makeCase({
      "a.txt": frontMatterArticle("en", "Harbour Gazette", "2023-03-01", "Ferry plan", `Mayor Anna Berg presented the plan on Monday. "${SAID}," Berg said at the town hall.`),
      "b.txt": frontMatterArticle("en", "Valley Courier", "2023-03-02", "Terminal plans", `The town hall met on Monday. "${SAID}," Mayor Anna Berg said.`),
      "c.txt": frontMatterArticle("en", "Coast Weekly", "2023-03-06", "Critics of the quay", sentence),
    }),
  );
  return graph
    .filterEdges((e, a) => (a.kind === "quotes_same" || a.kind === "alters_quote") && graph.source(e) === "c")
    .map((e) => graph.getEdgeAttributes(e).kind);
}

describe("unmarked words given to another speaker", () => {
  it("are no altered quotation of the speaker's words", async () => {
    const kinds = await quoteEdgesOfThird(
      "Opposition leader Tomas Lind spoke on Friday. Lind said the new ferry terminal will open in the summer and the old quay will be turned into a public park for the town.",
    );
    expect(kinds).toEqual([]);
  });

  it("given to the quotation's own speaker, still are (control)", async () => {
    const kinds = await quoteEdgesOfThird(
      "Opposition leader Tomas Lind spoke on Friday. Mayor Anna Berg said the new ferry terminal will open in the summer and the old quay will be turned into a public park for the town.",
    );
    expect(kinds).toEqual(["alters_quote"]);
  });
});
