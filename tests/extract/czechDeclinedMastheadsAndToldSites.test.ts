/**
 * Czech citations: a masthead (an outlet named by a common word) written in the case the frame needs ("podle Ohledu",
 * according to Ohled) is that outlet, as its nominative is; "jak upozornil server X" (as the site X pointed out) and
 * "připomíná X" (X recalls) report as "jak uvedl" does; and "řekla pro novinky.cz mluvčí" names the site the speaker
 * told, a registry name or an address only. Own invented texts; the weekly is named by a common word in the test's registry.
 */
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const registry = createOutletRegistry([
  { name: "Ohled", aliases: [], mastheads: ["Ohled"], descriptors: [], domains: ["ohled.cz"], kind: "magazine", country: "CZ" },
  { name: "Le Monde", aliases: [], descriptors: [], domains: ["lemonde.fr"], kind: "newspaper", country: "FR" },
  { name: "Novinky.cz", aliases: [], descriptors: [], domains: ["novinky.cz"], kind: "website", country: "CZ" },
]);
const read = (body: string) => readText(body, registry, { outlet: "Ranní Kurýr", language: "cs" });
const cited = (body: string) => read(body).attributions.map((a) => `${a.frame}:${a.outletName}`);

describe("Czech citations of declined mastheads, more reporting verbs and sites told", () => {
  it("a masthead in the genitive after 'podle' is the outlet", () => {
    expect(cited("Policista to podle Ohledu popírá.")).toEqual(["according_to:Ohled"]);
  });

  it("the common word in small letters, or opening a sentence, is no outlet", () => {
    expect(cited("Policista to bez ohledu na vše popírá.")).toEqual([]);
    expect(cited("Ohledu se nedočkal ani starosta.")).toEqual([]);
  });

  it.each([
    ["Most se zavře v květnu, připomíná Le Monde.", "reported:Le Monde"],
    ["O mostě psaly i jiné weby, jak upozornil server Trojlístek.", "reported:Trojlístek"],
  ])("%s", (body, expected) => {
    expect(cited(body)).toEqual([expected]);
  });

  it("a site's address after 'řekla pro' is whom the spokeswoman told; she still speaks", () => {
    const reading = read("Most se zavře v květnu, řekla pro novinky.cz mluvčí radnice Jana Malá.");
    expect(reading.attributions.map((a) => `${a.frame}:${a.outletName}`)).toEqual(["told:Novinky.cz"]);
    expect(reading.sources.map((s) => `${s.type}:${s.name}`)).toContain("named:Jana Malá");
  });

  it("a person after 'řekl pro' is no outlet", () => {
    expect(cited("„Ano,“ řekl pro Janu Malou starosta.")).toEqual([]);
  });
});
