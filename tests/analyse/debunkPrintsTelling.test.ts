/**
 * A debunk that prints a plain telling of the story to judge it ("The Harlow port office said the notice stating that P
 * is fake") is that telling's verdict: the story P is the claim, and the debunks report it false, however many of the
 * claim's statements carry the debunk word (invented texts, invented names).
 */
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import type { ClaimNodeAttrs } from "../../src/graph/types.ts";
import { assertsEdges, frontMatterArticle, makeCase } from "../helpers.ts";

const en = (outlet: string, published: string, title: string, body: string) => frontMatterArticle("en", outlet, published, title, body);
const P = "the Harlow ferry will stop its Sunday crossings from next spring and single fares will rise to 9 euros";

describe("debunks that print the story they judge", () => {
  it("leave the story the claim, and report it false", async () => {
    const { graph } = await analyseCaseFolder(
      await makeCase({
        "relay.txt": en("Harlow Daily Wire", "2026-03-01", "Ferry timetable to change", `A notice shared on Sunday says that ${P}. The notice carries the seal of the Harlow port office.\n\nReaders asked what it means for island schools.`),
        "check1.txt": en("Fact Lantern", "2026-03-02", "Port office answers", `The Harlow port office said the notice stating that ${P} is fake. The office asked travellers to rely on its own website.\n\nIt filed a complaint.`),
        "check2.txt": en("Valley Checks", "2026-03-02", "What the port office said", `The Harlow port office announced that the statement "The Harlow ferry will stop its Sunday crossings from next spring and single fares will rise to 9 euros" is fake. No change to the timetable is planned.\n\nThe office said so on Monday.`),
        "check3.txt": en("Tarn Courier", "2026-03-03", "Ferry notice", `The Harlow port office called the notice saying ${P} a fake. Crossings and fares stay as they are.\n\nThe office gave no further details.`),
      }),
    );
    const claim = graph
      .filterNodes((_k, a) => a.kind === "claim")
      .map((k) => ({ key: k, ...(graph.getNodeAttributes(k) as ClaimNodeAttrs) }))
      .find((c) => c.articles.length === 4);
    expect(claim).toBeDefined();
    // The label tells the story, not the verdict on it.
    expect(claim!.label).not.toMatch(/fake/i);
    expect(claim!.label).toMatch(/Sunday crossings/);
    for (const check of ["check1", "check2", "check3"]) expect(assertsEdges(graph, check, claim!.key).map((e) => e.stance)).toEqual(["false"]);
    expect(assertsEdges(graph, "relay", claim!.key).map((e) => e.stance)).toEqual(["true"]);
  });
});
