// Estonian and Latvian let a time and a place open a sentence and the subject follow its speech verb. A personal
// pronoun there ("Teisipäeval Pärnus ütles ta", on Tuesday in Pärnu said he) is the subject: the place before the
// verb was read as a person. Own invented texts.
import { describe, expect, it } from "vitest";
import { readPlain, sourceLabels } from "./helpers.ts";

describe("a pronoun after the verb of a sentence a place and a time open", () => {
  it.each([
    ["et", "Teisipäeval Pärnus ütles ta, et sadam suletakse."],
    ["lv", "Otrdien Liepājā sacīja viņš, ka osta tiks slēgta."],
  ])("%s: with no one named before, no one speaks (the place is no person)", (language, text) => {
    expect(sourceLabels(readPlain(text, language))).toEqual([]);
  });

  it("stands for the person named before it", () => {
    const reading = readPlain("Mart Kõiv ütles, et plaan on valmis. Teisipäeval Pärnus ütles ta, et tööd algavad.", "et");
    expect(sourceLabels(reading)).toEqual(["named:Mart Kõiv"]);
    expect(reading.sources[0]?.mentions.map((m) => m.text)).toContain("ta");
  });
});
