/**
 * A quotation changed only in its earlier printing (a word masked, a link dropped) was not altered by a later article
 * that prints it word for word as a third article does: no `alters_quote` from the later printing to the earlier one.
 * A later printing that holds the only changed wording still alters the quotation (control). Invented texts.
 */
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

const SAID = "Our lighthouse keepers have kept the lamp burning through every storm for a hundred years, and the town owes them a great debt";
const MASKED = SAID.replace("great", "*****");

async function alteredEdges(first: string, second: string, third: string) {
  const { graph } = await analyseCaseFolder(
    await makeCase({
      "a.txt": frontMatterArticle("en", "Harbour Gazette", "2023-03-01", "Lighthouse honoured", `Mayor Anna Berg spoke at the ceremony on Monday. "${first}," Berg said.`),
      "b.txt": frontMatterArticle("en", "Valley Courier", "2023-03-02", "Keepers thanked", `The keepers were thanked on Monday. "${second}," Mayor Anna Berg said.`),
      "c.txt": frontMatterArticle("en", "Coast Weekly", "2023-03-03", "A century of light", `Crowds gathered at the pier. "${third}," said Mayor Anna Berg.`),
    }),
  );
  return graph.filterEdges((_e, a) => a.kind === "alters_quote").map((e) => `${graph.source(e)}->${graph.target(e)}`);
}

describe("a quotation changed only in its earlier printing", () => {
  it("is no altered quotation of the later printings that keep the words others print", async () => {
    expect(await alteredEdges(MASKED, SAID, SAID)).toEqual([]);
  });

  it("still is where the later printing holds the only changed wording (control)", async () => {
    expect(await alteredEdges(SAID, SAID, MASKED)).toEqual(["c->a"]);
  });
});
