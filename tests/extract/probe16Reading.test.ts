// Readings a probe of invented cases found wrong (probe 16), each pinned with texts of our own: an outlet whose name
// ends in a generic word ("The Brisk Daily") read as a descriptor; a wire cited by its initials; a speaker given by a
// title and surname or by a role alone; a clause's subject or a named analyst taken for an anonymous source; a body's
// name taken for its member; a site named by its address; two outlets as one subject; an outlet in Latin letters in Arabic.
import { describe, expect, it } from "vitest";
import { createOutletRegistry, withCaseOutlets } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const base = createOutletRegistry([
  { name: "Reuters", aliases: [], descriptors: [], domains: [], kind: "agency" },
  { name: "Quellmoor Presse Service", aliases: [], descriptors: [], domains: ["qps.example"], kind: "agency" },
]);
const registry = withCaseOutlets(base, [
  { name: "The Brisk Daily" },
  { name: "El Salado Diario" },
  { name: "Quellmoor Presse Service", url: "https://www.qps.example/a" },
  { name: "pinevale24.example", url: "https://pinevale24.example/news/1" },
  { name: "Harbour Courier" },
  { name: "Lindmoor Gazette" },
  { name: "Le Courrier de Sidi Amrane" },
]);

function read(body: string, language: string, outlet = "Northfield Ledger") {
  return readText(body, registry, { outlet, language });
}
const cited = (body: string, language: string): string[] => read(body, language).attributions.map((a) => a.outletName);
/** The name of each quotation's speaker, in order ("" where none is bound). */
function speakers(body: string, language: string): string[] {
  const r = read(body, language);
  return r.quotations.map((q) => r.sources.find((s) => s.key === q.speaker)?.name ?? "");
}
const sources = (body: string, language: string): string[] => read(body, language).sources.map((s) => `${s.type}:${s.name}`);

describe("an outlet whose name ends in a generic word is read whole after the verb", () => {
  it.each([
    ["en", "The council has banned night fishing, The Brisk Daily reported.", "The Brisk Daily"],
    ["en", "The council has banned night fishing, according to The Brisk Daily.", "The Brisk Daily"],
    ["es", "El concejo prohibió la pesca nocturna, según El Salado Diario.", "El Salado Diario"],
    ["es", "El concejo prohibió la pesca nocturna, informó El Salado Diario.", "El Salado Diario"],
  ])("(%s) %s", (language, text, outlet) => {
    expect(cited(text, language)).toEqual([outlet]);
  });

  it("reads an unknown title written in capitals as a name, a lower-case descriptor still as none", () => {
    expect(cited("The council has banned night fishing, according to The Gusty Daily.", "en")).toEqual(["Gusty Daily"]);
    expect(cited("The council has banned night fishing, the Chinese daily reported.", "en")).toEqual([]);
  });
});

describe("a wire cited by the initials of its case name", () => {
  it("is the case's outlet, not a new one called by the initials", () => {
    expect(cited("Le port a fermé mardi, selon l'agence QPS.", "fr")).toEqual(["Quellmoor Presse Service"]);
  });
});

describe("a speaker named by a title and surname or by a role is the person the article named", () => {
  it.each([
    ["fr", "Le ministre des Transports, Samir Ouardi, était à Sidi Amrane mardi.\n\n« Le port rouvrira lundi », a déclaré M. Ouardi.", "Ouardi"],
    ["fr", "Le ministre des Transports, Samir Ouardi, était à Sidi Amrane mardi. « Le port rouvrira lundi », a déclaré le ministre.", "Samir Ouardi"],
    ["it", "Il sindaco di Porto Lieve, Marta Zanin, annuncia la svolta. «Il molo riapre lunedì», ha detto il sindaco in un'intervista.", "Marta Zanin"],
    ["es", "La alcaldesa Irene Ortega visitó el muelle el lunes. \"El muelle reabre el lunes\", dijo la Sra. Ortega.", "Ortega"],
    ["en", "Harbour master Tobias Wren spoke on Monday. \"The pier reopens on Monday,\" Wren was quoted as saying.", "Wren"],
  ])("(%s) %s", (language, text, name) => {
    const who = speakers(text, language);
    expect(who).toHaveLength(1);
    expect(who[0]).toContain(name);
  });
});

describe("no anonymous source from a clause's subject or a named person's role", () => {
  it("reads 'said the 212 workers would' as what was said, not who said it", () => {
    expect(sources("The mayor spoke to the Harbour Courier. The newspaper said the 212 workers would be moved to the night shift.", "en").filter((s) => s.startsWith("anonymous:"))).toEqual([]);
  });

  it("reads 'said energy analyst Rhea Lund of Lund Grid Partners' as Rhea Lund", () => {
    const r = read('"The grid will hold," said energy analyst Rhea Lund of Lund Grid Partners.', "en");
    expect(r.sources.map((s) => [s.type, s.name, s.role])).toEqual([["named", "Rhea Lund", "energy analyst"]]);
  });

  it("reads 'une infirmière de l'hôpital Sidi Karim' as an unnamed nurse, not a person called after the hospital", () => {
    const found = sources("Une infirmière de l'hôpital Sidi Karim raconte : « Les gens attendaient dehors toute la nuit. »", "fr");
    expect(found.filter((s) => s.startsWith("named:"))).toEqual([]);
    expect(found.some((s) => s.startsWith("anonymous:") && s.includes("infirmière"))).toBe(true);
  });
});

describe("outlets named by address, together, or in Latin letters in Arabic", () => {
  it.each([
    ["en", "Local news site pinevale24.example reported the ferry would stop in May.", ["pinevale24.example"]],
    ["pt", "A balsa vai parar em maio, segundo o site pinevale24.example.", ["pinevale24.example"]],
    ["en", "Harbour Courier and Lindmoor Gazette both said the ferry would stop in May.", ["Harbour Courier", "Lindmoor Gazette"]],
    ["ar", "كشفت صحيفة Le Courrier de Sidi Amrane أن العبارة ستتوقف في ماي.", ["Le Courrier de Sidi Amrane"]],
    ["ar", "ستتوقف العبارة في ماي، نقلا عن صحيفة Le Courrier de Sidi Amrane.", ["Le Courrier de Sidi Amrane"]],
    ["ar", "ستتوقف العبارة في ماي، وفقا لـ Le Courrier de Sidi Amrane.", ["Le Courrier de Sidi Amrane"]],
  ])("(%s) %s", (language, text, outlets) => {
    expect(cited(text, language)).toEqual(outlets);
  });
});
