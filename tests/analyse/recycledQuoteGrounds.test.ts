// A quotation printed again is recycled only where a later article presents it as new, as part of its own story. Not
// where a fact-check quotes it to answer it, nor where the article gives the day it was said: its reader is told it is
// the earlier statement. The finding names the printing it rests on. (Invented texts.)
import { describe, expect, it } from "vitest";
import { rebuttalCues } from "../../src/analyse/stance.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

const WORDS = "I have decided to sell the old ferry pier at Tolvik to a private company before the summer season begins";

const FIRST = frontMatterArticle(
  "en",
  "Tolvik Courier",
  "2026-03-01",
  "Mayor to sell the ferry pier",
  `Mayor Lena Brask announced on Sunday that the town will sell its old ferry pier. "${WORDS}," Brask said at the council meeting. ` +
    "Councillors asked for a vote before any contract is signed. The pier has been closed to ferries since the bridge opened.",
);

async function recycledOf(later: string) {
  const { graph } = await analyseCaseFolder(await makeCase({ "courier.txt": FIRST, "later.txt": later }));
  return graph.getAttribute("findings").filter((f) => f.type === "recycled_quote");
}

describe("recycled_quote rests on a later printing that presents the words as new", () => {
  it("is not stated where a fact-check quotes the words to answer them", async () => {
    const check = frontMatterArticle(
      "en",
      "Marsh Fact Desk",
      "2026-04-02",
      "No, the mayor of Tolvik is not selling the ferry pier",
      "A story shared widely this week says Mayor Lena Brask is selling the ferry pier. The story is false: the council owns the pier. " +
        `The post even contained a hoax quote from the mayor. "${WORDS}," it has her say. ` +
        "The council's records show no sale and no plan for one, and the mayor's office called the post a fake.",
    );
    expect(await recycledOf(check)).toEqual([]);
  });

  it("is not stated where the later article gives the day the words were said", async () => {
    const dated = frontMatterArticle(
      "en",
      "Fjord Weekly",
      "2026-05-20",
      "Ferry pier sale goes to a vote",
      "The council of Tolvik votes on Thursday on the sale of the old ferry pier. " +
        `"${WORDS}," Mayor Lena Brask said on 1 March 2026. ` +
        "Three bids have been received since then, two of them from local boat clubs.",
    );
    expect(await recycledOf(dated)).toEqual([]);
  });

  it("is stated where a later article gives the words as a fresh statement, and names that printing", async () => {
    const fresh = frontMatterArticle(
      "en",
      "Fjord Weekly",
      "2026-05-20",
      "Mayor defends ferry pier sale after storm",
      "After last week's storm damaged the harbour wall, the mayor of Tolvik defended the sale of the old ferry pier. " +
        `"${WORDS}," Mayor Lena Brask said. ` +
        "Three bids have been received, two of them from local boat clubs.",
    );
    const found = await recycledOf(fresh);
    expect(found.map((f) => [...f.articles].sort())).toEqual([["courier", "later"]]);
    expect(found[0]!.evidence[0]!.article).toBe("later");
    expect(found[0]!.explanation).toContain("Fjord Weekly (20 May 2026) gives it as part of its own story");
  });
});

describe("rebuttalCues", () => {
  it("finds the words that answer a story, not those that pass a joke on", () => {
    expect(rebuttalCues("The post even contained a hoax quote from the mayor.", "en").map((c) => c.text)).toEqual(["hoax"]);
    expect(rebuttalCues("The satirical weekly ran a tongue-in-cheek profile of the mayor.", "en")).toEqual([]);
  });
});
