/** A short quotation (a memo's key phrase of four or five words) printed again with a word changed inside it is an altered quotation where both sentences say it of the same thing (invented texts). */
import { describe, expect, it } from "vitest";
import { analyseReuse } from "../../src/align/index.ts";
import { runOnLead } from "../../src/align/speakerQuotes.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";
import { FILLER, article, body } from "./fixtures.ts";
import { handReading } from "./readings.ts";

function quoteRelations(earlier: string, later: string) {
  const articles = [article("early", "Valley Post", "2026-03-01", body(FILLER[0]!, earlier)), article("later", "Quillon Gazette", "2026-03-04", body(FILLER[1]!, later))];
  return analyseReuse(articles, articles.map((a) => handReading(a, undefined)))
    .relations.filter((r) => r.kind !== "copies")
    .map((r) => ({ kind: r.kind, from: r.from, to: r.to }));
}

describe("the words a quotation runs on from", () => {
  it.each([
    ['the review says the pier is "no longer commercially viable".', "pier is"],
    ['Enligt rapporten är piren "inte längre lönsam".', "piren"],
    ['The review concluded: "no longer commercially viable".', undefined],
    ['The pier, the review says, is closing. "No longer commercially viable".', undefined],
  ])("%s → %s", (text, lead) => {
    expect(runOnLead(text, text.indexOf('"') + 1)).toBe(lead);
  });
});

describe("a short quotation changed inside", () => {
  it("reads a word dropped inside a four-word phrase said of the same thing as an altered quotation", () => {
    expect(quoteRelations('A council review says the pier is "no longer commercially viable".', 'A leaked memo reportedly says the pier is "no longer viable at all".')).toEqual([{ kind: "alters_quote", from: "later", to: "early" }]);
  });

  it("reads nothing where the phrase is said of another thing, printed alike, or only longer at its end", () => {
    expect(quoteRelations('A council review says the pier is "no longer commercially viable".', 'A leaked memo reportedly says the ferry is "no longer viable at all".')).toEqual([]);
    expect(quoteRelations('A council review says the pier is "no longer commercially viable".', 'A leaked memo reportedly says the pier is "no longer commercially viable".')).toEqual([]);
    expect(quoteRelations('A council review says the pier is "no longer commercially viable".', 'A leaked memo reportedly says the pier is "no longer commercially viable at all".')).toEqual([]);
  });

  it("finds the changed phrase in a Swedish case and tells it as an altered quotation", async () => {
    const { graph } = await analyseCaseFolder(
      await makeCase({
        "dagblad.txt": frontMatterArticle("sv", "Sundby Dagblad", "2026-03-01", "Piren kan stängas", 'Enligt tidningen, som har läst rapporten, anser kommunen att piren "inte längre är ekonomiskt hållbar".'),
        "kvall.txt": frontMatterArticle("sv", "Kvällsposten Norr", "2026-03-02", "Piren stängs", 'I en intern rapport ska det stå att piren "inte längre är hållbar alls".'),
      }),
    );
    expect(graph.filterEdges((_, a) => a.kind === "alters_quote").map((e) => graph.extremities(e))).toEqual([["kvall", "dagblad"]]);
    expect(graph.getAttribute("findings").filter((f) => f.type === "altered_quote").map((f) => [...f.articles].sort())).toEqual([["dagblad", "kvall"]]);
  });
});
