// A possessor before a role, or the object of a noun's "of", was read as the speaker ("said Halloran's publicist, Tessa
// Quaid" → "Halloran"; probe 24 item 1), pinned with texts of our own.
import { describe, expect, it } from "vitest";
import { quotedSpeaker, readPlain } from "./helpers.ts";

const read = (body: string) => readPlain(body, "en", "Own Paper");
const names = (body: string) => read(body).sources.map((s) => s.name);

describe("whose role it is never speaks", () => {
  it.each([
    ['"We are fine," said Halloran\'s publicist, Tessa Quaid.', "Tessa Quaid", "Halloran's publicist"],
    ['"We are fine," said Halloran\'s manager, Tessa Quaid.', "Tessa Quaid", "Halloran's manager"],
    ['"We are fine," said Halloran\'s manager Tessa Quaid.', "Tessa Quaid", "Halloran's manager"],
    // Control: an article's possessive before the role was read right before.
    ['"We are fine," said the singer\'s publicist, Tessa Quaid.', "Tessa Quaid", "the singer's publicist"],
  ])("%s", (text, name, role) => {
    const reading = read(text);
    expect(quotedSpeaker(reading)).toBe(name);
    expect(reading.sources.map((s) => [s.name, s.role])).toEqual([[name, role]]);
  });

  it("a possessive role with no name after it names no one", () => {
    expect(names('"We are fine," said Halloran\'s publicist.')).toEqual([]);
  });

  it.each([
    "The publicist of singer Ross Halloran says the tour goes on.",
    "The manager of singer Ross Halloran says the tour goes on.",
    '"We are fine," says the publicist of singer Ross Halloran.',
  ])("the object of a noun's \"of\": %s", (text) => {
    expect(names(text)).not.toContain("Ross Halloran");
  });

  it("control: after a relative pronoun's \"of\" the name is the relative clause's subject", () => {
    expect(names("Raids followed, one of which Halloran said had hit the depot.")).toEqual(["Halloran"]);
  });

  it("control: a name after a preposition's full noun phrase and a comma is the speaker", () => {
    expect(quotedSpeaker(read('"We are fine," said the manager of the band, Tessa Quaid.'))).toBe("Tessa Quaid");
  });
});
