// "The group has alleged …", "The party said …": a definite article and an organisation word alone were read as a body
// of their own, the source "group" or "party" beside the body the article had named. They refer back to the body named
// with that noun before ("the Harbour Parents group", "the Green Dawn Party"); with none so named, the noun is an
// unnamed body of its kind, as it was. Own invented texts.
import { describe, expect, it } from "vitest";
import { quotedSpeaker, readPlain, sourceLabels } from "./helpers.ts";

const read = (body: string) => readPlain(body, "en");

describe("a definite organisation noun refers back to the body named with it", () => {
  it.each([
    ['The Harbour Parents For Fair Rents group held a protest on Monday.\n\nThe group has alleged that the police "lied to the families".', "Harbour Parents For Fair Rents group"],
    ['The Green Dawn Party won four seats on Sunday.\n\nThe party said "the count proves us right".', "Green Dawn Party"],
    ['The Harbour Trust said on Monday that the ferry "will run every day".\n\nThe trust said "we are ready for the summer".', "Harbour Trust"],
  ])("%j is the named body's", (body, name) => {
    const r = read(body);
    expect(sourceLabels(r)).toEqual([`organisation:${name}`]);
    expect(quotedSpeaker(r)).toBe(name);
  });

  // With no body so named, the noun is an unnamed body of its kind, as before: "the council confirmed" in a local story
  // is the council (tests/analyse/confirmedOnly.test.ts), and no second body stands beside a named one.
  it("reads the noun as an unnamed body of its kind where the article named none with it", () => {
    expect(sourceLabels(read('The council said the ferry "will run every day".'))).toEqual(["organisation:council"]);
  });

  it("leaves a described body and a body noun that stands alone as they were", () => {
    expect(sourceLabels(read('The port authority said the ferry "will run every day".'))).toEqual(["organisation:port authority"]);
    expect(sourceLabels(read('The police said the ferry "will run every day".'))).toEqual(["organisation:police"]);
  });
});
