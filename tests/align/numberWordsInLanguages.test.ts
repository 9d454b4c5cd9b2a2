// Thousands grouped by a plain space read as one figure where a language groups so; figures in words only in English.
import { describe, expect, it } from "vitest";
import { numberMentions } from "../../src/align/drift.ts";

function figures(text: string, language: string): [string, number, string | undefined][] {
  return numberMentions(text, { start: 0, end: text.length }, language).map((m) => [m.span.text, m.value, m.noun]);
}

describe("figures in words beyond English", () => {
  it("are not read by number drift: a count of the same noun in two loosely matched sentences is no retelling", () => {
    expect(figures("Wyścig opuściło pięciu kolarzy.", "pl")).toEqual([]);
    expect(figures("Quindici ciclisti hanno lasciato la gara.", "it")).toEqual([]);
  });
});

describe("thousands grouped by a plain space", () => {
  it("is one figure where the language groups so", () => {
    expect(figures("Selon les organisateurs, 14 000 cyclistes ont pris le départ.", "fr")).toEqual([["14 000 cyclistes", 14000, "cyclistes"]]);
    expect(figures("Na start stanęło 2 500 kolarzy.", "pl")).toEqual([["2 500 kolarzy", 2500, "kolarzy"]]);
  });

  it("a thin space and a dot group thousands as before", () => {
    expect(figures("Selon les organisateurs, 14\u202f000 cyclistes ont pris le départ.", "fr")).toEqual([["14\u202f000 cyclistes", 14000, "cyclistes"]]);
    expect(figures("Secondo gli organizzatori, 14.000 ciclisti sono partiti.", "it")).toEqual([["14.000 ciclisti", 14000, "ciclisti"]]);
  });
});
