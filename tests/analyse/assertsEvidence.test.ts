// Every arrow from an article to a claim shows the words it rests on. An article that stated a claim only in its headline
// drew an `asserts` edge with no evidence at all in a probe case, and so did each debunk's "Reported false" claim.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";

const story = (outlet: string, date: string, title: string, body: string) => `---\noutlet: ${outlet}\npublished: ${date}\ntitle: ${title}\n---\n${body}\n`;

describe("the words under each asserts edge", () => {
  it("include a headline (offsets -1) when the article states the claim nowhere else, and the debunk's cue words", async () => {
    const root = await makeCase({
      "a.txt": story("Velmar Post", "2026-02-01", "Velmar harbour bridge to close for a whole year", "The Velmar harbour bridge will close for a whole year from March, the port authority said on Monday.\n\nFerries will run every twenty minutes while the bridge is repaired, the authority added."),
      "b.txt": story("Quill Daily", "2026-02-02", "Velmar harbour bridge to close for a whole year", "Commuters in the town reacted with dismay on Tuesday.\n\nShop owners near the old quay said trade would suffer, and the chamber of commerce asked for a meeting."),
      "c.txt": story("Velmar Weekly", "2026-02-02", "Velmar harbour bridge to close for a whole year", "The Velmar harbour bridge will close for a whole year from March, the port authority said.\n\nThe authority said ferries would run every twenty minutes."),
      "d.txt": story("Check Desk", "2026-02-03", "No, the Velmar harbour bridge will not close for a whole year", "Posts saying the Velmar harbour bridge will close for a whole year are false: the port authority said repairs will take six weeks.\n\nThe authority called the posts a hoax."),
    });
    const { graph } = await analyseCaseFolder(root);
    const asserts = graph.filterEdges((_e, a) => a.kind === "asserts").map((e) => ({ from: graph.source(e), to: graph.target(e), ...graph.getEdgeAttributes(e) }));
    expect(asserts.length).toBeGreaterThan(0);
    // The headline-only article carries the claim, on its headline's words.
    const headlineOnly = asserts.find((a) => a.from === "b");
    expect(headlineOnly?.evidence).toEqual([expect.objectContaining({ start: -1, end: -1, text: expect.stringContaining("bridge to close") })]);
    for (const a of asserts) expect(a.evidence?.length, `${a.from} -> ${a.to}`).toBeGreaterThan(0);
  });
});
