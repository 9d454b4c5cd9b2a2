// A source credit after a page's date stamp ("2025-03-04 10:15 / šaltinis: ELTA"): the page runs the agency's text, as
// a "Source: X" line in its header says. The label in small letters after the stamp (and a separator) was read by no one:
// the cleaner looked for a label opening the line, the body's reader for a capitalised one. Invented texts.
import { describe, expect, it } from "vitest";
import { cleanArticle } from "../../src/clean/clean.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

const BODY = "Vakarų uostas bus uždarytas dviem savaitėms, antradienį pranešė uosto direkcija.\n\nRemonto darbai prasidės kitą pirmadienį, o laivai bus nukreipti į kitą prieplauką.";

describe("a source field after a page's date stamp", () => {
  it.each([
    ["2025-03-04 10:15 / šaltinis: ELTA", "šaltinis: ELTA"],
    ["2025-03-04 10:15 šaltinis: ELTA", "šaltinis: ELTA"],
    ["2025-04-03 08:15:20 来源:云溪晨报", "来源:云溪晨报"],
  ])("is the page's credit line: %s", (line, credit) => {
    const cleaned = cleanArticle({ meta: { id: "t", file: "t.txt", format: "text", language: "lt" }, text: `Uostas uždaromas remontui\n\n${line}\n\n${BODY}` });
    expect(cleaned.creditLines).toEqual([credit]);
  });

  it("makes the page a republication of the registry's agency, and names no outlet the registry and the case do not know", async () => {
    const root = await makeCase({
      "a.txt": frontMatterArticle("lt", "Vakarų žinios", "2025-03-04", "Uostas uždaromas remontui", `2025-03-04 10:15 / šaltinis: ELTA\n\n${BODY}`),
      "b.txt": frontMatterArticle("lt", "Pajūrio aidas", "2025-03-04", "Uostas uždaromas", `2025-03-04 11:40 / šaltinis: Jonas Petraitis\n\n${BODY}`),
    });
    const { graph } = await analyseCaseFolder(root);
    const republishes = graph.edges().filter((e) => graph.getEdgeAttribute(e, "kind") === "republishes").map((e) => [graph.source(e), graph.getNodeAttribute(graph.target(e), "label")]);
    expect(republishes).toEqual([["a", "Lietuvos telegramų agentūra"]]);
  });

  it("reads the Lithuanian label closing the text as a source line, as 'Source: X' is", async () => {
    const root = await makeCase({
      "a.txt": frontMatterArticle("lt", "Vakarų žinios", "2025-03-04", "Uostas uždaromas remontui", `${BODY}\n\nŠaltinis: BNS`),
      "b.txt": frontMatterArticle("lt", "Pajūrio aidas", "2025-03-05", "Keltai plauks kitur", "Keltai nuo pirmadienio plauks į šiaurinę prieplauką, sakė uosto atstovas Rokas Vaitkus."),
    });
    const { graph } = await analyseCaseFolder(root);
    const cited = graph.edges().filter((e) => graph.getEdgeAttribute(e, "kind") === "cites").map((e) => [graph.source(e), graph.getNodeAttribute(graph.target(e), "label")]);
    expect(cited).toEqual([["a", "Baltic News Service"]]);
  });
});
