// A number drift is one figure of one counted thing told differently: the same figure counting another thing ("2.4
// million voters" / "2.4 million ballots") is no figure changed. Own invented texts.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";

const article = (id: string, outlet: string, published: string, body: string): string => `---\nid: ${id}\noutlet: ${outlet}\npublished: ${published}\nlanguage: en\n---\n${body}\n`;

const passage = (count: string) =>
  `The electoral board of the Vessmark province met on Sunday evening to close the count of the spring referendum on the harbour tunnel.\n\nThe board said ${count} were counted by hand in the four districts before midnight, and the result will be certified on Thursday.`;

async function drifts(first: string, second: string): Promise<string[]> {
  const root = await makeCase({
    "first.txt": article("first", "Vessmark Tribune", "2026-04-06", `${passage(first)}\n\nTurnout was the highest in a decade.`),
    "second.txt": article("second", "Harbour Notes", "2026-04-07", `${passage(second)}\n\nThe tunnel plan now goes to the assembly.`),
  });
  const { graph } = await analyseCaseFolder(root);
  return graph
    .getAttribute("findings")
    .filter((f) => f.type === "number_drift")
    .map((f) => f.explanation);
}

describe("a number drift is about one counted thing", () => {
  it("is not told where the same figure counts another thing", async () => {
    expect(await drifts("2.4 million votes", "2.4 million ballots")).toEqual([]);
  });

  it("still tells another figure of the same thing", async () => {
    expect((await drifts("2.4 million ballots", "3.4 million ballots")).join(" ")).toContain("3.4 million ballots");
  });

  it("still tells a hedge added to the same figure", async () => {
    expect((await drifts("2.4 million ballots", "at least 2.4 million ballots")).join(" ")).toContain("at least");
  });
});
