/**
 * Two debunks that each call the message false with a verb of their own ("Warnung vor X ist gefälscht", "Warnung vor
 * X in Y ist eine Fälschung") share that predicate: outside English the reader tags no verbs, so two such headlines,
 * worded each their own way, were held to the bar of statements sharing no predicate and stayed two claims (invented
 * texts, invented names).
 */
import { describe, expect, it } from "vitest";
import { wordsLink } from "../../../src/analyse/claims/links.ts";
import { statesVerdict } from "../../../src/analyse/claims/propositions.ts";
import { MIN_OVERLAP_WITHOUT_NAMES, MIN_OVERLAP_WITHOUT_PREDICATE } from "../../../src/analyse/claims/thresholds.ts";

describe("a statement whose own verb calls what it names false", () => {
  it.each([
    ["de", "Talheim: Warnung vor vergiftetem Leitungswasser ist gefälscht"],
    ["de", "Die Warnung vor vergiftetem Leitungswasser im Talheimer Freibad ist eine Fälschung"],
    ["de", "Der Kettenbrief über die Brücke von Harlow ist falsch"],
    ["en", "The warning about poisoned tap water in Talheim is a hoax"],
    ["fr", "L'alerte sur l'eau empoisonnée à Talheim est fausse"],
  ])("states a verdict (%s): %s", (language, text) => {
    expect(statesVerdict(text, language)).toBe(true);
  });

  it.each([
    // A debunk word that qualifies a noun, not the statement's verdict; a verdict word far after the verb; no debunk word.
    ["de", "Eine gefälschte Nachricht über das Talheimer Freibad wird oft geteilt"],
    ["fr", "Cette fausse information a été publiée jeudi sur un compte Twitter"],
    ["de", "Die Warnung ist seit Tagen in vielen Vereinen in Talheim und Umgebung falsch verstanden worden"],
    ["de", "Die Warnung vor vergiftetem Leitungswasser ist in Talheim angekommen"],
  ])("states none (%s): %s", (language, text) => {
    expect(statesVerdict(text, language)).toBe(false);
  });
});

describe("two verdicts share a predicate", () => {
  const between = (MIN_OVERLAP_WITHOUT_NAMES + MIN_OVERLAP_WITHOUT_PREDICATE) / 2;
  const evidence = { overlap: between, relation: undefined, bothNamed: false, sharesPredicate: false };

  it("links two statements of one language that both state a verdict at the bar of a shared predicate", () => {
    expect(wordsLink({ ...evidence, bothVerdicts: true })).toBe(true);
    expect(wordsLink(evidence)).toBe(false);
  });

  it("does not lower the bar below a shared predicate's, nor for two statements naming places that do not agree", () => {
    expect(wordsLink({ ...evidence, overlap: MIN_OVERLAP_WITHOUT_NAMES - 0.01, bothVerdicts: true })).toBe(false);
    expect(wordsLink({ ...evidence, bothNamed: true, bothVerdicts: true })).toBe(false);
  });
});
