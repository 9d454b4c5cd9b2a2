// Two fact checks that both show a hoax's text as a block after a lead-in ending in a colon ("According to the
// satirical report:") print it alike without one copying the other, however many paragraphs the block runs on: the copy is
// possible, not shown, and no uncredited-copy finding rests on it. Own invented texts.
import { describe, expect, it } from "vitest";
import { CONFIDENT } from "../../src/graph/types.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";

const article = (id: string, outlet: string, published: string, body: string): string => `---\nid: ${id}\noutlet: ${outlet}\npublished: ${published}\nlanguage: en\n---\n${body}\n`;

const HOAX_ONE = "A giant eel weighing 300 pounds was pulled from the harbour at Port Velm on Sunday by two fishermen, a catch that could make it the largest eel ever recorded, reports the Velm Evening Star this morning.";
const HOAX_TWO = "The fishermen told reporters that the animal had dragged their small boat for almost an hour before they managed to bring it alongside the pier at low tide.";

async function copies(first: string, second: string): Promise<{ confidence: number | undefined; findings: string[] }> {
  const root = await makeCase({
    "first.txt": article("first", "Hoax Watchers", "2026-04-01", first),
    "second.txt": article("second", "Rumour Desk", "2026-04-02", second),
  });
  const { graph } = await analyseCaseFolder(root);
  const edge = graph.edges().find((e) => graph.getEdgeAttribute(e, "kind") === "copies");
  return {
    confidence: edge === undefined ? undefined : graph.getEdgeAttribute(edge, "confidence"),
    findings: graph.getAttribute("findings").filter((f) => f.type === "uncredited_copy").map((f) => f.explanation),
  };
}

describe("a hoax's text both fact checks set apart after a colon", () => {
  it("is relayed over all its paragraphs, not copied", async () => {
    const first = `Did a fisherman catch a record eel? No.\n\nThe satire site Velm Daily Report ran the story in a post many readers took at face value. According to the satirical report:\n\n${HOAX_ONE}\n\n${HOAX_TWO}\n\nNo such eel was caught, and no newspaper of that name exists in the town.`;
    const second = `Claim: a record eel was caught at Port Velm.\n\nAccording to the original claim, two unnamed fishermen pulled what may be the largest eel in history from the harbour:\n\n${HOAX_ONE}\n\n${HOAX_TWO}\n\nOur check found no record of any such catch at the harbour office.`;
    const { confidence, findings } = await copies(first, second);
    expect(confidence).toBeDefined();
    expect(confidence!).toBeLessThan(CONFIDENT);
    expect(findings).toEqual([]);
  });

  it("the same paragraphs in the writer's own voice in one text still show a copy (control)", async () => {
    const first = `Did a fisherman catch a record eel? No.\n\nThe satire site Velm Daily Report ran the story in a post many readers took at face value. According to the satirical report:\n\n${HOAX_ONE}\n\n${HOAX_TWO}\n\nNo such eel was caught, and no newspaper of that name exists in the town.`;
    const second = `A record eel at Port Velm.\n\n${HOAX_ONE}\n\n${HOAX_TWO}\n\nThe harbour office has not yet commented on the catch.`;
    const { confidence, findings } = await copies(first, second);
    expect(confidence!).toBeGreaterThanOrEqual(CONFIDENT);
    expect(findings).toHaveLength(1);
  });
});
