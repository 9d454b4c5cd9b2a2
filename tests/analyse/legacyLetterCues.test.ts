/**
 * Many Romanian pages still print s and t with a cedilla (ş ţ) for the comma-below letters (ș ț), and Persian is often
 * typed with the Arabic kaf and yeh (ك ي): a reader sees one letter (core/legacyLetters.ts LETTER_VARIANTS). The stance cues
 * are written in the standard letters, so a page printed the other way lost every cue with such a letter: "informaţia
 * falsă potrivit căreia P" opened no clause, "a dezminţit" denied nothing. Invented texts.
 */
import { describe, expect, it } from "vitest";
import { readPropositions } from "../../src/analyse/claims/propositions.ts";
import { debunkCues } from "../../src/analyse/stance.ts";
import { acceptingLegacyLetters } from "../../src/core/legacyLetters.ts";

describe("cues printed with the legacy letters", () => {
  it.each([
    ["ro", "Prefectura a dezminţit ştirea despre podul de la Valea Mare.", "a dezminţit"],
    ["fa", "وزارت این خبر را تكذيب کرد.", "تكذيب"],
  ])("%s: finds the cue in %s", (language, text, cue) => {
    expect(debunkCues(text, language).map((c) => c.text)).toContain(cue);
  });

  it("opens the story's clause after a claim noun printed with a cedilla", () => {
    expect(readPropositions("Circulă informaţia falsă potrivit căreia podul de la Valea Mare s-a prăbuşit.", "ro").map((p) => p.span.text)).toEqual(["podul de la Valea Mare s-a prăbuşit"]);
  });

  it("widens a letter outside a class, and adds the legacy form inside one", () => {
    expect(acceptingLegacyLetters("știr(?:e|i)")).toBe("[șş]tir(?:e|i)");
    expect(acceptingLegacyLetters("[țs]ara")).toBe("[țţs]ara");
    expect(acceptingLegacyLetters("\\p{L}+ă")).toBe("\\p{L}+ă");
  });
});
