// Outlets whose name is a common word ("Dawn", "Reforma", "Blick") were left out of the registry: an alias would have
// matched the word. A masthead (OutletEntry.mastheads) is read only in a citation's words, written as registered or in
// capitals, never in small letters, never as the word opening a sentence, never as whom something was told. The
// registry's own entries; texts and people invented.
import { beforeAll, describe, expect, it } from "vitest";
import type { OutletRegistry } from "../../src/core/outlets.ts";
import { loadDefaultRegistry } from "../../src/ingest/loadCase.ts";
import { readText } from "./helpers.ts";

let registry: OutletRegistry;
beforeAll(async () => {
  registry = await loadDefaultRegistry();
});
const cited = (body: string, language = "en") => readText(body, registry, { outlet: "Test Daily", language }).attributions.map((a) => [a.outletName, a.outlet, a.rule]);

describe("a masthead that is a common word", () => {
  it("is read where a citation's words stand around it, as written or in capitals", () => {
    expect(cited("The bridge in Velmar will close for a month, according to Dawn.")).toEqual([["Dawn", "outlet:dawn", "en.according_to/registry"]]);
    expect(cited("The bridge in Velmar will close for a month, DAWN reported.").map(([name, key]) => [name, key])).toEqual([["Dawn", "outlet:dawn"]]);
    expect(cited("El puente de Valtierra cerrará un mes, según Reforma.", "es").map(([name, key]) => [name, key])).toEqual([["Reforma", "outlet:reforma"]]);
  });
  it("is no outlet in small letters, opening a sentence, as the word of the language, or as whom something was told", () => {
    expect(cited("The raid began at dawn, the police said.")).toEqual([]);
    expect(cited("Dawn broke over Velmar as the ferry left.")).toEqual([]);
    expect(cited("El gobierno de Valtierra anunció una reforma, según el ministerio.", "es").filter(([name]) => name === "Reforma")).toEqual([]);
    expect(cited("Reforma educativa: el puente de Valtierra cerrará, según el ministerio.", "es").filter(([name]) => name === "Reforma")).toEqual([]);
    expect(cited("The mayor told Dawn that the bridge would close.").filter(([name]) => name === "Dawn")).toEqual([]);
  });
  it("is never found by name, so no other lookup meets the common word", () => {
    expect(registry.byName("Dawn")).toBeUndefined();
    expect(registry.byName("dawn")).toBeUndefined();
    expect(registry.byMasthead("Dawn")?.domains).toContain("dawn.com");
    expect(registry.byMasthead("dawn")).toBeUndefined();
  });
});

describe("a Turkish daily whose name is a common word (sabah morning, sözcü spokesperson)", () => {
  it("is read in a citation's words, by its name with the paper's noun or alone", () => {
    expect(cited("Sözcü Ali Veli, Sabah Gazetesi tarafından servis edilen haberle ilgili açıklama yaptı.", "tr").map(([, key]) => key)).toContain("outlet:sabah");
    expect(cited("Liman kapandı, Sözcü'nün haberine göre.", "tr").map(([, key]) => key)).toContain("outlet:sozcu");
  });
  it("is no outlet as the word of the language", () => {
    expect(cited("Sabah saatlerinde liman kapandı, bakanlığın açıklamasına göre.", "tr").filter(([, key]) => key === "outlet:sabah")).toEqual([]);
    expect(cited("Belediye sözcüsü limanın kapandığını söyledi.", "tr").filter(([, key]) => key === "outlet:sozcu")).toEqual([]);
  });
});

describe("an ambiguous short name", () => {
  it("'the Star' names no registered outlet: several papers are called so", () => {
    const star = cited("The bridge in Velmar will close, according to the Star.");
    expect(star.every(([, key, rule]) => key !== "outlet:toronto-star" && key !== "outlet:the-philippine-star" && !String(rule).endsWith("/registry"))).toBe(true);
  });
});
