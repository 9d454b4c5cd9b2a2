/**
 * A debunk that prints a plain telling of the story to judge it ("The Harlow defence office said the letter stating that
 * P is fake") is that telling's verdict: the story P is the claim, and the debunks report it false, however many of the
 * claim's statements carry the debunk word (invented texts, invented names).
 */
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import type { ClaimNodeAttrs } from "../../src/graph/types.ts";
import { assertsEdges, frontMatterArticle, makeCase } from "../helpers.ts";

const en = (outlet: string, published: string, title: string, body: string) => frontMatterArticle("en", outlet, published, title, body);
const P = "long-term conscripts will serve 18 months instead of 12 months from next spring";

describe("debunks that print the story they judge", () => {
  it("leave the story the claim, and report it false", async () => {
    const { graph } = await analyseCaseFolder(
      await makeCase({
        "relay.txt": en("Harlow Daily Wire", "2026-03-01", "Conscription to be extended", `A letter shared on Sunday says that ${P}. The letter carries the seal of the Harlow defence office.\n\nReaders asked what it means for their sons.`),
        "check1.txt": en("Fact Lantern", "2026-03-02", "Defence office answers", `The Harlow defence office said the letter stating that ${P} is fake. The office asked citizens to rely on its own website.\n\nIt filed a complaint.`),
        "check2.txt": en("Valley Checks", "2026-03-02", "What the defence office said", `The Harlow defence office announced that the statement "Long-term conscripts will serve 18 months instead of 12 months from next spring" is fake. No change to service terms is planned.\n\nThe office said so on Monday.`),
        "check3.txt": en("Tarn Courier", "2026-03-03", "Service letter", `The Harlow defence office called the letter saying ${P} a fake. Service terms stay as they are.\n\nThe office gave no further details.`),
      }),
    );
    const claim = graph
      .filterNodes((_k, a) => a.kind === "claim")
      .map((k) => ({ key: k, ...(graph.getNodeAttributes(k) as ClaimNodeAttrs) }))
      .find((c) => c.articles.length === 4);
    expect(claim).toBeDefined();
    // The label tells the story, not the verdict on it.
    expect(claim!.label).not.toMatch(/fake/i);
    expect(claim!.label).toMatch(/18 months/);
    for (const check of ["check1", "check2", "check3"]) expect(assertsEdges(graph, check, claim!.key).map((e) => e.stance)).toEqual(["false"]);
    expect(assertsEdges(graph, "relay", claim!.key).map((e) => e.stance)).toEqual(["true"]);
  });
});
