// Grammar 21, class 5: an outlet after an inverted reporting verb with a definite article and a description ("…,
// reported the Danish newspaper Nordlys Posten.") was cited only after an indefinite one ("reported a little-known news
// channel X"). Invented texts.
import { describe, expect, it } from "vitest";
import { readPlain } from "./helpers.ts";

const cited = (text: string): string[] => readPlain(text, "en").attributions.map((a) => a.outletName);

describe("an outlet after an inverted verb, its description before it", () => {
  it.each([
    ["The dam near Tessby will be built in May, reported the Danish newspaper Nordlys Posten.", "Nordlys Posten"],
    ["The dam near Tessby will be built in May, reported the newspaper Nordlys Posten.", "Nordlys Posten"],
    ["\"The dam will be built in the spring next year,\" wrote the Danish weekly Nordlys Posten.", "Nordlys Posten"],
    ["The dam near Tessby will be built in May, reported the Swedish daily Morgonljus.", "Morgonljus"],
  ])("%s", (text, outlet) => {
    expect(cited(text)).toEqual([outlet]);
  });
});

describe("controls, read before too", () => {
  it.each([
    ["The dam near Tessby will be built in May, the Danish weekly Nordlys Posten reported.", "Nordlys Posten"],
    ["The dam near Tessby will be built in May, reported a little-known news channel Quillon Wire.", "Quillon Wire"],
  ])("%s", (text, outlet) => {
    expect(cited(text)).toEqual([outlet]);
  });
  it("a person after an inverted verb is no outlet", () => {
    expect(cited("The dam near Tessby will be built in May, said the mayor Ana Berg.")).toEqual([]);
  });
});
