// A claim first told as hearsay ("allegedly told …, according to a council source") and then, by a paper citing that
// report, as fact: the origin jumped to the paper that dropped the hedge, and the person the words were pinned on
// counted as a second independent source beside the unnamed one who told them (probe 25 item 9).
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { originLead } from "../../src/export/shared.ts";
import type { ClaimNodeAttrs } from "../../src/graph/types.ts";
import { makeCase } from "../helpers.ts";

const article = (outlet: string, published: string, body: string) => `---\noutlet: ${outlet}\npublished: ${published}\nlanguage: en\n---\n${body}\n`;

const QUOTE = `"Ostmark will pay for every tonne of grain it kept at the border"`;
const HEDGED = article("The Valley Herald", "2026-04-06T09:00:00Z", `Mayor Ines Karvel of Lindau allegedly told a trade delegation at a private dinner that ${QUOTE}, according to a council source. The remark has not been officially confirmed.`);
const ASSERTED = article("Metro Flash", "2026-04-07", `Mayor Ines Karvel of Lindau has warned that ${QUOTE}, The Valley Herald reported on Monday.\n\nThe threat marks a sharp turn in the grain dispute.`);

async function claimOf(files: Record<string, string>, carriers: number): Promise<ClaimNodeAttrs> {
  const { graph } = await analyseCaseFolder(await makeCase(files));
  const claims = graph.filterNodes((_k, a) => a.kind === "claim").map((k) => graph.getNodeAttributes(k) as ClaimNodeAttrs);
  const claim = claims.find((c) => c.articles.length === carriers);
  if (!claim) throw new Error(`no claim of ${carriers} articles: ${JSON.stringify(claims.map((c) => [c.label, c.articles]))}`);
  return claim;
}

describe("a hedged report the claim was taken from is where it first appears", () => {
  it("the origin is the hedged report, not the re-report that drops the hedge", async () => {
    const claim = await claimOf({ "herald.txt": HEDGED, "flash.txt": ASSERTED }, 2);
    expect(claim.presentedAsTrue).toEqual(["flash"]);
    expect(claim.origins).toEqual(["herald"]);
    expect(originLead(claim)).toBe("First appears in");
  });

  it("control: a debunk the re-report took the words from is no origin", async () => {
    const debunk = article("The Valley Herald", "2026-04-06T09:00:00Z", `Claims that Mayor Ines Karvel of Lindau said ${QUOTE} are false, the town hall said. The quotation is fabricated.`);
    const claim = await claimOf({ "herald.txt": debunk, "flash.txt": ASSERTED }, 2);
    expect(claim.reportedFalse).toEqual(["herald"]);
    expect(claim.origins).toEqual(["flash"]);
    expect(originLead(claim)).toBe("First presented as true in");
  });

  it("control: an earlier hedged report nobody took the claim from is no origin", async () => {
    const hedged = article("The Valley Herald", "2026-04-06T09:00:00Z", "Mayor Ines Karvel reportedly plans to close the old grain depot in Lindau next spring, according to a council source.");
    const own = article("Metro Flash", "2026-04-07", "Mayor Ines Karvel plans to close the old grain depot in Lindau next spring, she told Metro Flash on Monday.");
    const claim = await claimOf({ "herald.txt": hedged, "flash.txt": own }, 2);
    expect(claim.mentionedBy).toEqual(["herald"]);
    expect(claim.origins).toEqual(["flash"]);
    expect(originLead(claim)).toBe("First presented as true in");
  });
});

describe("words pinned on a person by an unnamed source rest on that source", () => {
  it("the mayor is what the claim is about, not a second independent source", async () => {
    const claim = await claimOf({ "herald.txt": HEDGED, "flash.txt": ASSERTED }, 2);
    expect(claim.restsOn?.herald).toHaveLength(1);
    expect(claim.restsOn?.herald?.[0]).toMatch(/council-source$/);
    expect(claim.independentSources).toBe(1);
  });

  it("control: words the mayor said herself stay hers", async () => {
    const own = article("The Valley Herald", "2026-04-06T09:00:00Z", `Mayor Ines Karvel of Lindau told reporters on Sunday that ${QUOTE}. A council source said the talks had stalled.`);
    const claim = await claimOf({ "herald.txt": own, "flash.txt": ASSERTED }, 2);
    expect(claim.restsOn?.herald?.some((k) => k.startsWith("source:ines-karvel"))).toBe(true);
  });
});
