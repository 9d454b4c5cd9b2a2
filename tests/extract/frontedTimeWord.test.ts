// A time word opening a sentence ("Eile Kask ütles", yesterday K. said; "Vakar …", lv, lt) was read as the first word
// of the speaker's name. Own invented texts.
import { describe, expect, it } from "vitest";
import { readPlain, sourceLabels } from "./helpers.ts";

describe("a time word opening the sentence is no part of the speaker's name", () => {
  it.each([
    ["et", "Eile Kõiv ütles, et sadam suletakse.", "named:Kõiv"],
    ["et", "Täna Mart Kõiv ütles, et sadam suletakse.", "named:Mart Kõiv"],
    ["lv", "Vakar Kalniņš sacīja, ka osta tiks slēgta.", "named:Kalniņš"],
    ["lt", "Vakar Petrauskas sakė, kad uostas bus uždarytas.", "named:Petrauskas"],
  ])("%s: %s", (language, text, speaker) => {
    expect(sourceLabels(readPlain(text, language))).toEqual([speaker]);
  });
});
