// Dutch and the Scandinavian languages write an inverted tag with a bare role noun before the name and where the person
// works after it ("zegt producent X van Y", "sier pressesjef X i Y til Z"), and a name's appositive role without an
// article and without its closing comma ("X, wethouder van de gemeente Y zegt"): the person is the speaker, never the
// body they work for, and never the speaker of the paragraph before (session 34). Invented.
import { describe, expect, it } from "vitest";
import { quotedSpeaker, readPlain } from "./helpers.ts";

/** Who speaks each quotation of a reading, in order ("-" for no one). */
function speakers(text: string, lang: string): string[] {
  const r = readPlain(text, lang);
  const name = (key: string | undefined) => r.sources.find((s) => s.key === key)?.name ?? "-";
  return r.quotations.filter((q) => q.kind === "quotation").map((q) => name(q.speaker));
}

describe("a bare role before the name and the speaker's workplace after it", () => {
  it.each([
    ["nl", '"Het gemaal draait weer", zegt producent Femke Jansen van Studio Noord.', "Femke Jansen"],
    ["nl", '"Het gemaal draait weer", zegt producent Femke Jansen van 4Kanaal vanochtend tegen de krant.', "Femke Jansen"],
    ["nl", '"Het gemaal draait weer", zegt directeur Bram Mulder van Waterschap Oostkust.', "Bram Mulder"],
    ["no", "«Fergen går igjen i morgen», sier pressekontakt Solveig Brekke i Fergeselskapet til avisen.", "Solveig Brekke"],
    ["sv", "”Färjan går igen i morgon”, säger presskontakt Maja Lindqvist på Hamnverket till tidningen.", "Maja Lindqvist"],
    ["da", "»Færgen sejler igen i morgen«, siger projektleder Mette Holm i kommunen til avisen.", "Mette Holm"],
  ])("%s: %s", (lang, text, speaker) => {
    expect(quotedSpeaker(readPlain(text, lang))).toBe(speaker);
  });

  it("Dutch: a failed tag never lends the quotation the speaker of the paragraph before", () => {
    const text = '"Het water zakt", zegt Pieter Hendriks.\n\n"Het gemaal draait weer", zegt producent Femke Jansen van Studio Noord.';
    expect(speakers(text, "nl")).toEqual(["Pieter Hendriks", "Femke Jansen"]);
  });

  it("Dutch: a surname's own particle stays in the name", () => {
    expect(quotedSpeaker(readPlain('"Het gemaal draait weer", zegt wethouder Anouk van Leeuwen.', "nl"))).toBe("Anouk van Leeuwen");
  });
});

describe("a bare role noun after a name, its closing comma left out", () => {
  it("Dutch: the name speaks, not the place the role is of", () => {
    const text = 'Lotte Vermeer, wethouder van de gemeente Oosthaven zegt in een reactie: "We kijken opnieuw naar het plan."';
    expect(quotedSpeaker(readPlain(text, "nl"))).toBe("Lotte Vermeer");
  });
});
