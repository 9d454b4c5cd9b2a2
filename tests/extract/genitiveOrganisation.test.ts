// A Czech speaker named after a role and the organisation it belongs to, in the genitive ("trenér Sparty Praha Jan
// Novák řekl"): the person is the name after the organisation, never one holding the club. Texts of our own, names invented.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

function named(body: string, language: string): string[] {
  return readText(body, createOutletRegistry([]), { outlet: "Test Daily", language }).sources.filter((s) => s.type === "named").map((s) => s.name);
}

describe("Czech: role, organisation in the genitive, then the person", () => {
  it.each([
    ["Trenér Slavoje Bránice Jan Novotný řekl, že útočník zůstane.", "Jan Novotný"],
    ["„Útočník zůstane,“ řekl trenér Slavoje Bránice Jan Novotný.", "Jan Novotný"],
    ["Mluvčí Dynama Lhotka Petra Malá uvedla, že přestup je hotový.", "Petra Malá"],
  ])("%s", (body, name) => {
    expect(named(body, "cs")).toEqual([name]);
  });
});
