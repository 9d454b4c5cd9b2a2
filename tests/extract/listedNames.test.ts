// Names listed together: each outlet of a list is cited, and a list is never read as one outlet's name.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const outlet = (name: string, aliases: string[] = []) => ({ name, aliases, descriptors: [], domains: [], kind: "newspaper" as const });
const registry = createOutletRegistry([
  outlet("Reuters"), outlet("Bloomberg"), outlet("The Associated Press", ["Associated Press", "AP"]), outlet("The Globe and Mail"),
  outlet("Le Monde"), outlet("Libération"), outlet("El País"), outlet("El Mundo"), outlet("Der Spiegel"), outlet("Die Zeit"), outlet("Daily Mail"), outlet("The Sun"),
]);

function read(body: string, language = "en"): { cites: string[]; sources: string[] } {
  const r = readText(body, registry, { outlet: "Test Daily", language });
  return { cites: [...new Set(r.attributions.map((a) => a.outletName))], sources: r.sources.map((s) => s.name) };
}

describe("outlets listed together", () => {
  it.each([
    ["en", "two after 'according to'", "According to Reuters and Bloomberg, the port lost money.", ["Reuters", "Bloomberg"]],
    ["en", "a list of three with commas", "The story was picked up by the Daily Mail, the Sun and Bloomberg within hours.", ["Daily Mail", "The Sun", "Bloomberg"]],
    ["en", "a list before its verb", "The Daily Mail, the Sun and Reuters reported the closure.", ["Daily Mail", "The Sun", "Reuters"]],
    ["en", "the second with its article", "The figure was confirmed by Reuters and the Associated Press.", ["Reuters", "The Associated Press"]],
    ["fr", "French", "Selon Le Monde et Libération, le port a perdu de l'argent.", ["Le Monde", "Libération"]],
    ["es", "Spanish", "Según El País y El Mundo, el puerto perdió dinero.", ["El País", "El Mundo"]],
    ["de", "German, before a plural verb", "Wie der Spiegel und die Zeit berichten, hat der Hafen Geld verloren.", ["Der Spiegel", "Die Zeit"]],
  ])("%s: %s", (language, _what, body, outlets) => {
    expect(read(body, language).cites).toEqual(outlets);
  });

  it("never makes an outlet of a list read whole", () => {
    expect(read("According to Reuters and Bloomberg, the port lost money.").cites).not.toContain("Reuters and Bloomberg");
  });

  it("keeps a registry name that holds the conjunction whole", () => {
    expect(read("According to The Globe and Mail, the port lost money.").cites).toEqual(["The Globe and Mail"]);
  });

  it("takes no list that the conjunction does not close", () => {
    expect(read("According to Reuters, Mara Lind said the port lost money.").cites).toEqual(["Reuters"]);
  });

  it("reads no person in an outlet named after its article", () => {
    expect(read("Der Spiegel und die Zeit berichteten über den Hafen.", "de").sources).toEqual([]);
  });
});

describe("wire phrasing", () => {
  it.each([
    ["a document seen by an outlet", "A letter seen by Reuters, dated 2 May, shows the port was sold.", ["Reuters"]],
    ["the outlet that broke the story", "Bloomberg, which first broke the story, later corrected it.", ["Bloomberg"]],
  ])("%s", (_what, body, outlets) => {
    expect(read(body).cites).toEqual(outlets);
  });
});
