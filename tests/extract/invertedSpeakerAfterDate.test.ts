// An inverted speaker after a date with the day's number ("a précisé le 6 janvier Pascal Morel"): the date says when the
// words were said and is no part of who said them; the speaker was lost. Sentences of our own (invented people).
import { describe, expect, it } from "vitest";
import { quotedSpeaker, readPlain } from "./helpers.ts";

describe("an inverted speaker after a dated verb", () => {
  it.each([
    ["fr", "« Le port restera fermé tout l’hiver », a précisé le 6 janvier Pascal Morel, ministre des Transports."],
    ["es", "«El puerto seguirá cerrado todo el invierno», dijo el 3 de mayo Pascal Morel."],
  ])("%s: %s", (language, text) => {
    expect(quotedSpeaker(readPlain(text, language))).toBe("Pascal Morel");
  });

  it("keeps a role noun after the verb where no date stands", () => {
    const reading = readPlain("« Le port restera fermé tout l’hiver », a déclaré le ministre Pascal Morel.", "fr");
    expect(quotedSpeaker(reading)).toBe("Pascal Morel");
    expect(reading.sources.find((s) => s.name === "Pascal Morel")?.role).toMatch(/ministre/u);
  });
});
