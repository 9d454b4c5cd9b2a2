// Grammar 21, class 7: an unnamed source was missed where an adverb stood in its compound verb ("Des sources au
// ministère ont déjà indiqué", "Fonti del ministero hanno già detto", "Fuentes del ministerio ya habían adelantado"), and
// English "Sources at the ministry have already said" took the auxiliary and adverb into the source. Invented texts.
import { describe, expect, it } from "vitest";
import { readPlain, sourceLabels } from "./helpers.ts";

describe("an adverb in or before a compound speech verb", () => {
  it.each([
    ["es", "El puerto cerrará en mayo. Fuentes del ministerio ya habían adelantado que el cierre se aprobaría.", "anonymous:Fuentes del ministerio"],
    ["es", "El puerto cerrará en mayo. Fuentes del ministerio habían ya dicho que el cierre se aprobaría.", "anonymous:Fuentes del ministerio"],
    ["fr", "Le port fermera en mai. Des sources au ministère ont déjà indiqué que la fermeture serait approuvée.", "anonymous:Des sources au ministère"],
    ["it", "Il porto chiuderà a maggio. Fonti del ministero hanno già detto che la chiusura sarà approvata.", "anonymous:Fonti del ministero"],
    ["en", "The port will close in May. Sources at the ministry have already said that the closure would be approved.", "anonymous:Sources at the ministry"],
  ])("%s: %s", (lang, text, source) => {
    expect(sourceLabels(readPlain(text, lang))).toEqual([source]);
  });
});

describe("controls: the same without the adverb", () => {
  it.each([
    ["fr", "Le port fermera en mai. Des sources au ministère ont indiqué que la fermeture serait approuvée.", "anonymous:Des sources au ministère"],
    ["it", "Il porto chiuderà a maggio. Fonti del ministero hanno detto che la chiusura sarà approvata.", "anonymous:Fonti del ministero"],
  ])("%s: %s", (lang, text, source) => {
    expect(sourceLabels(readPlain(text, lang))).toEqual([source]);
  });
});
