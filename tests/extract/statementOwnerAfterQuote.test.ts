// A quotation that ends its sentence, then a sentence opening on a statement's noun and its owner ("The complete statement
// by Senator X can be read here."): the owner speaks the quotation; "from" (as often where a letter came from) and a
// single capitalised word (as often a place) name no one (session 39). Invented.
import { describe, expect, it } from "vitest";
import { quotedSpeaker, readPlain, sourceLabels } from "./helpers.ts";

const QUOTE = "“Though I do not agree with the council on every point, I feel that this bridge is the only choice for a town that wants to grow.”";

describe("a statement's owner after the quotation", () => {
  it("the owner named after the noun speaks", () => {
    const r = readPlain(`The news spread fast.\n\n${QUOTE} The complete statement by Senator Idris Vantel as published by the Marrow Ledger can be read here.`, "en");
    expect(quotedSpeaker(r)).toBe("Idris Vantel");
  });

  it("a name with a verb of its own after it is still the owner", () => {
    expect(quotedSpeaker(readPlain(`The news spread fast.\n\n${QUOTE} The full statement of Ilse Marrow can be read here.`, "en"))).toBe("Ilse Marrow");
  });

  it("where a letter came from is no speaker", () => {
    for (const place of ["Tessby", "New Tessby"]) {
      const r = readPlain(`The news spread fast.\n\n${QUOTE} The letter from ${place} arrived late.`, "en");
      expect(quotedSpeaker(r)).toBeUndefined();
      expect(sourceLabels(r)).toEqual([]);
    }
  });
});
