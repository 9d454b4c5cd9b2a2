// "…, berichtete die türkische Zeitung Vardar Haber.": the frame read the right citation, and the speakers read the
// verb's inverted subject, "Zeitung Vardar Haber" (German capitalises the outlet noun), as a named person besides. The
// speaker reading is taken back where its words are the frame's outlet noun and the cited name. Own invented texts.
import { describe, expect, it } from "vitest";
import { readPlain, sourceLabels } from "./helpers.ts";

const cited = (body: string, language: string) => readPlain(body, language).attributions.map((a) => a.outlet);

describe("an outlet named after a reporting verb with its outlet noun is no person", () => {
  it.each([
    ["de", "In Lindau soll ein neues Lager entstehen, berichtete die türkische Zeitung Vardar Haber."],
    ["de", "In Lindau soll ein neues Lager entstehen. Das berichtete die Zeitung Vardar Haber."],
    ["de", "In Lindau soll ein neues Lager entstehen, berichtete das Magazin Vardar Haber."],
    ["de", "In Lindau soll ein neues Lager entstehen, meldete der Sender Vardar Haber."],
    ["fr", "Un nouveau camp sera construit à Lindau, a rapporté le quotidien turc Vardar Haber."],
    ["es", "Se construirá un nuevo campamento en Lindau, informó el diario turco Vardar Haber."],
    ["it", "Un nuovo campo sarà costruito a Lindau, ha riportato il quotidiano turco Vardar Haber."],
    ["nl", "In Lindau komt een nieuw kamp, meldde de Turkse krant Vardar Haber."],
  ])("%s: %j cites the outlet and names no one", (language, body) => {
    expect(cited(body, language)).toEqual(["outlet:vardar-haber"]);
    expect(sourceLabels(readPlain(body, language))).toEqual([]);
  });

  it("a person after a role noun, and a person speaking beside the citation, are still read", () => {
    expect(sourceLabels(readPlain("In Lindau soll ein neues Lager entstehen, sagte die Ministerin Anna Kolb.", "de"))).toEqual(["named:Anna Kolb"]);
    const both = readPlain("In Lindau soll ein neues Lager entstehen, berichtete die Zeitung Vardar Haber. „Das ist falsch“, sagte Anna Kolb.", "de");
    expect(sourceLabels(both)).toEqual(["named:Anna Kolb"]);
    expect(both.attributions.map((a) => a.outlet)).toEqual(["outlet:vardar-haber"]);
  });
});
