// A quotation opened in one style of marks and closed in another (web copy: a straight opener and a curly closer, a
// low opener and a straight closer) ends at that closer: the attribution after it is no quoted words, and the next
// quotation keeps its own marks. Nested quotations in either style still balance. Invented texts.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { findQuotes } from "../../src/extract/quotes.ts";
import { paragraphSpans, quotedSpeaker, readText } from "./helpers.ts";

const registry = createOutletRegistry([]);
const quoted = (body: string) => findQuotes(body, paragraphSpans(body)).map((q) => q.parts.map((p) => body.slice(p.start, p.end)).join(" "));

describe("quotation marks of two styles", () => {
  it.each([
    ['"Ще дойдеш ли утре?“ – попитала я Вела Димова.', ["Ще дойдеш ли утре?"]],
    ['"Ще дойдеш ли утре?“ – попитала я Вела Димова. Тя отговорила "да" веднага.', ["Ще дойдеш ли утре?", "да"]],
    ['"Kommst du morgen?“ fragte Anna Berg, dann sagte sie "gut".', ["Kommst du morgen?", "gut"]],
    ['"The ferry runs again,” said Tom Vale. "Every hour."', ["The ferry runs again,", "Every hour."]],
    ['„Kommst du morgen?" fragte Anna Berg. Er sagte „ja“.', ["Kommst du morgen?", "ja"]],
    ["‚Kommst du morgen?' fragte Anna Berg.", ["Kommst du morgen?"]],
  ])("%s", (body, words) => {
    expect(quoted(body)).toEqual(words);
  });

  it("gives the quotation its speaker instead of reading the attribution as quoted words", () => {
    expect(quotedSpeaker(readText('"Ще дойдеш ли утре?“, каза Вела Димова.', registry, { outlet: "Марово днес", language: "bg" }))).toBe("Вела Димова");
  });

  it.each([
    ['"He called it “fake” twice," said Tom Vale.', ["He called it “fake” twice,"]],
    ['"Er sagte „Nein“ und ging", sagte Anna Berg.', ["Er sagte „Nein“ und ging"]],
    ['„Казаха ми: "Жива ли си?"“, каза Вела Димова.', ['Казаха ми: "Жива ли си?"']],
    ["«Il a dit \"non\" deux fois», a déclaré Paul Morel.", ['Il a dit "non" deux fois']],
  ])("keeps a nested quotation of the other style inside (control): %s", (body, words) => {
    expect(quoted(body)).toEqual(words);
  });
});
