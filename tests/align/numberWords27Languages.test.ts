// Figures in words beyond English, and thousands grouped by a plain space, read as number drift compares them.
import { describe, expect, it } from "vitest";
import { numberMentions } from "../../src/align/drift.ts";

function figures(text: string, language: string): [string, number, string | undefined][] {
  return numberMentions(text, { start: 0, end: text.length }, language).map((m) => [m.span.text, m.value, m.noun]);
}

describe("figures in words beyond English", () => {
  it("reads a count in words with the noun it counts, inflected forms and two-word counts included", () => {
    expect(figures("Quindici ciclisti hanno lasciato la gara.", "it")).toEqual([["Quindici ciclisti", 15, "ciclisti"]]);
    expect(figures("Из гонки выбыли двадцать пять велосипедистов.", "ru")).toEqual([["двадцать пять велосипедистов", 25, "велосипедистов"]]);
    expect(figures("Wyścig opuściło pięciu kolarzy.", "pl")).toEqual([["pięciu kolarzy", 5, "kolarzy"]]);
    expect(figures("Sebanyak dua puluh pembalap mundur.", "id")).toEqual([["dua puluh pembalap", 20, "pembalap"]]);
    expect(figures("Yarıştan beş bin seyirci ayrıldı.", "tr")).toEqual([["beş bin seyirci", 5000, "seyirci"]]);
  });

  it("reads no count in a word of another sense, a one that is an article, or a count of a function word", () => {
    expect(figures("Sei stato tu a vincere la gara.", "it")).toEqual([]);
    expect(figures("Um ciclista deixou a corrida.", "pt")).toEqual([]);
    expect(figures("Er hat es zwei Mal gesagt.", "de")).toEqual([]);
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
