/**
 * A role and the country or body it is of ("prezydent Francji", "Президент США", "der Präsident der USA") name the
 * office, never a person or a body called after the country; a role before a person's name still names the person.
 * Invented texts.
 */
import { describe, expect, it } from "vitest";
import { readPlain, sourceLabels } from "./helpers.ts";

describe("a role and whose role it is, before a speech verb", () => {
  it.each([
    ["pl", `Pytany o pomoc, prezydent Francji powiedział: – Cóż, pomagamy.`],
    ["pl", `Pytany o pomoc, prezydent USA powiedział: – Cóż, pomagamy.`],
    ["pl", `Premier Polski powiedział, że rząd pomaga.`],
    ["ru", `Президент Франции заявил, что они помогают.`],
    ["ru", `Президент США заявил, что они помогают.`],
    ["cs", `Prezident USA řekl, že pomáhají.`],
    ["de", `Der Präsident der USA sagte, man helfe.`],
  ])("names no one: %s %s", (language, text) => {
    expect(sourceLabels(readPlain(text, language))).toEqual([]);
  });

  it.each([
    ["pl", `Prezydent Jan Wierzbowski powiedział, że rząd pomaga.`, "named:Jan Wierzbowski"],
    ["de", `Bürgermeister Hans Kellbach sagte, man helfe.`, "named:Hans Kellbach"],
    // A name that only looks like a country's ("Francis", "France") is no case form where the language declines no names.
    ["en", `Pope Francis said the talks would go on.`, "named:Pope Francis"],
  ])("still names the person after the role: %s %s", (language, text, label) => {
    expect(sourceLabels(readPlain(text, language))).toEqual([label]);
  });
});
