// A source line naming a social account ("Source: Instagram @handle") made the account an outlet the article cites,
// and a syndication finding with a single article ("runs a story by Instagram @handle … the outlet of record"). An
// account posts; it is the source the story rests on, not a publisher whose text the page runs.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";

const STORY = "A photo of a seal pup asleep on a lifeboat's deck in the harbour of Port Wenlow has been shared thousands of times.";

async function read(files: Record<string, string>) {
  const { graph } = await analyseCaseFolder(await makeCase(files));
  const nodes = (kind: string) => graph.filterNodes((_n, a) => a.kind === kind);
  const findings = graph.getAttribute("findings").filter((f) => f.type === "syndication");
  return { graph, nodes, findings };
}

describe("a source line naming a social account", () => {
  it.each([
    ["en, at the foot", "en", `${STORY}\nSource: Instagram @wenlow_waves`],
    ["id, at the foot", "id", "Foto anak anjing laut yang tidur di geladak sekoci di pelabuhan Port Wenlow telah dibagikan ribuan kali.\nSumber: Instagram @wenlow_waves"],
    ["en, in the header", "en", `Seal pup naps on lifeboat\nSource: TikTok/@wenlow_waves\n${STORY}`],
  ])("%s: the account is a source, no outlet, no syndication", async (_name, language, body) => {
    const { graph, nodes, findings } = await read({ "a.txt": `---\noutlet: Coast Snaps\npublished: 2026-02-10\nlanguage: ${language}\n---\n${body}\n` });
    expect(nodes("outlet").filter((n) => /wenlow|instagram|tiktok/.test(n))).toEqual([]);
    expect(findings).toEqual([]);
    expect(graph.hasNode("source:wenlow-waves")).toBe(true);
  });

  it("a source line naming an outlet still cites it and tells the syndication (control)", async () => {
    const { graph, findings } = await read({
      "origin.txt": `---\noutlet: Wenlow Tide\npublished: 2026-02-09\nlanguage: en\n---\n${STORY}\n`,
      "a.txt": `---\noutlet: Coast Snaps\npublished: 2026-02-10\nlanguage: en\n---\n${STORY}\nSource: Wenlow Tide\n`,
    });
    expect(graph.outEdges("a").filter((e) => graph.getEdgeAttribute(e, "kind") === "cites").map((e) => graph.target(e))).toEqual(["origin"]);
    expect(findings.length).toBe(1);
  });
});
