/**
 * What a recording or a post going around says ("The audio states in a voice said to be the mayor's that …") is the
 * recording's content, passed on by the article, not a fact it tells on its own word: with the article calling the
 * recording fake further on, the statement is reported false; with no verdict, it is only mentioned (invented texts).
 */
import { describe, expect, it } from "vitest";
import { readingAt } from "./stanceHelpers.ts";

const read = (sentences: string[], at: number) => readingAt("en", sentences, at);

describe("a statement told as what a recording says", () => {
  it("is reported false where the article calls the recording fake further on", () => {
    const sentences = [
      "Harbour master Lina Prost has dismissed a voice note doing the rounds among fishermen.",
      "The 3.10 minutes audio states in a voice said to be Prost's that the port of Quillon will close for a month.",
      "Fishermen in three villages shared it on Sunday.",
      "The harbour office later said the recording was fake.",
    ];
    expect(read(sentences, 1)).toMatchObject({ stance: "false", rule: "stance.relayed_debunked" });
  });

  it("is only mentioned where nothing judges it", () => {
    const sentences = ["Fishermen met at the quay on Monday.", "The clip says that the port of Quillon will close for a month.", "The port office has not answered our questions."];
    expect(read(sentences, 1)).toMatchObject({ stance: "mentions", rule: "stance.relayed" });
  });

  it("leaves a statement the article tells on its own word, beside a post office, presented as true", () => {
    const sentences = ["The post office says it will close on Friday.", "The port of Quillon will close for a month from June.", "The council voted for it on Monday."];
    expect(read(sentences, 1).stance).toBe("true");
  });
});
