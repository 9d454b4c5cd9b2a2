// A "Source: X" line over the story says the text below is X's: the same line was read as syndication under a short
// headline (the cleaner set the header apart) but as a mere citation under a long one the cleaner kept as prose
// ("… Primarul: „…” FOTO VIDEO"), probe 43 class C4. Pinned with texts of our own. Controls: the same line closing the
// text, or after the story's first sentence, stays a citation.
import { describe, expect, it } from "vitest";
import { cleanArticle } from "../../src/clean/clean.ts";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readArticle } from "../../src/extract/read.ts";
import type { RawArticle } from "../../src/ingest/types.ts";

const STORY = "Primăria a anunțat joi că podul peste râu va fi închis timp de o săptămână pentru reparații urgente, au precizat oficialii.\n\nCirculația va fi deviată pe strada Morii până la finalul lucrărilor.";
const read = (text: string) => {
  const raw: RawArticle = { meta: { id: "t", file: "t.txt", format: "text", outlet: "Monitorul Văii", language: "ro" }, text };
  const r = readArticle(cleanArticle(raw), createOutletRegistry([]));
  return { republished: r.syndication.map((s) => s.outletName), cited: r.attributions.map((a) => a.outletName) };
};

describe("a source line over the story is the story's source", () => {
  it.each([
    ["a short headline", "3 iulie 2025\n\nPrimarul anunță închiderea podului\n\nSursa: harbourpost.ro"],
    ["a long headline read as prose", "3 iulie 2025\n\nPodul se închide. Primarul: „Nu avem altă soluție decât să închidem podul” FOTO VIDEO\n\nSursa: harbourpost.ro"],
  ])("under %s", (_shape, top) => {
    expect(read(`${top}\n\n${STORY}`)).toEqual({ republished: ["harbourpost.ro"], cited: [] });
  });
});

describe("controls: a source line below the story's text is a citation", () => {
  it("closing the text", () => {
    expect(read(`Podul se închide\n\n${STORY}\n\nSursa: harbourpost.ro`)).toEqual({ republished: [], cited: ["harbourpost.ro"] });
  });
  it("after the story's first sentence", () => {
    const [first, second] = STORY.split("\n\n");
    expect(read(`Podul se închide\n\n${first}\n\nSursa: harbourpost.ro\n\n${second}`)).toEqual({ republished: [], cited: ["harbourpost.ro"] });
  });
});
