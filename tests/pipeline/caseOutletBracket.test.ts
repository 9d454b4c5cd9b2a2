/**
 * A case outlet's name may carry a bracket: an alias ("Money Today (머니투데이)"), a region, or the outlet the site belongs
 * to. When both parts name one registry entry, the article is that outlet; when only the bracket names a known outlet,
 * the bracket is not taken as this outlet's alias, or every credit of the known outlet would point to the wrong article
 * (an invented arrow, and a credited copy called uncredited). Invented outlets and text.
 */
import { describe, expect, it } from "vitest";
import type { ArticleNodeAttrs } from "../../src/graph/types.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";

const REPORT =
  "The mayor of Eastbrook secretly sold the harbour pier to a private developer for one euro last winter. " +
  "The sale was never put to a council vote and the developer has already fenced the pier off from the public.";

async function ledgerCase() {
  const article = (id: string, outlet: string, published: string) => ({ file: `articles/${id}.txt`, id, outlet, published, language: "en", title: null, url: null });
  const root = await makeCase({
    "outlets.json": JSON.stringify({ outlets: [{ name: "The Morning Ledger", aliases: ["Morning Ledger"], kind: "newspaper" }] }),
    "case.json": JSON.stringify({
      title: "pier",
      description: "test",
      articles: [article("first", "Morning Ledger (The Morning Ledger)", "2024-03-01"), article("site", "ledger-online (The Morning Ledger)", "2024-04-01"), article("reprint", "Harbour Daily", "2024-03-02")],
    }),
    "articles/first.txt": `${REPORT} Documents seen by this newspaper show it.\n`,
    "articles/site.txt": "The council of Eastbrook said on Monday that the pier still belongs to the town.\n",
    "articles/reprint.txt": `The Morning Ledger reported that the mayor of Eastbrook secretly sold the harbour pier to a private developer for one euro last winter. ${REPORT.split(". ")[1]}\n`,
  });
  return (await analyseCaseFolder(root)).graph;
}

describe("a bracket in a case outlet's name", () => {
  it("a credit of the outlet both parts name points to that outlet's article, and the copy is credited", async () => {
    const graph = await ledgerCase();
    const cites = graph.filterOutEdges("reprint", (_, a) => a.kind === "cites").map((e) => graph.target(e));
    expect(cites).toEqual(["first"]);
    const copy = graph.filterOutEdges("reprint", (_, a) => a.kind === "copies");
    expect(copy.map((e) => [graph.target(e), (graph.getEdgeAttributes(e) as { credited?: boolean }).credited])).toEqual([["first", true]]);
    expect(graph.getAttribute("findings").some((f) => f.type === "uncredited_copy")).toBe(false);
  });

  it("a site whose bracket names a known outlet stays an outlet of its own", async () => {
    const graph = await ledgerCase();
    const outletOf = (id: string) => (graph.getNodeAttributes(id) as ArticleNodeAttrs).outlet;
    expect(outletOf("site")).not.toBe(outletOf("first"));
  });
});
