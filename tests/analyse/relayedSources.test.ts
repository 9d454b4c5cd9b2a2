// A republished or cited story brings its unnamed sources with it: translated, "selon des sources proches du port"
// reads "sources close to the harbour office say" and "источники, близкие к ведомству" reads "джерела, близькі до
// відомства", names no twin of the original's would join, and each counted as a second independent source of a claim
// that has one (probe 23, items 14 and 25).
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

async function mainClaim(files: Record<string, string>): Promise<{ origins: string[]; independentSources: number; restsOn: Record<string, string[]> }> {
  const { graph } = await analyseCaseFolder(await makeCase(files));
  const claims = graph.filterNodes((_k, a) => a.kind === "claim").map((k) => graph.getNodeAttributes(k) as never as { articles: string[]; origins: string[]; independentSources: number; restsOn: Record<string, string[]> });
  const claim = claims.find((c) => c.articles.length === 2);
  if (!claim) throw new Error(`no claim of both articles: ${JSON.stringify(claims)}`);
  return claim;
}

describe("sources that came with a republished or cited story", () => {
  it("a republished translation adds no source of its own", async () => {
    const claim = await mainClaim({
      "orig.txt": frontMatterArticle("fr", "Le Phare Côtier", "2025-03-10", "Taxe portuaire", "La commune de Belmarée va taxer chaque kayak amarré dans son port à hauteur de 40 euros, selon des sources proches de la capitainerie. Les pêcheurs protestent."),
      "copy.txt": frontMatterArticle("en", "Coastline Digest", "2025-03-11", "Harbour tax", "The town of Belmarée will tax every kayak moored in its harbour at 40 euros, sources close to the harbour office say. Fishermen are protesting.\n\nThis article first appeared on Le Phare Côtier."),
    });
    expect(claim.origins).toEqual(["orig"]);
    expect(claim.independentSources).toBe(1);
  });
  it("sources a citing clause names are the cited article's, in another language too", async () => {
    const claim = await mainClaim({
      "ru.txt": frontMatterArticle("ru", "Озёрный Вестник", "2025-03-10", "Налог", "Администрация Озёрска введёт сбор за парковку лодок в размере 300 рублей, сообщает агентство Речная Почта со ссылкой на источники, близкие к мэрии."),
      "uk.txt": frontMatterArticle("uk", "Вісті Озер", "2025-03-11", "Збір", "Адміністрація Озерська запровадить збір за паркування човнів у розмірі 300 рублів, повідомляє видання Озёрный Вестник з посиланням на джерела, близькі до мерії."),
    });
    expect(claim.origins).toEqual(["ru"]);
    expect(claim.independentSources).toBe(1);
  });
  it("two papers with unnamed sources of their own, neither taking from the other, are two", async () => {
    const claim = await mainClaim({
      "a.txt": frontMatterArticle("fr", "Le Phare Côtier", "2025-03-10", "Taxe portuaire", "La commune de Belmarée va taxer chaque kayak amarré dans son port à hauteur de 40 euros, selon des sources proches de la capitainerie."),
      "b.txt": frontMatterArticle("en", "Coastline Digest", "2025-03-11", "Harbour tax", "The town of Belmarée will tax every kayak moored in its harbour at 40 euros, a fisherman who asked not to be named said."),
    });
    expect(claim.independentSources).toBe(2);
  });
});
