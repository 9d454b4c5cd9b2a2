// A document called fake or forged names an issuer who was impersonated: that issuer said nothing, so it is neither a
// speaker nor a cited source of the document's words (forgedIssuer.ts). Texts of our own; the unforged controls keep theirs.
import { describe, expect, it } from "vitest";
import { readPlain, sourceLabels } from "./helpers.ts";

describe("the issuer of a forged document is no speaker", () => {
  it.each([
    ["en", "A fake statement from the Quarry Board said the lake would be drained by June.", []],
    ["en", "A forged press release from Tindle Bank which said the bank would close was shared widely.", []],
    ["en", "A letter purporting to be from the Quarry Board said the lake would be drained.", []],
    ["en", "A bogus notice signed by Mayor Oren Vasko said the lake would be drained.", []],
    ["fr", "Un faux communiqué de Banque Tindle a affirmé que les agences fermeraient.", []],
    ["de", "Eine gefälschte Mitteilung der Tindle Bank erklärte, die Filialen würden geschlossen.", []],
    // Controls: the same documents, not called forged, are their issuers' words.
    ["en", "A statement from the Quarry Board said the lake would be drained by June.", ["organisation:Quarry Board"]],
    ["de", "Eine Mitteilung der Tindle Bank erklärte, die Filialen würden geschlossen.", ["organisation:Tindle Bank"]],
  ])("%s: %s", (language, body, expected) => {
    expect(sourceLabels(readPlain(body, language))).toEqual(expected);
  });
});
