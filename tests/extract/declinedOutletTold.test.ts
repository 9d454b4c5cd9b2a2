// Czech tells whom a speaker told in the dative, right after the verb, without a preposition ("řekl Hlasu", told Hlas): a
// registered outlet there is cited as told and is no part of the inverted speaker's words; a masthead declined so is the
// paper's, as no person bears its name. Texts of our own, outlets of a test registry.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const registry = createOutletRegistry([
  { name: "Hlas", aliases: [], mastheads: ["Hlas"], descriptors: [], domains: [], kind: "newspaper" },
  { name: "ZPK", aliases: [], descriptors: [], domains: [], kind: "agency" },
]);

/** The reading's sources as "name (role)", and the outlets it cites. */
const read = (body: string) => {
  const reading = readText(body, registry, { outlet: "Test Daily", language: "cs" });
  return { sources: reading.sources.map((s) => (s.role ? `${s.name} (${s.role})` : s.name)), cited: reading.attributions.map((a) => a.outletName) };
};

describe("a registered outlet told in the dative is cited, never the speaker", () => {
  it.each([
    ["„Hráz vydrží,“ řekl Hlasu starosta Karel Brož.", ["Karel Brož (starosta)"], ["Hlas"]],
    ["Starosta Karel Brož řekl Hlasu, že hráz vydrží.", ["Karel Brož (Starosta)"], ["Hlas"]],
    ["„Hráz vydrží,“ sdělil ZPK starosta Karel Brož.", ["Karel Brož (starosta)"], ["ZPK"]],
    // Control: the outlet as the verb's subject stays the outlet that reports.
    ["„Hráz vydrží,“ uvedla ZPK.", [], ["ZPK"]],
  ])("%s", (body, sources, cited) => {
    expect(read(body)).toEqual({ sources, cited });
  });
});
