// Attribution drift that is none: a lead that sums up a quotation and credits "state media" or "local media" (an
// unnamed collective of reporting points to other coverage, it is no new credit), and a lead credited to someone else
// while the same article prints the quotation with the earlier article's speaker. Own invented texts.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";

const article = (id: string, outlet: string, published: string, body: string): string => `---\nid: ${id}\noutlet: ${outlet}\npublished: ${published}\nlanguage: en\n---\n${body}\n`;

async function findings(first: string, second: string): Promise<string[]> {
  const root = await makeCase({
    "first.txt": article("first", "Fjord Rail Weekly", "2026-05-02", first),
    "second.txt": article("second", "The Evening Lantern", "2026-05-05", second),
  });
  const { graph } = await analyseCaseFolder(root);
  return graph.getAttribute("findings").map((f) => f.type);
}

const FIRST = 'A hydrogen ferry crossed the Skarvik strait in 41 minutes on its first commercial trip, according to the Nordhavn port authority.\n\n"The crossing took 41 minutes and set a record for a hydrogen ferry on the Skarvik strait," chief captain Elin Varga said.';

describe("a lead's collective credit is no re-credit", () => {
  it.each([
    ["state media", "Nordhavn state media reported"],
    ["local media", "local media reported"],
  ])("credited to %s", async (_, credit) => {
    const second = `Nordhavn has smashed the record for a hydrogen ferry, crossing the Skarvik strait in 41 minutes, ${credit}.\n\n"The crossing took 41 minutes and set a record," chief captain Elin Varga said.`;
    expect(await findings(FIRST, second)).not.toContain("attribution_drift");
  });

  it("a lead credited to officials beside the quotation credited to the same speaker", async () => {
    const second = 'Nordhavn has smashed the record for a hydrogen ferry, crossing the Skarvik strait in 41 minutes, port officials said.\n\n"The crossing took 41 minutes and set a record," chief captain Elin Varga said.';
    expect(await findings(FIRST, second)).not.toContain("attribution_drift");
  });

  it("the quotation credited to another speaker is still drift", async () => {
    const second = '"The crossing took 41 minutes and set a record for a hydrogen ferry on the Skarvik strait," harbour master Jonas Brekke said.';
    expect(await findings(FIRST, second)).toContain("attribution_drift");
  });
});
