// An inverted speaker written as a role of a capitalised body, a comma and the person's name ("ha detto la presidente
// della Regione, Marta Velli") is that person: the role's body ("della Regione") once made the whole role an
// organisation, "presidente della Regione", and lost the name. Own invented texts.
import { describe, expect, it } from "vitest";
import { quotedSpeaker, readPlain, sourceLabels } from "./helpers.ts";

describe("a role of a body, then the name, after the verb", () => {
  it.each([
    ["it", "«Il ponte non è mai stato chiuso». Lo ha detto la presidente della Regione, Marta Velli."],
    ["it", "«Il ponte non è mai stato chiuso», ha detto la presidente della Regione, Marta Velli."],
    ["it", "«Il ponte non è mai stato chiuso». Lo ha scritto sulla sua pagina Quillbook la presidente della Regione, Marta Velli."],
  ])("is the person (%s): %s", (language, body) => {
    const reading = readPlain(body, language);
    expect(quotedSpeaker(reading)).toBe("Marta Velli");
    expect(sourceLabels(reading).filter((l) => l.startsWith("organisation:"))).toEqual([]);
  });

  it("still reads a body after the verb", () => {
    expect(quotedSpeaker(readPlain("«Il ponte non è mai stato chiuso», ha detto la Regione.", "it"))).toBe("Regione");
  });
});

describe("a role of a body, a comma, then a name a relative clause follows", () => {
  it("is the person", () => {
    const body = "«Il ponte non è mai stato chiuso». Lo scrive la presidente della Regione, Marta Velli che poi ha lasciato il molo.";
    expect(quotedSpeaker(readPlain(body, "it"))).toBe("Marta Velli");
  });
});
