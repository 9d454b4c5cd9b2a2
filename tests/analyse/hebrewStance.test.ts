// Hebrew stance words on sentences of our own: the debunk words a denial uses ("פייק ניוז", "אינו נכון", "הכחישה"),
// read with the letters Hebrew writes onto words ("והכחישה"), and negations read as whole words only ("לא" is also the
// first letters of "לאומי", national).
import { describe, expect, it } from "vitest";
import { debunkCues, negationCues } from "../../src/analyse/stance.ts";

describe("Hebrew stance words", () => {
  it.each([
    ["ראש העיר אמר כי הסיפור על קריסת הגשר הוא פייק ניוז.", "פייק ניוז"],
    ["העירייה בדקה והכחישה את הדיווח על סגירת הגשר.", "הכחישה"],
    ["לדברי המהנדס, הדיווח על קריסת הגשר אינו נכון.", "אינו נכון"],
  ])("reads a debunk in: %s", (sentence, cue) => {
    expect(debunkCues(sentence, "he").map((h) => h.text)).toContain(cue);
  });

  it("reads a negation as a whole word, never the same letters inside another word", () => {
    expect(negationCues("ראש העיר לא התפטר.", "he").map((h) => h.text.trim())).toEqual(["לא"]);
    expect(negationCues("המוזיאון הלאומי נפתח מחדש בשבוע שעבר.", "he")).toEqual([]);
  });
});
