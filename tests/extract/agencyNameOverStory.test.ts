// A registered news agency's name alone on a line over the story ("NFB", "(NFB)", "— NFB") is the agency's byline: the
// text is its story. The cleaner takes such a short top line for a section label; as a label it credited nobody. A
// section's own label, or a picture agency's name, over the story credits nobody. Own invented text.
import { describe, expect, it } from "vitest";
import { cleanArticle } from "../../src/clean/clean.ts";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readArticle } from "../../src/extract/read.ts";
import type { RawArticle } from "../../src/ingest/types.ts";

const STORY = "Politiet har pågrepet en mann som skal ha spredt falske meldinger om et ras ved fjellovergangen i Lysdal i går kveld.\n\nVeien var aldri stengt, opplyser vegvesenet, som ber folk sjekke kilden før de deler slike meldinger videre.";
const registry = createOutletRegistry([
  { name: "NFB", aliases: ["Nordfjord Byrå"], descriptors: [], domains: ["nfb.example"], kind: "agency", country: "NO" },
  { name: "Lysbilde Foto", aliases: [], descriptors: [], domains: ["lysbilde.example"], kind: "agency", genre: "pictures", country: "NO" },
]);
const credited = (top: string): string[] => {
  const raw: RawArticle = { meta: { id: "t", file: "t.txt", format: "text", outlet: "Fjellposten", language: "nb" }, text: `${top}\n\n${STORY}` };
  return readArticle(cleanArticle(raw), registry).syndication.map((s) => s.outletName);
};

describe("an agency's name alone over the story", () => {
  it.each(["NFB", "(NFB)", "— NFB"])("%s is the agency's byline", (top) => expect(credited(top)).toEqual(["NFB"]));
  it.each(["Innenriks", "Lysbilde Foto", "nfb"])("%s credits nobody", (top) => expect(credited(top)).toEqual([]));
});
