/**
 * Words that call a quotation only supposed ("her supposed quotation", "ihr vermeintliches Zitat") deny that quoted words
 * were said; a denial the writer tells in their own words beside them ("a sentence the mayor never said") is the record
 * set straight, not a quotation they deny (invented texts and names).
 */
import { describe, expect, it } from "vitest";
import { readStance } from "../../src/analyse/stance.ts";
import { stanceArticle } from "./stanceArticle.ts";

function article(sentences: string[], language: string) {
  return stanceArticle(sentences, { language });
}

describe("a supposed quotation beside a denial told in the writer's words", () => {
  it.each([
    ["en", ["A post shows the mayor beside the statement she supposedly released on the harbour.", "It is a statement the mayor of Wexby in truth never released."]],
    ["de", ["Auf dem Foto steht neben der Bürgermeisterin ihr vermeintliches Zitat über den Hafen.", "Einen Satz, den die Bürgermeisterin von Wexby in Wahrheit nie gesagt hat."]],
  ])("%s: does not deny the denial", (language, sentences) => {
    const a = article(sentences as string[], language as string);
    const reading = readStance(a, { debunk: false, negated: true, statements: [a.spans[1] as never], wording: a.spans[1]?.text });
    expect(reading.rule).not.toBe("stance.misattributed");
    expect(reading.stance).not.toBe("false");
  });

  it("still denies the quoted words, and the content of the quotation where only the statement negates it", () => {
    const told = article(["A post shows the mayor beside the statement she supposedly released on the harbour.", "That the harbour will be sold, the mayor of Wexby in truth never said."], "en");
    expect(readStance(told, { debunk: false, negated: true, statements: [told.spans[1] as never], wording: "That the harbour will be sold" })).toMatchObject({ stance: "false", rule: "stance.misattributed" });
    const a = article(["A post shows the mayor beside the statement she supposedly released on the harbour.", "“We will never sell the harbour,” the post quotes her."], "en");
    expect(readStance(a, { debunk: false, negated: true, statements: [a.spans[1] as never] })).toMatchObject({ stance: "false", rule: "stance.misattributed" });
  });
});
