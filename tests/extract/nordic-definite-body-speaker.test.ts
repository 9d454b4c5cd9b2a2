// Norwegian, Swedish and Danish write a noun's definite article as its ending: "sier politiet" is "says the police", a
// public body speaking, named by that one word, also when a preposition follows ("skriver polisen i ett
// pressmeddelande"). Own invented texts.
import { describe, expect, it } from "vitest";
import { quotedSpeaker, readPlain, sourceLabels } from "./helpers.ts";

describe("a definite body after the speech verb", () => {
  it("speaks a Norwegian dash quotation", () => {
    const reading = readPlain("Skolen i Lindvik holdes stengt.\n\n– Vi har ikke funnet tegn til fare for elevene, skriver politiet i en pressemelding.", "no");
    expect(quotedSpeaker(reading)).toBe("politiet");
    expect(sourceLabels(reading)).toEqual(["organisation:politiet"]);
  });

  it("speaks a Swedish quotation in marks", () => {
    const reading = readPlain("Skolan i Norrby hålls stängd.\n\n”Vi har inte hittat några tecken på fara”, säger polisen i Norrby.", "sv");
    expect(quotedSpeaker(reading)).toBe("polisen");
  });

  it("an English bare body before a preposition speaks too", () => {
    const reading = readPlain("The school in Lindfield stays shut.\n\n\"We found no sign of danger to pupils,\" said police in a statement.", "en");
    expect(quotedSpeaker(reading)).toBe("police");
  });
});
