// A Czech speaker named after a role and the organisation it belongs to, in the genitive ("trenér Sparty Praha Jan
// Novák řekl"): the person is the name after the organisation, never one holding the club. Texts of our own, names invented.
import { describe, expect, it } from "vitest";
import type { CleanArticle } from "../../src/clean/types.ts";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readArticle } from "../../src/extract/read.ts";
import { paragraphSpans } from "./helpers.ts";

function named(body: string, language: string): string[] {
  const article: CleanArticle = { meta: { id: "t", file: "t.md", format: "markdown", outlet: "Test Daily", language }, text: body, body, paragraphs: paragraphSpans(body), kept: [], removed: [], creditLines: [] };
  return readArticle(article, createOutletRegistry([])).sources.filter((s) => s.type === "named").map((s) => s.name);
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
