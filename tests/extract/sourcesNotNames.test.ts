// Words read as sources that are none: an abstract noun and its complement ending in a source noun, a capitalised
// nationality after a body's noun, a minister's portfolio. Texts of our own.
import { describe, expect, it } from "vitest";
import { readPlain, quotedSpeaker, sourceLabels } from "./helpers.ts";

describe("sources that are no one", () => {
  it("reads no source in an abstract noun whose complement holds a source noun", () => {
    expect(sourceLabels(readPlain("El informe del puerto subraya la importancia de consultar fuentes distintas.", "es"))).toEqual([]);
  });

  it("still reads a part of a group of sources", () => {
    expect(sourceLabels(readPlain("El puerto, según una de las fuentes consultadas, sigue cerrado.", "es"))).toEqual(["anonymous:una de las fuentes"]);
  });

  it("gives a body's words to the body, not to a capitalised nationality after it", () => {
    const r = readPlain("Dans un communiqué, le gouvernement Valdorien a affirmé que le port « reste ouvert ».", "fr");
    expect(sourceLabels(r)).not.toContain("named:Valdorien");
    expect(quotedSpeaker(r)).not.toBe("Valdorien");
  });

  it("makes no body of a minister's portfolio", () => {
    const r = readPlain("Le ministre de la Pêche a affirmé que le port « reste ouvert ».", "fr");
    expect(sourceLabels(r)).not.toContain("organisation:Pêche");
    expect(quotedSpeaker(r)).not.toBe("Pêche");
  });
});
