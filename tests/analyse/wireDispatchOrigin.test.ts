// Same-day reports of one story, nothing in the dates or the copies ordering them: a paper says the ministry "told AFP",
// and one article prints AFP's dispatch (its dateline names the agency). The papers report from that dispatch, so it is
// the article the case first prints the story in (or first reports it false in), named first — by the ids alone a paper
// would be.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";

const STORY = "The Lindmoor harbour will close to cruise ships from June, the transport ministry said on Tuesday.";
const article = (outlet: string, body: string, published = "2026-03-03") => `---\noutlet: ${outlet}\npublished: ${published}\nlanguage: en\n---\n${body}\n`;

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

  it("is where the case first reports a story false, where same-day debunks credit the agency whose dispatch one prints", async () => {
    const RUMOUR = "The Lindmoor harbour will close to cruise ships from June.";
    const DENIAL = "The transport ministry said the report that the Lindmoor harbour will close to cruise ships from June is false.";
    const { graph } = await analyseCaseFolder(
      await makeCase({
        "a-blog.txt": article("Pier Gossip", `${RUMOUR} Everyone in town is talking about it.`, "2026-03-02"),
        "a-chat.txt": article("Quay Chatter", `${RUMOUR} The mayor will announce it soon.`, "2026-03-02"),
        "b-coast.txt": article("Coast Buzz", `${DENIAL} A ministry spokesman told AFP the decision was never taken.`),
        "c-ripple.txt": article("Daily Ripple", `${DENIAL} A ministry spokeswoman told AFP the rumour was a hoax.`),
        "z-digest.txt": article("Harbour Digest", `LINDMOOR (AFP) - ${DENIAL}`),
      }),
    );
    const debunks = graph.filterNodes((_, a) => a.kind === "claim" && (a as { debunks?: string }).debunks !== undefined);
    expect(debunks.length).toBeGreaterThan(0);
    expect((graph.getNodeAttributes(debunks[0]!) as { origins: string[] }).origins[0]).toBe("z-digest");
  });
});
