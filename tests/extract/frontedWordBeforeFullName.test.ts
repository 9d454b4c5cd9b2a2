// Estonian and Latvian let a time and a place open a sentence and the subject follow its speech verb: "Teisipäeval
// Tallinnas ütles minister Jaan Kask …" (on Tuesday in Tallinn said minister J. K.). The place right before the verb was
// read as a person named "Tallinnas". One capitalised word there yields to a full name after the verb; a full name
// before the verb still speaks. Own invented texts.
import { describe, expect, it } from "vitest";
import { readPlain, sourceLabels } from "./helpers.ts";

describe("a fronted word before a speech verb, a full name after it", () => {
  it.each([
    ["et", "Teisipäeval Tallinnas ütles minister Jaan Kask, et sadam suletakse.", "named:Jaan Kask"],
    ["lv", "Otrdien Rīgā sacīja ministrs Jānis Ozols, ka osta tiks slēgta.", "named:Jānis Ozols"],
  ])("%s: the name after the verb speaks, not the place before it", (language, text, speaker) => {
    expect(sourceLabels(readPlain(text, language))).toEqual([speaker]);
  });

  it("keeps a full name before the verb", () => {
    expect(sourceLabels(readPlain("Maria Tamm ütles teisipäeval, et sadam suletakse kuuks ajaks.", "et"))).toEqual(["named:Maria Tamm"]);
  });
});
