// A sentence crediting two outlets of the case ("first reported by X and then repeated by Y") was linked to Y's
// sentence crediting X ("X reported that …"): the two share X's name, and only the cited outlet's own name (Y's) was
// left out of what a citation may link through. The credit sentence became a claim that Y "mentions" and the citing
// article asserts, though it tells only who printed the story. No outlet a statement credits links it. Own texts.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";

const page = (outlet: string, published: string, body: string) => `---\noutlet: ${outlet}\npublished: ${published}\nlanguage: en\n---\n${body}\n`;

async function claimsWith(article: string, checkLine: string): Promise<string[][]> {
  const root = await makeCase({
    "ridge.txt": page("Ridge Post", "2026-03-02T08:00:00Z", "The old dam at Lornby has cracked and the whole valley will be evacuated tonight, engineers warned."),
    "echo.txt": page("Valley Echo", "2026-03-02T12:00:00Z", "Residents of Lornby are packing their cars. Ridge Post reported that engineers found a crack in the old dam."),
    "check.txt": page("Dam Facts", "2026-03-03T12:00:00Z", `The dam at Lornby is intact, the water authority said after an inspection on Monday.\n${checkLine}`),
  });
  const { graph } = await analyseCaseFolder(root);
  const articlesOf = (n: string) => (graph.getNodeAttributes(n) as unknown as { articles?: string[] }).articles ?? [];
  return graph.filterNodes((n, a) => a.kind === "claim" && articlesOf(n).includes(article)).map(articlesOf);
}

describe("a statement crediting outlets of the case", () => {
  it("links to no statement through another credited outlet's name", async () => {
    expect((await claimsWith("check", "The rumour was first reported by Ridge Post and was then repeated by Valley Echo.")).filter((a) => a.includes("echo"))).toEqual([]);
  });

  it("still links what it credits a cited outlet with", async () => {
    // Control: passes before and after.
    expect((await claimsWith("check", "According to Valley Echo, engineers found a crack in the old dam at Lornby.")).some((a) => a.includes("echo"))).toBe(true);
  });
});
