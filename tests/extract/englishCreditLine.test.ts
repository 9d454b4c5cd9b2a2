// An English credit line on a page in another language ("This article first appeared in X." closing a Portuguese
// reprint) was removed by the cleaner, which reads credit lines whatever the language, but never read: the syndication
// reader tried only the page's own language's credit lines, so a credited reprint became an uncredited copy.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";

const STORY_PT = "As negociações sobre a portagem do canal Lysander fracassaram na quinta-feira depois de as duas autoridades portuárias não chegarem a acordo, disseram responsáveis.";

type Graph = Awaited<ReturnType<typeof analyseCaseFolder>>["graph"];
const edgesOf = (graph: Graph, kind: string) => graph.filterEdges((_e, a) => (a as { kind?: string }).kind === kind).map((e) => `${graph.source(e)} -> ${graph.target(e)}`);

describe("an English credit line on a page in another language", () => {
  const files = (language: string) => ({
    "aurora.txt": `---\noutlet: Jornal Aurora\npublished: 2026-04-02T09:00:00Z\nlanguage: pt\n---\n${STORY_PT}\n`,
    "giro.txt": `---\noutlet: Portal Vento\npublished: 2026-04-02T15:00:00Z\nlanguage: ${language}\n---\n${STORY_PT}\nThis article first appeared in Jornal Aurora.\n`,
  });

  it("is read as the page's credit: a republication, no uncredited copy", async () => {
    const { graph } = await analyseCaseFolder(await makeCase(files("pt")));
    expect(edgesOf(graph, "republishes")).toEqual(["giro -> outlet:jornal-aurora"]);
    expect(graph.getAttribute("findings").some((f) => f.type === "syndication")).toBe(true);
    expect(graph.getAttribute("findings").some((f) => f.type === "uncredited_copy")).toBe(false);
  });

  it("control: the same page tagged English", async () => {
    const { graph } = await analyseCaseFolder(await makeCase(files("en")));
    expect(edgesOf(graph, "republishes")).toEqual(["giro -> outlet:jornal-aurora"]);
  });
});
