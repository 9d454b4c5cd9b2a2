// The imperial weights abbreviated ("lbs" for "pounds", "oz" for "ounces") in a passage one article copies from another:
// the same figure of the same unit, so no number drift ("what it counts changed"). Own invented texts.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";

const article = (id: string, outlet: string, published: string, body: string): string => `---\nid: ${id}\noutlet: ${outlet}\npublished: ${published}\nlanguage: en\n---\n${body}\n`;

const passage = (weight: string) =>
  `On 3 March 2019, the satirical site Harbor Jest published an article claiming a record catch off the coast of Quillport.\n\nAccording to the original claim, an unnamed fisherman from Quillport weighing ${weight} landed what was possibly the largest cod in recorded history, after a fight that lasted most of the night.`;

async function findings(first: string, second: string): Promise<string[]> {
  const root = await makeCase({
    "first.txt": article("first", "Checkpoint Weekly", "2019-03-05", `${passage(first)}\n\nThere was no truth at all to the story.`),
    "second.txt": article("second", "Quill Blog", "2020-01-10", `Origins: ${passage(second)}`),
  });
  const { graph } = await analyseCaseFolder(root);
  return graph.getAttribute("findings").map((f) => f.type);
}

describe("an imperial weight and its abbreviation are one unit", () => {
  it.each([
    ["300 pounds", "300 lbs."],
    ["12 ounces", "12 oz"],
  ])("%s and %s", async (written, abbreviated) => {
    const types = await findings(written, abbreviated);
    expect(types).toContain("uncredited_copy");
    expect(types).not.toContain("number_drift");
  });

  it("still tells another figure of the same unit", async () => {
    expect(await findings("300 pounds", "400 lbs.")).toContain("number_drift");
  });
});
