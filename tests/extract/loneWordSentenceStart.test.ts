// A common word that opens a sentence before a speech verb ("Total katanya …": the total, he said; "Semua katanya …")
// was read as a person of that name, in languages where no lexicon tells a given name from a common word. One word
// written with a capital only where a sentence opens now names nobody; a person the article names elsewhere (in full, or
// inside a sentence) is still read. Own invented sentences and names.
import { describe, expect, it } from "vitest";
import { readPlain, sourceLabels } from "./helpers.ts";

describe("one capitalised word opening a sentence", () => {
  it.each([
    ["id", "Relawan melaporkan hoaks soal truk beras. Total katanya kalau satu truk berisi sepuluh juta karung."],
    ["id", "Semua katanya sudah dicoblos sejak pagi."],
  ])("%s: %j names no person", (language, text) => {
    expect(sourceLabels(readPlain(text, language))).toEqual([]);
  });

  it.each([
    ["id", "Budi Harsono datang pagi. Budi katanya sudah pulang.", "named:Budi Harsono"],
    ["id", "Kemarin warga bertemu Budi di pasar. Budi katanya sudah pulang.", "named:Budi"],
  ])("%s: %j still names %s", (language, text, label) => {
    expect(sourceLabels(readPlain(text, language))).toContain(label);
  });
});
