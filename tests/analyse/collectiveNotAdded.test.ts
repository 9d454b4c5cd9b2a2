// "…, local media reported." points to other coverage: an unnamed collective of reporting is no source, so a
// single-source finding never names it as the one new source nor counts it as an anonymous one. Own invented texts.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";

const article = (outlet: string, published: string, title: string, body: string): string => `---\noutlet: ${outlet}\npublished: ${published}\nlanguage: en\ntitle: ${title}\n---\n${body}\n`;
const STATEMENT = "A solar ferry crossed the Kessel strait in forty minutes during a trial run near Varnholm on Friday";

describe("an unnamed collective of reporting in a single-source finding", () => {
  it("is neither the new source nor an anonymous one", async () => {
    const { graph } = await analyseCaseFolder(
      await makeCase({
        "a.txt": article("Nordwire", "2026-04-10", "Solar ferry trial", `${STATEMENT}, the harbour board said.`),
        "b.txt": article("Baltic Shipping Review", "2026-04-11", "Ferry record claimed", `${STATEMENT}, according to Nordwire.`),
        "c.txt": article("The Evening Lantern", "2026-04-14", "Ferry sets record", `${STATEMENT}, according to Nordwire and local media reports.`),
      }),
    );
    const single = graph.getAttribute("findings").filter((f) => f.type === "single_source_amplification");
    expect(single.length).toBeGreaterThan(0);
    for (const f of single) {
      expect(f.explanation).not.toMatch(/local media/u);
      expect(f.explanation).not.toMatch(/anonymous/u);
    }
  });
});
