// A re-report that takes a claim from an earlier article and drops what said how far it could be trusted — the hedge
// ("allegedly", "has not been officially confirmed") or whom the earlier article had it from ("according to a source at
// the health office") — had no laundering finding: only a satire or debunk label and a possibility word ("may ease")
// counted as dropped (probe 25 item 19).
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import type { Finding } from "../../src/graph/types.ts";
import { makeCase } from "../helpers.ts";

const article = (outlet: string, published: string, body: string) => `---\noutlet: ${outlet}\npublished: ${published}\nlanguage: en\n---\n${body}\n`;

async function launderings(files: Record<string, string>): Promise<Finding[]> {
  const { graph } = await analyseCaseFolder(await makeCase(files));
  return (graph.getAttribute("findings") as Finding[]).filter((f) => f.type === "laundering");
}

const QUOTE = `"Halvard will answer for every barge it turned back at the lock"`;
const HEDGED = article("The Fjord Courier", "2026-08-10T08:00:00Z", `Harbour chief Otto Brenning allegedly told shipping agents at a closed meeting that ${QUOTE}, according to a port source. The remark has not been officially confirmed.`);
const retold = (how: string) => article("Nordic Pulse", "2026-08-11", `Harbour chief Otto Brenning ${how} that ${QUOTE}, The Fjord Courier reported on Monday.\n\nThe threat deepens the row over the lock.`);

const SOURCED = "At least 40 pupils at the Orla primary school in Velmar fell ill after eating lunch in the canteen on Tuesday, according to a source at the regional health office.";
const REST = "Several of the children were taken to the district hospital in Brask for observation, and the canteen was closed on Wednesday morning while inspectors took samples of the food and the water.";

describe("laundering: a hedge dropped along a citation", () => {
  it("the citing paper states as fact what the paper it cites passed on as unconfirmed", async () => {
    const found = await launderings({ "courier.txt": HEDGED, "pulse.txt": retold("has warned") });
    expect(found).toHaveLength(1);
    expect(found[0]?.articles).toEqual(["courier", "pulse"]);
    expect(found[0]?.explanation).toContain('"allegedly"');
    expect(found[0]?.explanation).toContain("citing The Fjord Courier");
    expect(found[0]?.evidence.map((e) => e.article)).toEqual(["courier", "courier", "pulse"]);
  });

  it("control: a citing paper that keeps the hedge launders nothing", async () => {
    expect(await launderings({ "courier.txt": HEDGED, "pulse.txt": retold("reportedly warned") })).toEqual([]);
  });
});

describe("laundering: the source dropped along a copy", () => {
  it("the copy tells the claim with no source where the original named one", async () => {
    const found = await launderings({
      "today.txt": article("Velmar Today", "2026-06-01", `${SOURCED}\n\n${REST}`),
      "buzz.txt": article("Buzz Daily", "2026-06-02", `${SOURCED.replace(/, according to .*\.$/, ".")}\n\n${REST}`),
    });
    expect(found).toHaveLength(1);
    expect(found[0]?.articles).toEqual(["today", "buzz"]);
    expect(found[0]?.explanation).toContain('("a source at the regional health office")');
    expect(found[0]?.explanation).toContain("names no source for it");
  });

  it("control: a copy that keeps the source launders nothing", async () => {
    const found = await launderings({
      "today.txt": article("Velmar Today", "2026-06-01", `${SOURCED}\n\n${REST}`),
      "buzz.txt": article("Buzz Daily", "2026-06-02", `${SOURCED}\n\n${REST}`),
    });
    expect(found).toEqual([]);
  });
});
