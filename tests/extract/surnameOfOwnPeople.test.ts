/**
 * A surname alone that one article quotes was joined to the one fuller name of that surname another article gives,
 * even where the quoting article names another person of that surname itself in a form it does not join to the surname
 * ("Senator Luis “Tito” Pereda … “We never sold it,” Pereda said"): the quote went to "Ana Pereda", a name only the
 * other article writes (probe 52b: a son's words shown as his mother's). Invented texts.
 */
import { describe, expect, it } from "vitest";
import type { CleanArticle } from "../../src/clean/types.ts";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readArticle } from "../../src/extract/read.ts";
import { resolveReadings } from "../../src/extract/resolve.ts";
import { paragraphSpans } from "./helpers.ts";

const registry = createOutletRegistry([]);
const article = (body: string, id: string, language: string): CleanArticle => ({ meta: { id, file: `${id}.md`, format: "markdown", outlet: `Paper ${id}`, language }, text: body, body, paragraphs: paragraphSpans(body), kept: [], removed: [], creditLines: [] });
/** The named speakers of the last article, as the case reads them. */
const lastSpeakers = (...bodies: [string, string][]): string[] => {
  const cleaned = bodies.map(([language, b], i) => article(b, `a${i}`, language));
  const readings = resolveReadings(cleaned.map((c) => readArticle(c, registry)), cleaned);
  return (readings[readings.length - 1]?.sources ?? []).filter((s) => s.type === "named").map((s) => s.name);
};

const MOTHER: [string, string] = ["en", "In 1994, Ana Pereda told reporters that her husband had sold the old mill after the war."];

describe("a surname alone, where the article names others of that surname", () => {
  it.each<[string, string]>([
    ["en", "Senator Luis “Tito” Pereda was asked about the mill.\n\n“We never sold it,” Pereda said."],
    ["tl", "Itinanggi ni Senador Luis “Tito” Pereda, Jr., ang balita tungkol sa gilingan.\n\n“Hindi namin ito ibinenta,” wika ni Pereda sa isang panayam."],
  ])("%s: is not the person of that surname another article names", (language, son) => {
    expect(lastSpeakers(MOTHER, [language, son])).not.toContain("Ana Pereda");
  });

  it("is, where the article names no other of that surname", () => {
    // Control: joined before and after.
    expect(lastSpeakers(MOTHER, ["en", "The mill was asked about again.\n\n“We never sold it,” Pereda said."])).toContain("Ana Pereda");
  });

  it("is, where the article writes the surname only after a title", () => {
    // Control: a role is no given name.
    expect(lastSpeakers(MOTHER, ["en", "Senator Pereda was asked about the mill.\n\n“We never sold it,” Pereda said."])).toContain("Ana Pereda");
  });
});
