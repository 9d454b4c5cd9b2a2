/**
 * A verdict a sentence credits to its speaker in a closing tag ("Claims that P are false, the harbour master has said.")
 * is that speaker's answer to the claims, and does not reach the speaker's own words told after it ("The harbour master
 * said every crossing was logged, “without a single exception”"): those the article gives as the speaker's account, not as what it calls false.
 * Before, only a speaker named before the cue was read ("The harbour master said claims that P were false"), and the
 * debunker's own account was read "false" by the article's lead. Invented texts.
 */
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle as article, makeCase } from "../helpers.ts";

/** The stance each article takes toward the claim whose text holds `words`, by article. */
async function stancesOn(files: Record<string, string>, words: string): Promise<Record<string, string | undefined>> {
  const { graph } = await analyseCaseFolder(await makeCase(files));
  const claim = graph.filterNodes((_, a) => a.kind === "claim" && String((a as { text?: string }).text ?? "").includes(words))[0];
  expect(claim, graph.filterNodes((_, a) => a.kind === "claim").join(" | ")).toBeDefined();
  return Object.fromEntries(graph.mapInEdges(claim!, (_, a, source) => [source, (a as { stance?: string }).stance]));
}

describe("a verdict credited to its speaker in a closing tag", () => {
  const account = "Ms Quill said every crossing of the Tolvik ferry since March was logged and inspected by harbour staff, “without a single exception”.";
  it("does not reach the speaker's own account told after it", async () => {
    const stances = await stancesOn(
      {
        "a.txt": article("en", "Tolvik Herald", "2026-05-02", "Harbour master answers councillors", `Claims by two councillors that the Tolvik ferry carried cargo without papers are entirely false, harbour master Ada Quill has said.\n\nThe councillors raised the matter at a meeting on Tuesday.\n\n${account}`),
        "b.txt": article("en", "Coast Weekly", "2026-05-03", "Ferry checks", `Harbour master Ada Quill spoke to reporters on Wednesday about the ferry.\n\n${account}\n\nThe ferry runs twice a day in summer.`),
      },
      "logged and inspected",
    );
    expect(stances).toEqual({ a: "true", b: "true" });
  });
});
