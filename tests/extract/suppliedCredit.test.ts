// Syndication credits that were read as claims or not read at all: "This story was translated from X and provided by
// Y" (and "Distributed by Y", "Supplied by Y") was no credit line, and became a statement two pages "asserted"; a
// "© Y" line, a "— Y" line or an all-capitals credit was kept whenever Y had an accented letter (the patterns' letters
// were ASCII).
import { describe, expect, it } from "vitest";
import { cleanArticle } from "../../src/clean/clean.ts";
import type { RawArticle } from "../../src/ingest/types.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";

const raw = (text: string): RawArticle => ({ meta: { id: "t", file: "t.txt", format: "text", language: "en" }, text });

const STORY = "Talks on the Lysander canal toll broke down on Thursday after the two port authorities failed to agree on fees, officials said.";
const STORY_PT = "As negociações sobre a portagem do canal Lysander fracassaram na quinta-feira depois de as duas autoridades portuárias não chegarem a acordo, disseram responsáveis.";

type Graph = Awaited<ReturnType<typeof analyseCaseFolder>>["graph"];
const edgesOf = (graph: Graph, kind: string) => graph.filterEdges((_e, a) => (a as { kind?: string }).kind === kind).map((e) => `${graph.source(e)} -> ${graph.target(e)}`);
const claimTexts = (graph: Graph): string[] => graph.filterNodes((_n, a) => a.kind === "claim").map((c) => String((graph.getNodeAttributes(c) as { text?: string }).text));

describe("credit lines", () => {
  it.each([
    "This story was translated from German and provided by Agência Boreal.",
    "Distributed by Nordlicht Bildung & Presse",
    "© Agência Boreal",
    "— Agência Boreal",
    "AGÊNCIA BOREAL",
  ])("%s is a credit line", (line) => {
    const clean = cleanArticle(raw(`${STORY}\n${line}`));
    expect(clean.creditLines).toEqual([line]);
    expect(clean.body).toBe(STORY);
  });

  it("a sentence that says who supplied a figure stays", () => {
    const sentence = "Supplied by the ministry, the figures show a rise in traffic.";
    expect(cleanArticle(raw(`${STORY}\n${sentence}`)).body).toBe(`${STORY}\n${sentence}`);
  });

  it("a translated and provided story republishes its supplier and states no claim of its credit", async () => {
    const root = await makeCase({
      "boreal.txt": `---\noutlet: Agência Boreal\npublished: 2026-04-02\nlanguage: pt\n---\n${STORY_PT}\n© Agência Boreal\n`,
      "post.txt": `---\noutlet: Harbourside Post\npublished: 2026-04-03\nlanguage: en\n---\n${STORY}\nThis story was translated from Portuguese and provided by Agência Boreal.\n`,
    });
    const { graph } = await analyseCaseFolder(root);
    expect(edgesOf(graph, "republishes")).toEqual(["post -> outlet:agencia-boreal"]);
    for (const text of claimTexts(graph)) expect(text).not.toMatch(/provided by|Boreal$/);
  });
});
