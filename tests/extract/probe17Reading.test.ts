// Readings a probe of invented cases found wrong (probe 17), each pinned with texts of our own: a post, video or
// publication "on/in" a platform or outlet cited by its description; Turkish speech frames; Spanish and Catalan unnamed
// sources; a quoting frame whose subject is not an outlet.
import { describe, expect, it } from "vitest";
import type { CleanArticle } from "../../src/clean/types.ts";
import { createOutletRegistry, withCaseOutlets } from "../../src/core/outlets.ts";
import { readArticle } from "../../src/extract/read.ts";
import { paragraphSpans } from "./helpers.ts";

const base = createOutletRegistry([
  { name: "Instagram", aliases: [], descriptors: [], domains: ["instagram.com"], kind: "website" },
  { name: "Facebook", aliases: [], descriptors: [], domains: ["facebook.com"], kind: "website" },
]);
const registry = withCaseOutlets(base, [{ name: "Harbour Courier" }]);

function read(body: string, language: string, outlet = "Northfield Ledger") {
  const article: CleanArticle = { meta: { id: "t", file: "t.md", format: "markdown", outlet, language }, text: body, body, paragraphs: paragraphSpans(body), kept: [], removed: [], creditLines: [] };
  return readArticle(article, registry);
}
const cited = (body: string, language: string): string[] => read(body, language).attributions.map((a) => a.outletName);

describe("a post, video or publication on a platform cites the platform", () => {
  it.each([
    ["es", "La vacuna caduca en un mes, según una publicación viral en Instagram.", "Instagram"],
    ["es", "La vacuna caduca en un mes, según un vídeo compartido en Facebook.", "Facebook"],
    ["es", "La vacuna caduca en un mes, según un mensaje en Facebook.", "Facebook"],
    ["en", "The vaccine expires in a month, according to a viral post on Facebook.", "Facebook"],
    ["fr", "Le vaccin expire en un mois, selon une publication sur Instagram.", "Instagram"],
    ["fr", "Le vaccin expire en un mois, selon une vidéo virale sur Facebook.", "Facebook"],
    ["pt", "A vacina expira em um mês, segundo uma publicação viral no Instagram.", "Instagram"],
    ["it", "Il vaccino scade in un mese, secondo un post virale su Instagram.", "Instagram"],
  ])("(%s) %s", (language, text, outlet) => {
    expect(cited(text, language)).toEqual([outlet]);
  });

  it("a place after the post is no outlet", () => {
    expect(cited("La vacuna caduca en un mes, según una publicación en Madrid.", "es")).toEqual([]);
  });
});
