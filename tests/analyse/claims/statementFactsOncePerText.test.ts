/**
 * The statements of a case read what their words alone decide (debunk cues, a verdict, a newsroom step, a line of only a
 * date and names, no proposition) once per distinct text and language: a story reprinted by many sites repeats most of
 * its sentences, and each printing was read again. The count of readings is pinned, and that each statement still
 * gets its own text's answers in its own language. Invented texts.
 */
import { describe, expect, it, vi } from "vitest";
import { isNewsroomStep, readStatements } from "../../../src/analyse/claims/statements.ts";
import { statesNoProposition } from "../../../src/analyse/claims/noProposition.ts";
import { statesVerdict } from "../../../src/analyse/claims/propositions.ts";
import { onlyDateAndNames } from "../../../src/clean/stamp.ts";
import { debunkCues } from "../../../src/analyse/stance.ts";
import { source } from "../statementSources.ts";

const read = vi.hoisted(() => ({ texts: [] as string[] }));

vi.mock("../../../src/clean/stamp.ts", async (original) => {
  const stamp = await original<typeof import("../../../src/clean/stamp.ts")>();
  return {
    ...stamp,
    onlyDateAndNames: (text: string, language: string | undefined) => {
      read.texts.push(text);
      return stamp.onlyDateAndNames(text, language);
    },
  };
});

const REPRINTED = "The ferry from Ostvik to Larnholm will stop running in May, the operator Kelda Lines said.";
const VERDICT = "The post about the Ostvik bridge was a hoax, the council said.";
const GERMAN_CUE = "Die Meldung über die Brücke von Ostvik war eine Falschmeldung.";

describe("statements printed word for word by several sites", () => {
  it("are read once per text", () => {
    read.texts.length = 0;
    readStatements(["alpha-1", "beta-1", "gamma-1", "delta-1"].map((id, k) => source(id, k + 1, [REPRINTED])));
    expect(read.texts.filter((t) => t === REPRINTED)).toHaveLength(1);
  });

  it("each get their own text's answers, in their own article's language", () => {
    const sources = [
      source("alpha-1", 1, [REPRINTED, VERDICT, GERMAN_CUE]),
      source("beta-1", 2, [VERDICT, GERMAN_CUE, REPRINTED]),
      source("gamma-1", 3, [GERMAN_CUE, VERDICT], [], { language: "de" }),
    ];
    // The same words are a debunk cue in German and none in English: a text read once for all languages would give one answer.
    expect(debunkCues(GERMAN_CUE, "de").length > 0).not.toBe(debunkCues(GERMAN_CUE, "en").length > 0);
    const statements = readStatements(sources).filter((s) => s.span.start >= 0);
    expect(statements).toHaveLength(8);
    for (const s of statements) {
      const cues = debunkCues(s.span.text, s.language);
      expect({ text: s.span.text, language: s.language, debunking: s.debunking, verdict: s.verdict, newsroomStep: s.newsroomStep, onlyDateAndNames: s.onlyDateAndNames, noProposition: s.noProposition }).toEqual({
        text: s.span.text,
        language: s.language,
        debunking: cues.length > 0,
        verdict: cues.length > 0 && statesVerdict(s.span.text, s.language),
        newsroomStep: isNewsroomStep(s.span.text, s.language),
        onlyDateAndNames: onlyDateAndNames(s.span.text, s.language),
        noProposition: statesNoProposition(s.span.text, s.language),
      });
    }
    expect(statements.filter((s) => s.span.text === GERMAN_CUE).map((s) => [s.language, s.debunking])).toEqual([
      ["en", false],
      ["en", false],
      ["de", true],
    ]);
  });
});
