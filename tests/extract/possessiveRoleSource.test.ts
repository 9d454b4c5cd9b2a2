// "His spokesman said …": a role or source noun after a possessive is the unnamed staff of someone the text names, a
// source of its own. The possessive was no determiner to the anonymous-source reader, so the bare noun was taken for a
// headline's word and the speaker was missed. Own invented texts.
import { describe, expect, it } from "vitest";
import { readPlain, sourceLabels } from "./helpers.ts";

describe("a possessive opening a source noun", () => {
  it.each([
    ["en", "Orla Penk denied the report. His spokesman said the plan was never approved.", "anonymous:His spokesman"],
    ["en", "Orla Penk denied the report. \"We never approved it,\" her spokeswoman told reporters.", "anonymous:her spokeswoman"],
    ["en", "Orla Penk denied the report. \"We never approved it,\" said her spokeswoman.", "anonymous:her spokeswoman"],
    ["fr", "Orla Penk a démenti. Son porte-parole a déclaré que le plan n'avait jamais été approuvé.", "anonymous:Son porte-parole"],
    ["es", "Orla Penk lo negó. Su portavoz dijo que el plan nunca fue aprobado.", "anonymous:Su portavoz"],
  ])("%s: %s", (language, text, source) => {
    expect(sourceLabels(readPlain(text, language))).toContain(source);
  });

  it.each([
    ["en", "His claims said nothing new about the harbour."],
    ["en", "The mayor said his sources were wrong."],
  ])("makes no source of a possessive before other words: %s", (language, text) => {
    expect(sourceLabels(readPlain(text, language)).filter((l) => /\b(?:his|her)\b/iu.test(l))).toEqual([]);
  });
});
