// The Urdu full stop "۔" ends a sentence even glued to the next one, whichever branch reads the paragraph (end
// punctuation, or compromise for the languages it tags). Invented sentences.
import { describe, expect, it } from "vitest";
import { analyseSentences } from "../../src/extract/sentences.ts";

const sentencesOf = (body: string, language: string) => analyseSentences(body, [{ start: 0, end: body.length }], language).sentences.map((s) => s.text);

describe("Urdu full stop", () => {
  it.each(["ur", "en"])("starts a sentence right after it (%s)", (language) => {
    expect(sentencesOf("نیا پل کھل گیا ہے۔شہر کی میئر نے کہا کہ کام مکمل ہے۔", language)).toEqual(["نیا پل کھل گیا ہے۔", "شہر کی میئر نے کہا کہ کام مکمل ہے۔"]);
  });
  it.each(["ur", "en"])("ends the paragraph without a new sentence after it (%s)", (language) => {
    expect(sentencesOf("نیا پل کھل گیا ہے۔", language)).toEqual(["نیا پل کھل گیا ہے۔"]);
  });
});
