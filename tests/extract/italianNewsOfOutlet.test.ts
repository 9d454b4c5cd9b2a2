/**
 * Italian names a piece of news with the outlet it belongs to ("un flash del Corriere della Sera", "un'ultim'ora
 * della Stampa") and where it stood by the outlet's pages ("sulla home page del Corriere della Sera", "sul sito di …"):
 * both cite the outlet, where the registry knows it. A municipality's site or a writer's article names no outlet.
 * Own invented texts.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { OutletRegistry } from "../../src/core/outlets.ts";
import { loadDefaultRegistry } from "../../src/ingest/loadCase.ts";
import { readText } from "./helpers.ts";

let registry: OutletRegistry;
beforeAll(async () => {
  registry = await loadDefaultRegistry();
});

const cited = (text: string): string[] => readText(text, registry, { outlet: "Gazzetta di Lerano", language: "it" }).attributions.map((a) => a.outletName);

describe("Italian news named with its outlet", () => {
  it.each([
    ["a flash of the outlet", "La chiusura del porto era stata annunciata in un flash del Corriere della Sera, poi corretto."],
    ["its home page", "Il bando di gara per il nuovo molo è stato pubblicato sulla home page del Corriere della Sera."],
    ["its site", "La foto del traghetto è stata pubblicata martedì sul sito del Corriere della Sera."],
  ])("%s cites it", (_, text) => {
    expect(cited(text)).toEqual(["Corriere della Sera"]);
  });

  it.each([
    ["a municipality's site", "L'orario è stato pubblicato sul sito del Comune di Lerano."],
    ["a writer's article", "Un articolo di Marco Rinaldi ha raccontato la storia del porto."],
  ])("%s cites nothing", (_, text) => {
    expect(cited(text)).toEqual([]);
  });
});
