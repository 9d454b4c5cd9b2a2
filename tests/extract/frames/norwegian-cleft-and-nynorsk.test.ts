// Norwegian: the cleft "Det var X som først omtalte …" (it was X that first reported …) credits X; Nynorsk's speech
// verbs ("seier", "skreiv") and a role written before a name at a sentence's start ("Rektor …", "Lensmann …") read as
// Bokmål's do. Invented outlets and people.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../../src/core/outlets.ts";
import { no } from "../../../src/extract/frames/no.ts";
import { readText } from "../helpers.ts";
import { names } from "./helpers.ts";

function sourceNames(body: string, language: string): string[] {
  return readText(body, createOutletRegistry([]), { outlet: "Fjordbladet", language }).sources.map((s) => s.name);
}

describe("Norwegian cleft credit and Nynorsk speakers", () => {
  it("reads the cleft's outlet", () => {
    expect(names(no, "Det var Vikposten som først omtalte brannen.")).toContain("Vikposten");
  });

  it.each([
    ["– Vi veit ikkje kva som skjedde, seier Marit Holm.", "Marit Holm"],
    ["Lensmann Per Aas skreiv i ei melding: «Vi tek saka på alvor».", "Per Aas"],
  ])("%s → %s", (body, name) => expect(sourceNames(body, "nn")).toEqual([name]));
});
