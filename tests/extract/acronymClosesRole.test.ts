// A body's acronym in capitals right before a person's full name ("the spokesman of the Harbour Guard HGS Tomas Reel")
// ends the role written before the person: it opens no name. Two capitals are left alone (a person's initials), and so
// is an acronym before words that are no full name. Own invented sentences.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const registry = createOutletRegistry([]);
const named = (body: string, language: string) => readText(body, registry, { outlet: "Test Daily", language }).sources.filter((s) => s.type === "named").map((s) => s.name);

describe("an acronym before a full name", () => {
  it.each([
    ["uk", "Речник управління річкової охорони ДРО Тарас Волинець розповів, що пором ходитиме щодня."],
    ["en", "The spokesman for the river patrol service RPS Tomas Reel said the ferry would run every day."],
  ])("closes the role, the person is the name after it (%s)", (language, text) => {
    const names = named(text, language);
    expect(names.some((n) => /^(?:ДРО|RPS)\s/u.test(n))).toBe(false);
    expect(names.some((n) => n === "Тарас Волинець" || n === "Tomas Reel")).toBe(true);
  });

  it("leaves a person's two initials on their name", () => {
    expect(named("The ferry will run every day, said engineer JT Morrow on Monday.", "en").some((n) => n.endsWith("Morrow"))).toBe(true);
  });
});
