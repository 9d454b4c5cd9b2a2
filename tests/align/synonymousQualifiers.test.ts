// A figure retold with a qualifier that says the same ("only two days" / "just two days", "more than 60" / "over 60")
// was reported as number drift: "'only' became 'just' on the way", though no hedge moved and nobody counted anew. Two
// qualifiers of one class are one; across classes the hedge moved. Own invented texts.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";

const article = (id: string, outlet: string, published: string, body: string): string => `---\nid: ${id}\noutlet: ${outlet}\npublished: ${published}\nlanguage: en\n---\n${body}\n`;

async function drift(first: string, second: string): Promise<string[]> {
  const root = await makeCase({
    "first.txt": article("first", "Harbour Ledger", "2026-04-01", first),
    "second.txt": article("second", "Quay Courier", "2026-04-03", second),
  });
  const { graph } = await analyseCaseFolder(root);
  return graph.getAttribute("findings").filter((f) => f.type === "number_drift").map((f) => f.explanation);
}

const STATEMENT = "The cable car up Mount Velmar, which the county rebuilt over the winter, carried";

describe("qualifiers of one figure", () => {
  it.each([
    ["only", "just", "two thousand riders in its first week, the operator said."],
    ["more than", "over", "60 schoolchildren on its opening morning, the operator said."],
    ["about", "roughly", "900 riders a day in its first month, the operator said."],
  ])("'%s' retold as '%s' is no drift", async (a, b, rest) => {
    expect(await drift(`${STATEMENT} ${a} ${rest}`, `${STATEMENT} ${b} ${rest}`)).toEqual([]);
  });

  it("'about' retold as 'at least' still moves the hedge (control)", async () => {
    expect(await drift(`${STATEMENT} about 900 riders a day in its first month, the operator said.`, `${STATEMENT} at least 900 riders a day in its first month, the operator said.`)).toHaveLength(1);
  });
});
