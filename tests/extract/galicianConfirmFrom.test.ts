// Galician "segundo confirman desde <body>" (according to what <body> confirm): the plural verb with "desde" (from)
// names the body the words come from. It was read as nothing. Never a place after "desde": a place confirms nothing.
// Texts, bodies and places invented.
import { describe, expect, it } from "vitest";
import { readPlain, sourceLabels } from "./helpers.ts";

const read = (body: string) => readPlain(body, "gl");

describe("gl: segundo confirman desde", () => {
  it.each([
    ["A ponte seguirá pechada, segundo confirman desde a Consellería de Obras.", "organisation:Consellería de Obras"],
    ["Segundo explican desde o Concello de Vilarelo, a ponte seguirá pechada.", "organisation:Concello de Vilarelo"],
  ])("the body speaks: %s", (text, source) => {
    expect(sourceLabels(read(text))).toEqual([source]);
  });
  it("cites a paper named by its noun", () => {
    expect(read("A ponte seguirá pechada, segundo confirman desde o xornal Faro do Porto.").attributions.map((a) => a.outletName)).toEqual(["Faro do Porto"]);
  });
  it("makes no source of a place", () => {
    expect(sourceLabels(read("Segundo confirman desde Vilarelo, a ponte seguirá pechada."))).toEqual([]);
  });
});
