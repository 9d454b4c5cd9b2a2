// Same-day reports of one story, nothing in the dates or the copies ordering them: the papers say they reached the
// ministry "through AFP" or that it "told AFP", and one of them prints AFP's dispatch (its dateline names the agency).
// The papers report from that dispatch, so it is the article the case first prints the story in, named first — by the
// ids alone a paper would be.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";

const STORY = "The Lindmoor harbour will close to cruise ships from June, the transport ministry said on Tuesday.";
const article = (outlet: string, body: string) => `---\noutlet: ${outlet}\npublished: 2026-03-03\nlanguage: en\n---\n${body}\n`;

async function firstOrigin(files: Record<string, string>): Promise<string | undefined> {
  const { graph } = await analyseCaseFolder(await makeCase(files));
  const claims = graph.filterNodes((_, a) => a.kind === "claim" && (a as { articles: string[] }).articles.length === 3);
  expect(claims.length).toBeGreaterThan(0);
  return (graph.getNodeAttributes(claims[0]!) as { origins: string[] }).origins[0];
}

describe("the origin among same-day reports of one agency's story", () => {
  it("is the article printing the agency's dispatch, where the others credit that agency", async () => {
    const origin = await firstOrigin({
      "a-coast.txt": article("Coast Buzz", `${STORY} A ministry spokesman told AFP the decision was final.`),
      "b-ripple.txt": article("Daily Ripple", `${STORY} The ministry, reached by AFP, gave no reason.`),
      "z-digest.txt": article("Harbour Digest", `LINDMOOR (AFP) - ${STORY}`),
    });
    expect(origin).toBe("z-digest");
  });

  it("control: where no other article credits the agency, its dispatch is not put first", async () => {
    const origin = await firstOrigin({
      "a-coast.txt": article("Coast Buzz", `${STORY} A ministry spokesman said the decision was final.`),
      "b-ripple.txt": article("Daily Ripple", `${STORY} The ministry gave no reason.`),
      "z-digest.txt": article("Harbour Digest", `LINDMOOR (AFP) - ${STORY}`),
    });
    expect(origin).not.toBe("z-digest");
  });
});
