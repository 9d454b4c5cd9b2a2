// A credit that writes a case outlet's name without the qualifier in brackets the case gives it ("Source: Harrow Lamp"
// for the case's "Harrow Lamp (Velmora)") is that outlet, when exactly one case outlet is so called: not the registry's
// other paper of the bare name (here one in the case's outlets.json). Invented outlets.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

const STORY = "The harbour ferry will stop running on Sundays from next month, the port office announced on Tuesday. Fares on weekdays stay the same.";

async function creditTargets(outlets: string[]): Promise<string[]> {
  const files: Record<string, string> = { "outlets.json": JSON.stringify({ outlets: [{ name: "Harrow Lamp", kind: "newspaper", country: "GB" }] }) };
  outlets.forEach((o, i) => (files[`o${i}.txt`] = frontMatterArticle("en", o, "2024-04-02", "Ferry", STORY)));
  // A retelling in other words (as a translation would be): the credit alone says whose story it is.
  files["r.txt"] = frontMatterArticle("en", "Kestrel Weekly", "2024-04-03", "Ferry", "No Sunday crossings: the port office has dropped the weekend ferry service, and weekday tickets cost what they did.\n\nSource: Harrow Lamp");
  const { graph } = await analyseCaseFolder(await makeCase(files));
  return graph.filterEdges((_e, a) => a.kind === "republishes" || a.kind === "cites").map((e) => graph.target(e));
}

describe("a credit naming a case outlet without its bracketed qualifier", () => {
  it("is that case outlet", async () => {
    const targets = await creditTargets(["Harrow Lamp (Velmora)"]);
    expect(targets).toContain("outlet:harrow-lamp-velmora");
    expect(targets).not.toContain("outlet:harrow-lamp");
  });

  it("stays as written where two case outlets are so called", async () => {
    const targets = await creditTargets(["Harrow Lamp (Velmora)", "Harrow Lamp (Ostby)"]);
    expect(targets).not.toContain("outlet:harrow-lamp-velmora");
    expect(targets).not.toContain("outlet:harrow-lamp-ostby");
  });
});
