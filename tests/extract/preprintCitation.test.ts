// Where a paper was put up names the server that published it: "posted as a preprint on X", "deposited in X",
// "are available on X" cite X, as "published in X" does. A weekday after "available on" is no citation. Own invented texts.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";

const article = (id: string, outlet: string, published: string, body: string): string => `---\nid: ${id}\noutlet: ${outlet}\npublished: ${published}\nlanguage: en\n---\n${body}\n`;

async function cites(sentence: string): Promise<string[]> {
  const root = await makeCase({
    "server.txt": article("server", "Corvane Papers", "2026-01-10", "Abstract. Drinking beetroot juice every day lowered blood pressure in 300 adults we followed for a year, by 6 points."),
    "release.txt": article("release", "Tarnow Institute of Health", "2026-01-12", `Drinking beetroot juice every day lowered blood pressure in adults, a study by the Tarnow Institute of Health found.\n\n${sentence}`),
  });
  const { graph } = await analyseCaseFolder(root);
  return graph.filterEdges((_, a) => a.kind === "cites").map((e) => graph.target(e));
}

describe("a preprint server named where the paper was put up", () => {
  it.each([
    "The findings are posted as a preprint on Corvane Papers and have not yet been peer reviewed.",
    "The data were deposited on Corvane Papers before peer review.",
    "The full paper is available on Corvane Papers.",
  ])("%s", async (sentence) => {
    expect(await cites(sentence)).toContain("server");
  });

  it("a weekday after 'available on' is no citation", async () => {
    expect(await cites("The full paper will be available on Monday.")).toEqual([]);
  });
});
