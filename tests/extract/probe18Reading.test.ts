// Readings a probe of invented cases found wrong (probe 18), each pinned with texts of our own: a registry name inside a
// longer outlet name; a public body called an agency; a description written before a cited outlet's name;
// a nationality or regional adjective taken for a name.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const registry = createOutletRegistry([
  { name: "The Morning Courier", aliases: ["Morning Courier"], descriptors: [], domains: ["morningcourier.example"], kind: "newspaper" },
  { name: "The Weekly Lantern", aliases: ["Weekly Lantern"], descriptors: [], domains: ["weeklylantern.example"], kind: "newspaper" },
  { name: "Pelland Wire", aliases: [], descriptors: [], domains: ["pellandwire.example"], kind: "agency" },
  { name: "Kora Sentinel", aliases: [], descriptors: [], domains: ["korasentinel.example"], kind: "newspaper" },
]);

function read(body: string, language = "en", outlet = "Northfield Ledger") {
  return readText(body, registry, { outlet, language });
}
const cited = (body: string, language = "en"): string[] => read(body, language).attributions.map((a) => a.outlet);
const named = (body: string, language = "en"): string[] => read(body, language).sources.filter((s) => s.type === "named").map((s) => s.name);

describe("a registry name that opens a longer outlet name is not that outlet", () => {
  it.each([
    ["The Morning Courier of Devon understands that the quarry will close in May.", "outlet:morning-courier"],
    ["The Weekly Lantern of Fife reported that the ferry was late again.", "outlet:weekly-lantern"],
  ])("%s", (text, national) => {
    expect(cited(text)).not.toContain(national);
  });

  it("the registry name alone, or before a person, is still the registered outlet", () => {
    expect(cited("The Morning Courier understands that the quarry will close in May.")).toEqual(["outlet:morning-courier"]);
  });
});

describe("a body named an agency is an organisation, unless a news or press word names it an outlet", () => {
  it.each([
    ["en", "The Coastal Safety Agency said the beach would reopen on Friday."],
    ["en", "Britain's Marsh Drainage Agency said the pumps had failed overnight."],
    ["es", "La Agencia Regional de Aguas dijo que el embalse estaba lleno."],
    ["it", "L'Agenzia Regionale per l'Ambiente ha detto che l'aria era pulita."],
    ["pl", "Regionalna Agencja Wodna poinformowała, że zbiornik jest pełny."],
    ["de", "Die Europäische Agentur für Seesicherheit teilte mit, dass das Schiff sicher sei."],
  ])("(%s) %s", (language, text) => {
    expect(cited(text, language)).toEqual([]);
  });

  it("a news or press agency stays an outlet", () => {
    expect(cited("The Velmar News Agency said the beach would reopen on Friday.")).toEqual(["outlet:velmar-news-agency"]);
    expect(cited("The Karsk Press Agency reported that the pumps had failed.")).toEqual(["outlet:karsk-press-agency"]);
  });
});

describe("a description before a cited outlet's name is evidence, not part of the name", () => {
  it.each([
    "The dam was closed on Monday, Pelland Wire reported, citing the Lisbon daily Kora Sentinel.",
    "The dam was closed on Monday, Pelland Wire reported, citing the regional newspaper Kora Sentinel.",
    "The dam was closed on Monday, Pelland Wire reported, quoting the Lisbon-based Kora Sentinel.",
  ])("%s", (text) => {
    expect([...new Set(cited(text))].sort()).toEqual(["outlet:kora-sentinel", "outlet:pelland-wire"]);
  });

  it("an outlet's own name that holds a noun written with a capital keeps it", () => {
    expect(cited("The dam was closed on Monday, Pelland Wire reported, citing the Harbour Daily Ledger.")).toContain("outlet:harbour-daily-ledger");
  });
});

describe("a nationality or regional adjective alone is nobody's name", () => {
  it.each([
    "The Kora Sentinel said African ministers had agreed to widen the canal.",
    "The Kora Sentinel said French engineers had found a crack in the dam.",
    "Pelland Wire said Scandinavian inspectors had closed the port for a week.",
  ])("%s", (text) => {
    expect(named(text)).toEqual([]);
  });

  it("a person whose surname is such a word is still that person", () => {
    expect(named("Judith French, a harbour engineer, visited the dam. French said the crack was old.")).toEqual(["Judith French"]);
  });
});
