// Credits that name a site outside a frame of reporting: a site's address as the subject of publishing a piece
// ("Lacvert.com publie un article : « … »"), and a site's bare address closing a reprinted story.
import { describe, expect, it } from "vitest";
import { cleanArticle } from "../../src/clean/clean.ts";
import type { RawArticle } from "../../src/ingest/types.ts";
import { createOutletRegistry, withCaseOutlets } from "../../src/core/outlets.ts";
import { readArticle } from "../../src/extract/read.ts";
import { readPlain } from "./helpers.ts";

const raw = (text: string, outlet: string, language: string): RawArticle => ({ meta: { id: "t", file: "t.txt", format: "text", outlet, language }, text });

describe("fr: a site's address as the subject of publishing a piece", () => {
  it("Lacvert.com publie un article : « … »", () => {
    expect(readPlain("Tout part d'un blog. Lacvert.com publie un article : « un préfet aurait fui la région ».", "fr").attributions.map((a) => a.outletName)).toEqual(["lacvert.com"]);
  });
  it("control: a person who publishes an article is no outlet", () => {
    expect(readPlain("Tout part d'un blog. Léon Marchal publie un article : « un préfet aurait fui la région ».", "fr").attributions).toEqual([]);
  });
});

describe("a site's bare address closing the story credits the site the text was taken from", () => {
  const STORY = "Le conseil régional a voté mardi un budget de crise pour les routes de montagne, après les éboulements de l'hiver dernier.\n\nLes travaux commenceront au printemps et dureront deux ans, selon le conseil, qui promet de publier le calendrier détaillé.";
  const registry = withCaseOutlets(createOutletRegistry([]), [{ name: "Lacvert" }, { name: "Écho des Cimes" }]);
  it("the closing line 'Lacvert.net' is the case outlet Lacvert's story", () => {
    const cleaned = cleanArticle(raw(`${STORY}\n\nLacvert.net`, "Écho des Cimes", "fr"));
    expect(readArticle(cleaned, registry).syndication.map((s) => s.outletName)).toEqual(["Lacvert"]);
  });
  it("control: a platform's address closing it credits nobody", () => {
    const cleaned = cleanArticle(raw(`${STORY}\n\nFacebook.com`, "Écho des Cimes", "fr"));
    expect(readArticle(cleaned, registry).syndication).toEqual([]);
  });
  it("control: the page's own address closing it credits nobody", () => {
    const cleaned = cleanArticle(raw(`${STORY}\n\nEchodescimes.net`, "Écho des Cimes", "fr"));
    expect(readArticle(cleaned, registry).syndication).toEqual([]);
  });
});
