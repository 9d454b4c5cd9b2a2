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

// Session 47: the body may be introduced with its noun before its name ("the research group Harbour Watch Collective"),
// and a noun that stands for any body ("the agency", "the department", "the organisation": `anyBodyNouns`) refers back
// to the one body the article named before, whatever noun its name holds. Read as a body of its own ("agency"), each was
// a speaker the article never named and missed the body that spoke. Own invented texts.
describe("a definite body noun refers back to the body introduced with it or to the only body named", () => {
  it.each([
    ['The research group Harbour Watch Collective says the photo is old.\n\nThe group said "two more photos were edited".', "Harbour Watch Collective"],
    ['German railway company Nordbahn struck back on Monday.\n\nThe railway company said "the night train left on time".', "Nordbahn"],
    ['Rumours of a new port were refuted by the Velmar Ministry of Transport.\n\nThe agency said "no agreement was ever signed".', "Velmar Ministry of Transport"],
    ['The Velmar Ministry of Transport denied the reports.\n\n"The idea is false," the department noted.', "Velmar Ministry of Transport"],
  ])("%j is the named body's", (body, name) => {
    const r = read(body);
    expect(r.sources.map((s) => s.name)).toEqual([name]);
    expect(quotedSpeaker(r)).toBe(name);
  });

  it.each(["agency", "department", "organisation", "organization", "institution"])("refers 'the %s' to the only body named before", (noun) => {
    const r = read(`Rumours of a new port were refuted by the Velmar Ministry of Transport.\n\nThe ${noun} said "no agreement was ever signed".`);
    expect(quotedSpeaker(r)).toBe("Velmar Ministry of Transport");
  });

  it("reads 'according to the group' as the body the article introduced with the noun", () => {
    const r = read("The OSINT group Harbour Watch Collective studied the photos.\n\nAccording to the group, two more photos were edited.");
    expect(r.sources.map((s) => s.name)).toEqual(["Harbour Watch Collective"]);
  });

  it("refers a noun of any body to nobody where the article named two bodies", () => {
    const r = read('The Velmar Ministry of Transport and the Harbour Pilots Association met on Monday.\n\nThe agency said "no agreement was ever signed".');
    expect(sourceLabels(r)).toEqual(["organisation:agency"]);
  });

  it("never takes a person introduced after the noun for the body", () => {
    const r = read('The party Secretary Ann Roe spoke first.\n\nThe party said "the count proves us right".');
    expect(sourceLabels(r)).not.toContain("organisation:Secretary Ann Roe");
    expect(quotedSpeaker(r)).not.toBe("Secretary Ann Roe");
  });
});

// A day or a month after the noun is when the body acted, not its name: "The Velmar government Wednesday denied …" then
// "the government said" made a body "Wednesday" the speaker. Own invented text.
describe("a time word after a body's noun", () => {
  it("is never the body's name", () => {
    const r = read('The Velmar government Wednesday denied the rumours.\n\nThe government said "the mayor is well".');
    expect(r.sources.map((s) => s.name)).not.toContain("Wednesday");
    expect(quotedSpeaker(r)).not.toBe("Wednesday");
  });
});
