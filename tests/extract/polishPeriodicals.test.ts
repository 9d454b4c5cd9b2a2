// Polish names a periodical by how often it appears ("miesięcznik", "kwartalnik", "dwutygodnik": a monthly, a quarterly,
// a fortnightly) and credits it where a text was printed: "w miesięczniku X" (in the monthly X), "ankieta tygodnika X"
// (the weekly's survey), "tekst dla X" (a text written for X, the name in the genitive). Controls: "dziennik" is also a
// diary, and a person after it is whose diary it is; a text written for a person cites no outlet.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readArticle } from "../../src/extract/read.ts";
import { resolveReadings } from "../../src/extract/resolve.ts";
import { caseArticle, readPlain } from "./helpers.ts";

const cited = (body: string) => readPlain(body, "pl").attributions.map((a) => a.outletName);

describe("pl: a periodical credited where a text was printed", () => {
  it.each([
    ["Felieton ukazał się w kwartalniku „Widnokrąg” w 1994 roku.", "Widnokrąg"],
    ["Pisarka odpowiedziała na ankietę dwutygodnika „Nurt” jesienią 1994 roku.", "Nurt"],
    ["Cytat pochodzi z artykułu miesięcznika Przegląd Nadrzeczny o żegludze.", "Przegląd Nadrzeczny"],
    ["Na łamach tygodnika „Nurt” wójt przyznał się do błędu.", "Nurt"],
    ["Te słowa padły w krótkim felietonie dla „Widnokręgu”, pisanym w pośpiechu.", "Widnokręgu"],
    ["Jak podał miesięcznik „Widnokrąg”, przeprawa zostanie zamknięta.", "Widnokrąg"],
  ])("%s", (text, name) => {
    expect(cited(text)).toEqual([name]);
  });
});

describe("pl: a year after a name is when, not part of it", () => {
  it("według Kuriera Lipowego w 1994 roku", () => {
    expect(cited("Przeprawę zamknięto, według Kuriera Lipowego w 1994 roku.")).toEqual(["Kuriera Lipowego"]);
  });
});

describe("pl control: a diary's owner, a text for a person", () => {
  it.each([
    ["Zanotowała to w dzienniku Ewy Sroki zimą."],
    ["Wspomniał o tym w dzienniku Tomasz Wilk."],
    ["Według dziennika Ewy Sroki przeprawa była wtedy zamknięta."],
    ["Napisał ten felieton dla Marka Zielińskiego, który go nie przeczytał."],
  ])("%s", (text) => {
    expect(cited(text)).toEqual([]);
  });
});

describe("pl: a name in the genitive is the outlet another citation of the case writes in the nominative", () => {
  it("dla „Nurtu” beside w kwartalniku „Nurt”", () => {
    const cleaned = [
      caseArticle("a", "Felieton ukazał się w kwartalniku „Nurt” w 1994 roku.", { outlet: "Gazeta Brzegowa", language: "pl" }),
      caseArticle("b", "Te słowa padły w krótkim felietonie dla „Nurtu”, pisanym w pośpiechu.", { outlet: "Kurier Dolny", language: "pl" }),
    ];
    const registry = createOutletRegistry([]);
    const resolved = resolveReadings(cleaned.map((c) => readArticle(c, registry)), cleaned);
    expect(resolved.map((r) => r.attributions.map((a) => a.outletName))).toEqual([["Nurt"], ["Nurt"]]);
  });
});
