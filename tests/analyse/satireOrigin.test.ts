// A satire site's own story is where a claim came from, not a correction: a later site printing it straight was
// charged with outliving a debunk in a probe case.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";

describe("a satire site's story repeated as news", () => {
  it("is no claim that outlived a debunk", async () => {
    const story = "Scientists at Quillon University have confirmed that a mug of cold nettle soup cures seasonal colds within a day.";
    const root = await makeCase({
      "quip.txt": `---\noutlet: The Weekly Quip\npublished: 2026-01-10\n---\n${story}\n\nThe Weekly Quip is a satirical publication. All stories are fiction.\n`,
      "vibes.txt": `---\noutlet: Vibes Daily\npublished: 2026-01-12\n---\n${story} Share this with someone who needs it.\n`,
    });
    const { graph } = await analyseCaseFolder(root);
    const asserts = graph.filterEdges((_e, a) => a.kind === "asserts").map((e) => { const a = graph.getEdgeAttributes(e); return [graph.source(e), a.kind === "asserts" ? a.stance : undefined]; });
    expect(asserts).toEqual(expect.arrayContaining([["quip", "false"], ["vibes", "true"]]));
    expect(graph.getAttribute("findings").filter((f) => f.type === "claim_outlives_debunk")).toEqual([]);
  });
});
