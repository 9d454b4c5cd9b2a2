// An article that counts the outlets carrying a story as independent confirmation ("With two independent outlets now
// reporting the same plan, …") got no finding, though the outlets it names took the claim from one another and the
// claim rests on one source (probe 25 item 21). The sentence is the finding's grounds, stated only where the graph
// counts fewer sources than the text claims.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { claimedIndependent } from "../../src/analyse/findings/claimedIndependence.ts";
import type { Finding } from "../../src/graph/types.ts";
import { makeCase } from "../helpers.ts";

const article = (outlet: string, published: string, body: string) => `---\noutlet: ${outlet}\npublished: ${published}\nlanguage: en\n---\n${body}\n`;

const FIRST = article("The Moor Gazette", "2026-09-01", "Brackwater's health board is preparing to shut the Fellside maternity unit by 2027, according to an internal report seen by The Moor Gazette.");
const WIRE = article("Pennine Wire", "2026-09-01T15:00:00Z", "Brackwater's health board is reportedly preparing to shut its Fellside maternity unit by 2027, as first reported by The Moor Gazette.");
const blog = (sentence: string) =>
  article("Ward Watch", "2026-09-03", `It's no longer one paper: Pennine Wire and The Moor Gazette have both reported that Brackwater will shut the Fellside maternity unit by 2027.\n\n${sentence}`);

async function claimedFindings(files: Record<string, string>): Promise<Finding[]> {
  const { graph } = await analyseCaseFolder(await makeCase(files));
  return (graph.getAttribute("findings") as Finding[]).filter((f) => f.id.includes("claimed-independence"));
}

describe("a text that counts its outlets as independent", () => {
  it("is a finding where the outlets it names rest on one report", async () => {
    const sentence = "With two independent outlets now reporting the same plan, the question is no longer whether Fellside closes but when.";
    const found = await claimedFindings({ "gazette.txt": FIRST, "wire.txt": WIRE, "watch.txt": blog(sentence) });
    expect(found).toHaveLength(1);
    expect(found[0]?.type).toBe("single_source_amplification");
    expect(found[0]?.evidence[0]?.text).toBe(sentence);
    expect(found[0]?.explanation).toContain("trace back to The Moor Gazette");
    expect(found[0]?.explanation).toContain("rests on 1 independent source");
  });

  it("control: the same outlets with no sentence counting them as independent", async () => {
    const found = await claimedFindings({ "gazette.txt": FIRST, "wire.txt": WIRE, "watch.txt": blog("The question is no longer whether Fellside closes but when.") });
    expect(found).toEqual([]);
  });

  it("control: outlets that each had the story themselves are not contradicted", async () => {
    const own = article("Pennine Wire", "2026-09-01T15:00:00Z", "Brackwater's health board is preparing to shut its Fellside maternity unit by 2027, a board member told Pennine Wire.");
    const found = await claimedFindings({ "gazette.txt": FIRST, "wire.txt": own, "watch.txt": blog("With two independent outlets now reporting the same plan, the question is no longer whether Fellside closes but when.") });
    expect(found).toEqual([]);
  });

  it("reads the count in en, de, fr and es, and not a negated one", () => {
    expect(claimedIndependent("With five independent outlets now reporting the same plan, it is settled.", "en")?.count).toBe(5);
    expect(claimedIndependent("Several independent sources have confirmed the closure.", "en")?.count).toBe(2);
    expect(claimedIndependent("No two independent outlets have confirmed it.", "en")).toBeUndefined();
    expect(claimedIndependent("Drei unabhängige Medien berichten inzwischen über den Plan.", "de")?.count).toBe(3);
    expect(claimedIndependent("Quatre médias indépendants confirment désormais le projet.", "fr")?.count).toBe(4);
    expect(claimedIndependent("Ya son tres medios independientes los que publican el plan.", "es")?.count).toBe(3);
    expect(claimedIndependent("The paper is independent of the board.", "en")).toBeUndefined();
  });
});
