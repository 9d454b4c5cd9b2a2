// A negation inside quoted words (a title, someone's words) negates only those words: "the poem “Why Do You Not
// Write”, is the post the ministry shared" does not deny that the ministry posted it. The words after the closing mark
// are the writer's. Invented texts.
import { describe, expect, it } from "vitest";
import { readStance } from "../../src/analyse/stance.ts";

const claim = (text: string, wording: string) => ({ debunk: false, negated: false, wording, statements: [{ start: 0, end: text.length, text }] });
const article = (text: string) => ({ language: "en", sentences: [{ start: 0, end: text.length, text }] });

describe("a negation inside quoted words", () => {
  it("does not deny what the sentence says outside the quotation marks", () => {
    const text = "Clara Wend's “Why Do You Not Write”, is the post the ministry shared on its page, the Courier says.";
    const reading = readStance(article(text), claim(text, "Lines from a poem by Clara Wend were shared by the ministry on its page"));
    expect(reading.stance).toBe("true");
  });

  it("still denies the claim's words inside the same quotation", () => {
    const text = "“The ministry has not shared any poem by Clara Wend on its page,” a spokesman told the Courier.";
    const reading = readStance(article(text), claim(text, "The ministry shared a poem by Clara Wend on its page"));
    expect(reading).toMatchObject({ stance: "false" });
  });
});
