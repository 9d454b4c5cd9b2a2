/**
 * A German debunk that says the message carrying a story is forged ("Warnung vor X ist gefälscht", "… ist eine
 * Fälschung") was a plain debunk claim, presented as true by the articles that make it, and eval scored them as
 * presenting the story as true. The message is what tells the story: calling it forged says the story was made up,
 * and the claim is a denial of it (German `fabrication`). Invented texts, invented names.
 */
import { describe, expect, it } from "vitest";
import { isDenialClaim } from "../../src/analyse/stance.ts";

describe("a message said to be forged", () => {
  it.each([
    "Talheim: Warnung vor vergiftetem Leitungswasser ist gefälscht",
    "Die Warnung vor vergiftetem Leitungswasser in Talheim ist eine Fälschung.",
    "Der Kettenbrief über vergiftetes Leitungswasser ist offenbar ein Fake.",
    "Die Drogenwarnung an der Ulmenschule war ein Hoax.",
  ])("is a denial: %s", (wording) => {
    expect(isDenialClaim(wording, "de")).toBe(true);
  });

  it.each([
    // Whether it is forged, asked; a forger's deed; a message said not to be forged; a forged thing that tells no story.
    "Die Polizei prüft, ob die Warnung vor vergiftetem Leitungswasser gefälscht ist.",
    "Die Warnung vor vergiftetem Leitungswasser ist nicht gefälscht, sagen die Stadtwerke.",
    "Der Pass des Verdächtigen ist gefälscht.",
    "Die Warnung vor Glatteis gilt bis Montag.",
  ])("is no denial: %s", (wording) => {
    expect(isDenialClaim(wording, "de")).toBe(false);
  });
});
