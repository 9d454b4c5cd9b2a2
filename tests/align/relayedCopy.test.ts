// Two texts that relay one credited source print its words alike without one copying the other: where one of them gives
// the shared text as a quotation or credits its sentences to an unnamed source, in every passage the two share, the copy
// is possible (dashed, below CONFIDENT), and no uncredited-copy finding rests on it. So too where both retell, each in a
// sentence after its own credit, an outlet the case does not hold, or each give the shared words to one named person
// in words of their own around them. Own invented texts.
import { describe, expect, it } from "vitest";
import { CONFIDENT } from "../../src/graph/types.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";

const article = (id: string, outlet: string, published: string, body: string): string => `---\nid: ${id}\noutlet: ${outlet}\npublished: ${published}\nlanguage: en\n---\n${body}\n`;

const STATEMENT =
  "The water at Lake Tarn is safe to drink and the reports of green foam at the northern inlet come from an old photograph taken before the new filters were installed. Our engineers test the reservoir every morning and publish the results on the board's noticeboard.";
const FACTS =
  "the reservoir at Lake Tarn holds about eleven million cubic metres and its northern inlet was closed for two weeks in the spring while the new filters were fitted by engineers from the coast";

async function copies(first: string, second: string): Promise<{ confidence: number | undefined; findings: string[] }> {
  const root = await makeCase({
    "first.txt": article("first", "Tarn Valley Post", "2026-04-01", first),
    "second.txt": article("second", "Morrow Gazette", "2026-04-02", second),
  });
  const { graph } = await analyseCaseFolder(root);
  const edge = graph.edges().find((e) => graph.getEdgeAttribute(e, "kind") === "copies");
  return {
    confidence: edge === undefined ? undefined : graph.getEdgeAttribute(edge, "confidence"),
    findings: graph.getAttribute("findings").filter((f) => f.type === "uncredited_copy").map((f) => f.explanation),
  };
}

describe("a copy of what a third party said", () => {
  it("is possible, not shown, where one text quotes the shared words and the other prints them after a lead-in", async () => {
    const first = `Tarn water board answers the rumours.\n\nThe board's statement reads as follows;\n\n${STATEMENT}\n\nResidents had shared the picture widely on Sunday.`;
    const second = `The Tarn water board denied on Monday that the reservoir was polluted. The board said in a statement: "${STATEMENT}"\n\nThe picture had been shared widely on Sunday.`;
    const { confidence, findings } = await copies(first, second);
    expect(confidence).toBeDefined();
    expect(confidence!).toBeLessThan(CONFIDENT);
    expect(findings).toEqual([]);
  });

  it("is possible, not shown, where one text credits the shared sentence to an unnamed source", async () => {
    const first = `Tarn water board faces questions.\n\nSources at the water board said that ${FACTS}.\n\nThe board will meet on Friday.`;
    const second = `Questions for the Tarn board.\n\nIt is known that ${FACTS}.\n\nA meeting is planned for Friday evening.`;
    const { confidence, findings } = await copies(first, second);
    expect(confidence!).toBeLessThan(CONFIDENT);
    expect(findings).toEqual([]);
  });

  it("a sentence crediting an outlet still shows a copy: in a story about what outlets printed, every sentence names one", async () => {
    const first = `Tarn water board faces questions.\n\nAccording to the Velm Courier, ${FACTS}.\n\nThe board will meet on Friday.`;
    const second = `Questions for the Tarn board.\n\nIt is known that ${FACTS}.\n\nA meeting is planned for Friday evening.`;
    const { confidence, findings } = await copies(first, second);
    expect(confidence!).toBeGreaterThanOrEqual(CONFIDENT);
    expect(findings).toHaveLength(1);
  });

  it("a quoted statement beside a paragraph of the writer's own prose both print still shows a copy", async () => {
    const first = `Tarn water board answers the rumours.\n\nWe can reveal that ${FACTS}.\n\nThe board's statement reads as follows;\n\n${STATEMENT}`;
    const second = `The Tarn water board denied on Monday that the reservoir was polluted.\n\nIt is known that ${FACTS}.\n\nThe board said in a statement: "${STATEMENT}"`;
    const { confidence, findings } = await copies(first, second);
    expect(confidence!).toBeGreaterThanOrEqual(CONFIDENT);
    expect(findings).toHaveLength(1);
  });

  it("reporting text neither credits to anyone is still an uncredited copy", async () => {
    const first = `Tarn water board faces questions.\n\nWe can reveal that ${FACTS}.\n\nThe board will meet on Friday.`;
    const second = `Questions for the Tarn board.\n\nIt is known that ${FACTS}.\n\nA meeting is planned for Friday evening.`;
    const { confidence, findings } = await copies(first, second);
    expect(confidence!).toBeGreaterThanOrEqual(CONFIDENT);
    expect(findings).toHaveLength(1);
  });

  it("is possible, not shown, where both texts retell an outlet the case does not hold, each crediting it in its own words", async () => {
    const first = `Tarn water board faces questions.\n\nAccording to the Velm Courier, ${FACTS}.\n\nThe board will meet on Friday.`;
    const second = `Questions for the Tarn board.\n\nThe story first ran in the Velm Courier. In it, ${FACTS}.\n\nA meeting is planned for Friday evening.`;
    const { confidence, findings } = await copies(first, second);
    expect(confidence!).toBeLessThan(CONFIDENT);
    expect(findings).toEqual([]);
  });

  // Both texts print the board's statement as a quotation and each retells one more of its sentences in reported speech,
  // giving it to the same named spokesperson in its own words around the shared ones.
  const APPEAL = "in cases where they suspect the water has been tampered with or smells of chlorine after the repairs";
  it("is possible, not shown, where both texts retell the shared sentence as words of one named person", async () => {
    const first = `Tarn water board answers the rumours.\n\nBoard spokesperson Mira Holt said in a statement: "${STATEMENT}"\n\nMira Holt appealed to residents ${APPEAL}.`;
    const second = `The Tarn water board denied on Monday that the reservoir was polluted.\n\n"${STATEMENT}" said spokesperson Mira Holt.\n\nMira Holt urgently asked residents to call the board ${APPEAL}.`;
    const { confidence, findings } = await copies(first, second);
    expect(confidence!).toBeLessThan(CONFIDENT);
    expect(findings).toEqual([]);
  });

  it("the same sentence given to two different people is still the writers' own prose: a copy (control)", async () => {
    const first = `Tarn water board answers the rumours.\n\nBoard spokesperson Mira Holt said in a statement: "${STATEMENT}"\n\nMira Holt appealed to residents ${APPEAL}.`;
    const second = `The Tarn water board denied on Monday that the reservoir was polluted.\n\n"${STATEMENT}" said spokesperson Mira Holt.\n\nMayor Tomas Brenn urgently asked residents to call the board ${APPEAL}.`;
    const { confidence } = await copies(first, second);
    expect(confidence!).toBeGreaterThanOrEqual(CONFIDENT);
  });

  it("a credit both print among the shared words was copied with them: still a copy", async () => {
    const credited = `Citing a report in the Velm Courier, the paper wrote that ${FACTS}`;
    const first = `Tarn water board faces questions.\n\n${credited}.\n\nThe board will meet on Friday.`;
    const second = `Questions for the Tarn board.\n\n${credited}.\n\nA meeting is planned for Friday evening.`;
    const { confidence, findings } = await copies(first, second);
    expect(confidence!).toBeGreaterThanOrEqual(CONFIDENT);
    expect(findings).toHaveLength(1);
  });
});
