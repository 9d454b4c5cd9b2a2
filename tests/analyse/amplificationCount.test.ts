// The amplification finding counted independent sources by rules of its own, apart from the claim's count
// (analyse/support.ts): it dropped a named source the origin had through another article of the case, even one that
// does not state the claim, and so told of a story resting on "0 independent sources" while the claim showed 1. The
// finding now says the number the claim shows, and names the source.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";

const LEAD = "The town of Lindmoor will charge tourists a fee for every selfie taken on its beach from June, ice-cream seller Omar Kestel told Pwani Leo.";

describe("the amplification finding's count of independent sources", () => {
  it("is the claim's own count, with a source the origin had through an article of the case that does not state the claim", async () => {
    const root = await makeCase({
      "a0.txt": "---\noutlet: Pwani Leo\npublished: 2026-05-01\n---\nThe ferry timetable changes next week, the port office said.\n",
      "a.txt": `---\noutlet: Harbour Post\npublished: 2026-05-02\n---\n${LEAD}\n`,
      "b.txt": `---\noutlet: Coast Buzz\npublished: 2026-05-03\n---\n${LEAD}\n`,
      "c.txt": `---\noutlet: Daily Ripple\npublished: 2026-05-04\n---\n${LEAD}\n`,
      "d.txt": `---\noutlet: Shore Times\npublished: 2026-05-05\n---\n${LEAD}\n`,
    });
    const { graph } = await analyseCaseFolder(root);
    const finding = graph.getAttribute("findings").find((f) => f.type === "single_source_amplification");
    expect(finding).toBeDefined();
    const claim = graph.getNodeAttributes(finding!.claim!) as { independentSources: number };
    const said = Number(/(\d+) independent sources?/.exec(finding!.explanation)?.[1]);
    expect(claim.independentSources).toBe(1);
    expect(said).toBe(claim.independentSources);
    expect(finding!.explanation).toContain("Omar Kestel");
  });
});
