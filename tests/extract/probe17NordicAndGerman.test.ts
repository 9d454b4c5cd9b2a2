// Readings a probe of invented cases found missing (probe 17), pinned with texts of our own: Swedish, Danish and
// Norwegian citations, speakers and anonymous sources (no frames existed for them); a wire's credit signature ("(TT)")
// read only where a credit stands; "Wie X erfuhr" and its Dutch and Nordic counterparts as citations.
import { describe, expect, it } from "vitest";
import { createOutletRegistry, withCaseOutlets } from "../../src/core/outlets.ts";
import { detectLanguage } from "../../src/extract/frames/index.ts";
import { readText } from "./helpers.ts";

const base = createOutletRegistry([
  { name: "Tidningarnas Telegrambyrå", aliases: [], credits: ["TT"], descriptors: [], domains: ["tt.se"], kind: "agency", country: "SE" },
  { name: "NTB", aliases: ["Norsk Telegrambyrå"], credits: [], descriptors: [], domains: ["ntb.no"], kind: "agency", country: "NO" },
  { name: "Ritzau", aliases: [], credits: [], descriptors: [], domains: ["ritzau.dk"], kind: "agency", country: "DK" },
]);
const registry = withCaseOutlets(base, [{ name: "Vänerbladet" }, { name: "Limfjordsposten" }, { name: "Romsdals Avis" }, { name: "Lahnkurier" }, { name: "Kempenbode" }]);

function read(body: string, language: string, outlet = "Nordkyst Dagblad") {
  return readText(body, registry, { outlet, language });
}
const cited = (body: string, language: string): string[] => read(body, language).attributions.map((a) => a.outletName);
const credited = (body: string, language: string): string[] => read(body, language).syndication.map((s) => s.outletName);
const sources = (body: string, language: string): string[] => read(body, language).sources.map((s) => `${s.type}:${s.name}`);

describe("Swedish, Danish and Norwegian texts are read with their own frames", () => {
  it.each([
    ["Färjelinjen till Holmön läggs ned i vår, enligt Vänerbladet.", "sv"],
    ["Färjelinjen till Holmön läggs ned i vår, rapporterar Vänerbladet.", "sv"],
    ["Vänerbladet rapporterade på måndagen att färjelinjen läggs ned.", "sv"],
    ["Som Vänerbladet tidigare rapporterade läggs färjelinjen ned.", "sv"],
    ["– Linjen bär sig inte, säger hamnchefen till Vänerbladet.", "sv"],
    ["Færgeruten til Egholm lukker til foråret, ifølge Limfjordsposten.", "da"],
    ["Færgeruten lukker, sagde havnefogeden ifølge det norske nyhedsbureau NTB.", "da"],
    ["Som Limfjordsposten skrev i går, lukker færgeruten.", "da"],
    ["– Ruten kan ikke betale sig, siger havnefogeden til Limfjordsposten.", "da"],
    ["Ferjesambandet til Gossen legges ned, melder Romsdals Avis.", "no"],
    ["Ferjesambandet legges ned, sa havnesjefen ifølge NTB.", "no"],
    ["– Sambandet lønner seg ikke, sier havnesjefen til Romsdals Avis.", "no"],
  ])("%s (%s)", (text, language) => {
    expect(cited(text, language).length).toBe(1);
  });

  it.each([
    ["Färjelinjen läggs ned.\n\n– Vi kan inte driva linjen med förlust, sade Åsa Lindqvist-Ek.", "sv", "named:Åsa Lindqvist-Ek"],
    ["Färjelinjen läggs ned.\n\n\"Vi kan inte driva linjen med förlust\", sade trafikminister Åsa Lindqvist-Ek.", "sv", "named:Åsa Lindqvist-Ek"],
    ["Færgeruten lukker.\n\n– Vi kan ikke drive ruten med underskud, sagde trafikminister Jens Holmgaard.", "da", "named:Jens Holmgaard"],
    ["Ferjesambandet legges ned.\n\n– Vi kan ikke drive sambandet med underskudd, sa samferdselsminister Kari Hovland.", "no", "named:Kari Hovland"],
  ])("a speaker after the quotation: %s (%s)", (text, language, source) => {
    expect(sources(text, language)).toContain(source);
  });

  it.each([
    ["Färjelinjen läggs ned i vår, uppger källor inom rederiet.", "sv"],
    ["Færgeruten lukker til foråret, oplyser kilder i rederiet.", "da"],
    ["Ferjesambandet legges ned til våren, opplyser kilder i rederiet.", "no"],
  ])("anonymous sources: %s (%s)", (text, language) => {
    expect(sources(text, language).some((s) => s.startsWith("anonymous:"))).toBe(true);
  });

  it("says that a sentence naming only who said the words before it makes no source of 'Det'", () => {
    const s = sources("Färjelinjen till Holmön läggs ned i vår. Det sade trafikminister Åsa Lindqvist-Ek på tisdagen.", "sv");
    expect(s).toContain("named:Åsa Lindqvist-Ek");
    expect(s.some((x) => /Det/u.test(x))).toBe(false);
  });

  it("detects the three languages", () => {
    expect(detectLanguage("Färjelinjen till Holmön läggs ned i vår, säger hamnchefen. Beslutet fattades av styrelsen på tisdagen och gäller från maj.")).toBe("sv");
    expect(detectLanguage("Færgeruten til Egholm lukker til foråret, siger havnefogeden. Beslutningen blev truffet af bestyrelsen i tirsdags.")).toBe("da");
    expect(detectLanguage("Ferjesambandet til Gossen legges ned til våren, sier havnesjefen. Beslutningen ble tatt av styret på tirsdag.")).toBe("no");
  });
});

describe("a news agency's credit signature is read where a credit stands, never in running text", () => {
  it.each([
    ["Färjelinjen till Holmön läggs ned i vår.\n\n(TT)", "sv"],
    ["UMEÅ (TT) – Färjelinjen till Holmön läggs ned i vår.", "sv"],
    ["Färjelinjen till Holmön läggs ned i vår.\n\n/TT/", "sv"],
  ])("%s", (text, language) => {
    expect(credited(text, language)).toEqual(["Tidningarnas Telegrambyrå"]);
  });

  it("is no outlet in running text", () => {
    expect(cited("Färjelinjen läggs ned, enligt TT.", "sv")).toEqual([]);
    expect(credited("Färjelinjen läggs ned, säger TT-chefen.\n\nMer i morgon.", "sv")).toEqual([]);
  });
});

describe("'as X learned / reported' cites X", () => {
  it.each([
    ["Wie der Lahnkurier aus Kreisen der Stadt erfuhr, soll das Bad schließen.", "de", "Lahnkurier"],
    ["Wie der Lahnkurier am Montag berichtete, soll das Bad schließen.", "de", "Lahnkurier"],
    ["Zoals de Kempenbode meldde, gaat het zwembad dicht.", "nl", "Kempenbode"],
    ["Zoals de Kempenbode eerder schreef, gaat het zwembad dicht.", "nl", "Kempenbode"],
  ])("%s", (text, language, outlet) => {
    expect(cited(text, language)).toEqual([outlet]);
  });
});
