// An inverted speaker after a date with the day's number ("a précisé le 6 janvier Didier Morel"): the date says when the
// words were said and is no part of who said them; the speaker was lost. Sentences of our own (invented people).
import { describe, expect, it } from "vitest";
import { quotedSpeaker, readPlain } from "./helpers.ts";

describe("an inverted speaker after a dated verb", () => {
  it.each([
    ["fr", "« Le port restera fermé tout l’hiver », a précisé le 6 janvier Didier Morel, ministre des Transports."],
    ["es", "«El puerto seguirá cerrado todo el invierno», dijo el 3 de mayo Didier Morel."],
  ])("%s: %s", (language, text) => {
    expect(quotedSpeaker(readPlain(text, language))).toBe("Didier Morel");
  });

  it("keeps a role noun after the verb where no date stands", () => {
    const reading = readPlain("« Le port restera fermé tout l’hiver », a déclaré le ministre Didier Morel.", "fr");
    expect(quotedSpeaker(reading)).toBe("Didier Morel");
    expect(reading.sources.find((s) => s.name === "Didier Morel")?.role).toMatch(/ministre/u);
  });
});
