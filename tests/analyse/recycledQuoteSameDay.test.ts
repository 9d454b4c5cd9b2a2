// A quotation several outlets print on the day it was said is that day's news, not words printed again: recycled_quote
// was stated over one press conference reported by three outlets on one day. It is still stated where a printing is
// dated after the first day the words appear. (Invented texts.)
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

const WORDS = "We will reopen the northern ferry line to Skarholm before the end of the month if the repairs hold";

const article = (outlet: string, published: string, lead: string, tail: string) =>
  frontMatterArticle("en", outlet, published, "Ferry line to reopen", `${lead} "${WORDS}," harbour director Mirela Ostrov said at a press conference. ${tail}`);

async function recycledOf(secondDate: string) {
  const root = await makeCase({
    "a.txt": article("Skarholm Courier", "2026-03-02", "The harbour authority of Skarholm announced on Monday that the ferry line will reopen.", "The line has been closed since a storm damaged the landing stage in the autumn."),
    "b.txt": article("Fjord Weekly", secondDate, "Ferries to Skarholm may run again within weeks, the harbour authority said.", "Shop owners on the island hope for the return of summer visitors."),
  });
  const { graph } = await analyseCaseFolder(root);
  return graph.getAttribute("findings").filter((f) => f.type === "recycled_quote");
}

describe("recycled_quote and printings of the first day", () => {
  it("is not stated where every outlet printed the words on the day they first appear", async () => {
    expect(await recycledOf("2026-03-02")).toEqual([]);
  });

  it("is stated where an outlet prints them again on a later day", async () => {
    const found = await recycledOf("2026-04-20");
    expect(found.map((f) => [...f.articles].sort())).toEqual([["a", "b"]]);
  });
});
