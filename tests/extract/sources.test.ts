// Sources a probe of invented cases read wrongly (probe 18, items 17–19), pinned with texts of our own: people told to
// do something are no speakers; a bank speaks as an organisation and a newspaper-like name as no person; a place after
// an inverted speaker's name is no part of it; a Polish name in another case is the same person.
import { describe, expect, it } from "vitest";
import type { CleanArticle } from "../../src/clean/types.ts";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readArticle } from "../../src/extract/read.ts";
import { resolveReadings } from "../../src/extract/resolve.ts";
import { paragraphSpans } from "./helpers.ts";

const registry = createOutletRegistry([]);

function cleanArticle(body: string, language: string, id = "t"): CleanArticle {
  return { meta: { id, file: `${id}.md`, format: "markdown", outlet: "Valley Ledger", language }, text: body, body, paragraphs: paragraphSpans(body), kept: [], removed: [], creditLines: [] };
}
function read(body: string, language: string) {
  return readArticle(cleanArticle(body, language), registry);
}
const sources = (body: string, language: string): string[] => read(body, language).sources.map((s) => `${s.type}:${s.name}`);

describe("people told to do something are not speaking", () => {
  it.each([
    ["Gas leak at the tannery\n\n- Residents near the canal told to stay indoors until noon"],
    ["Residents near the canal told to stay indoors after gas leak"],
    ["A gas leak shut the canal road on Friday, and residents near the tannery were told to stay indoors, the fire brigade said."],
    ["Shops were closed and witnesses were told to leave the square, police said."],
  ])("%s", (text) => {
    expect(sources(text, "en").filter((s) => s.startsWith("anonymous:"))).toEqual([]);
  });

  it("a source that tells others something still speaks", () => {
    expect(sources("Residents near the canal told the Valley Ledger that the smell had lasted for days.", "en")).toContain("anonymous:Residents near the canal");
  });
});

describe("a bank and a newspaper-like name are no person", () => {
  it.each([
    ["El Banco de Irlanda aseguró en un comunicado que los ahorros están cubiertos.", "es", "organisation:"],
    ["O Banco de Espanha afirmou que os depósitos estão garantidos.", "pt", "organisation:"],
    ["La Banque de Grèce a assuré que les dépôts étaient protégés.", "fr", "organisation:"],
    ["La Banca di Malta ha dichiarato che i depositi sono protetti.", "it", "organisation:"],
  ])("%s (%s)", (text, language, type) => {
    const found = sources(text, language);
    expect(found.length).toBe(1);
    expect(found[0]?.startsWith(type)).toBe(true);
  });

  it("an unregistered paper's hyphenated title is an outlet, not a person", () => {
    expect(sources("The strike has revived the debate over pensions, the Ohio Courier-Gazette Weekly noted.", "en").filter((s) => s.startsWith("named:"))).toEqual([]);
  });

  it("a person whose surname is an outlet word stays a person", () => {
    expect(sources("The strike will go on, said Martin Herald.", "en")).toContain("named:Martin Herald");
  });
});

describe("where an inverted speaker was is no part of the name", () => {
  it.each([
    ["Pelabuhan ditutup sejak pagi.\n\n\"Kami menunggu keputusan gubernur,\" ujar Rahmat di Makassar, Senin.", "id", "named:Rahmat"],
    ["Port jest zamknięty.\n\n„Czekamy na decyzję wojewody” – powiedziała Ewa Lis w Gdańsku.", "pl", "named:Ewa Lis"],
    ["Přístav je zavřený.\n\n„Čekáme na rozhodnutí hejtmana,“ řekla Eva Malá v Brně.", "cs", "named:Eva Malá"],
  ])("%s (%s)", (text, language, source) => {
    expect(sources(text, language)).toEqual([source]);
  });

  it("a body keeps the place in its name", () => {
    expect(sources("Port jest zamknięty.\n\n„Sprawa jest w toku” – poinformował Sąd Rejonowy w Gdańsku.", "pl")).toEqual(["organisation:Sąd Rejonowy w Gdańsku"]);
  });
});

describe("a Polish name in another case is the same person", () => {
  it("within an article", () => {
    const found = sources("Według Ewy Lis-Nowak port pozostanie zamknięty.\n\n„Czekamy na decyzję” – powiedziała Ewa Lis-Nowak.", "pl");
    expect(found.filter((s) => s.startsWith("named:"))).toHaveLength(1);
  });

  it("across articles, under the name as a language without cases writes it", () => {
    const a = cleanArticle("The port stays closed, said Ewa Lis-Nowak.", "en", "a");
    const b = cleanArticle("Według Ewy Lis-Nowak port pozostanie zamknięty.", "pl", "b");
    const names = resolveReadings([readArticle(a, registry), readArticle(b, registry)], [a, b]).flatMap((r) => r.sources.map((s) => s.name));
    expect(new Set(names)).toEqual(new Set(["Ewa Lis-Nowak"]));
  });

  it("never folds two people", () => {
    const found = sources("„Czekamy” – powiedział Jan Nowak.\n\n„Nie czekamy” – powiedziała Jana Nowak.", "pl");
    expect(found.filter((s) => s.startsWith("named:"))).toHaveLength(2);
  });
});
