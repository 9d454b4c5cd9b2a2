/**
 * A claim noun whose sentence says it goes around ("The news that P has hit the headlines", "Reports that P are
 * circulating") was drawn whole: the claim node said that the news spread, and an article that denies P after such a
 * sentence presented that as true. The verb of going around (StanceWords.circulation) ends the noun's clause: the claim
 * is P, told as reported. Invented texts.
 */
import { describe, expect, it } from "vitest";
import { readPropositions } from "../../../src/analyse/claims/propositions.ts";
import { storyClause } from "../../../src/analyse/claims/storyClause.ts";
import type { ClaimGroup } from "../../../src/analyse/claims/types.ts";

describe("a claim noun said to go around", () => {
  it.each([
    ["The news that Norland is privatising its rural post offices has recently hit the headlines abroad.", "Norland is privatising its rural post offices"],
    ["Reports that the Orrin dam will be drained in May are circulating on local forums.", "the Orrin dam will be drained in May"],
    ["The news that Norland has privatised its rural post offices has been an issue in the foreign press.", "Norland has privatised its rural post offices"],
  ])("%s", (sentence, clause) => {
    expect(readPropositions(sentence, "en").map((p) => [p.span.text, p.relayed])).toEqual([[clause, true]]);
  });

  it("keeps a clause with no verb of going around whole", () => {
    expect(readPropositions("The news that Norland is privatising its rural post offices surprised its unions.", "en").map((p) => p.relayed)).toEqual([undefined]);
  });
});

describe("a claim group worded as news said to go around", () => {
  it("is the news's clause", () => {
    const statements = [
      { article: "a", text: "The news that Norland is privatising its rural post offices has recently hit the headlines abroad." },
      { article: "b", text: "The news that Norland has privatised its rural post offices has been an issue in the foreign press." },
    ];
    const g: ClaimGroup = {
      key: "claim:g",
      text: statements[0]!.text,
      label: statements[0]!.text,
      statements: statements.map((s) => ({ article: s.article, span: { start: 0, end: s.text.length, text: s.text } })),
      articles: ["a", "b"],
      main: true,
    };
    expect(storyClause(g, () => "en", new Set()).text).toBe("Norland is privatising its rural post offices");
  });
});
