// Across languages, two names alone joined a background sentence ("Les deux pays se disputent depuis 2018 le barrage de
// la Sellen, qui fournit à Ostrelia près de 30 % de son électricité") to another article's headline ("Ostrelia
// minister reportedly threatened Kolvia over Sellen dam"), and the wire that hedges the threat was read as presenting
// it as true. A story's background names its actors as its headline does: between a lead and a sentence further down,
// names alone need one more, or a figure. Control: the two leads, which name the story's actors, still join. All texts
// invented.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle as article, makeCase } from "../helpers.ts";

const wire = article(
  "fr",
  "Agence Boréale de Presse",
  "2026-05-04T10:00:00Z",
  "Énergie : la ministre Varga aurait menacé Kolvia",
  "La ministre de l'Énergie, Dana Varga, aurait déclaré que « Kolvia paiera chaque mégawatt », selon une source anonyme. Cette déclaration n'a pas été confirmée officiellement. Les deux pays se disputent depuis 2018 le barrage de la Sellen, qui fournit à Ostrelia près de 30 % de son électricité.",
);
const paper = article(
  "en",
  "The Harbour Post",
  "2026-05-04T18:00:00Z",
  "Ostrelia minister reportedly threatened Kolvia over Sellen dam",
  'Energy Minister Dana Varga allegedly told officials that "Kolvia will pay for every megawatt", according to an anonymous source. The remark has not been officially confirmed.',
);

describe("a background sentence in another language", () => {
  it("joins no headline on the story's names alone", async () => {
    const { claims } = await analyseCaseFolder(await makeCase({ "wire.txt": wire, "post.txt": paper }));
    const background = claims.filter((c) => c.statements.some((s) => s.text.includes("se disputent")));
    for (const c of background) expect(c.statements.some((s) => s.text.startsWith("Ostrelia minister"))).toBe(false);
    // The leads, which tell the threat, are still one claim of both articles.
    expect(claims.some((c) => [...c.articles].length === 2 && !c.statements.some((s) => s.text.includes("se disputent")))).toBe(true);
  });
});
