// Hungarian credits in the present tense ("– írja a X", "a X azt írja, hogy"), the form Hungarian news uses most, on
// sentences of our own (invented outlets and people): the outlet is cited; a person who writes stays a person.
import { describe, expect, it } from "vitest";
import { hu } from "../../../src/extract/frames/hu.ts";
import { readPlain } from "../helpers.ts";
import { names } from "./helpers.ts";

describe("Hungarian present-tense credits", () => {
  it.each([
    ["A hidat lezárják – írja a Déli Hírlap.", "Déli Hírlap"],
    ["A kikötő bezár – jelenti a Reggeli Hírlap.", "Reggeli Hírlap"],
    ["A Déli Hírlap most azt írja, hogy a hidat lezárják.", "Déli Hírlap"],
    ["A Reggeli Hírlap azt jelentette, hogy a kikötő bezár.", "Reggeli Hírlap"],
  ])("%s → %s", (text, name) => expect(names(hu, text)).toContain(name));

  it("cites the outlet of an 'azt írja, hogy' clause in a whole reading", () => {
    const reading = readPlain("A Déli Hírlap hírportál azt írja, hogy a hidat lezárják.", "hu");
    expect(reading.attributions.map((a) => a.outletName)).toContain("Déli Hírlap");
  });

  it("reads no outlet in a person's 'azt írta, hogy'", () => {
    const reading = readPlain("Kovács Anna azt írta, hogy a hidat lezárják.", "hu");
    expect(reading.attributions).toEqual([]);
  });
});
