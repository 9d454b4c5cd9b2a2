// Ukrainian "нібито" / "начебто" / "буцімто" and Russian "якобы" ("allegedly") pass a report on without vouching for it.
// Without them in the stance tables, an article that relays a claim with one was read as presenting it as true.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import type { ClaimNodeAttrs } from "../../src/graph/types.ts";
import { makeCase } from "../helpers.ts";

const article = (outlet: string, published: string, language: string, body: string) => `---\noutlet: ${outlet}\npublished: ${published}\nlanguage: ${language}\n---\n${body}\n`;

async function claimOf(files: Record<string, string>): Promise<ClaimNodeAttrs> {
  const { graph } = await analyseCaseFolder(await makeCase(files));
  const claims = graph.filterNodes((_k, a) => a.kind === "claim").map((k) => graph.getNodeAttributes(k) as ClaimNodeAttrs);
  const claim = claims.find((c) => c.articles.length === 2);
  if (!claim) throw new Error(`no claim of two articles: ${JSON.stringify(claims.map((c) => [c.label, c.articles]))}`);
  return claim;
}

describe("Cyrillic adverbs of hearsay: the article mentions the claim, the plain report presents it as true", () => {
  for (const [language, hedged, plain] of [
    ["uk", "Поромну переправу в Ольшанці нібито закрили на всю зиму через лід.", "Поромну переправу в Ольшанці закрили на всю зиму через лід."],
    ["uk", "Поромну переправу в Ольшанці буцімто закрили на всю зиму через лід.", "Поромну переправу в Ольшанці закрили на всю зиму через лід."],
    ["ru", "Паромную переправу в Ольшанке якобы закрыли на всю зиму из-за льда.", "Паромную переправу в Ольшанке закрыли на всю зиму из-за льда."],
  ] as const) {
    it(`${language}: ${hedged.split(" ")[4]}`, async () => {
      const claim = await claimOf({
        "vistnyk.txt": article("Вісник Полісся", "2026-02-03", language, `${hedged} Рішення обговорюють мешканці.`),
        "kurier.txt": article("Кур'єр Степу", "2026-02-04", language, `${plain} Рішення обговорюють мешканці.`),
      });
      expect(claim.mentionedBy).toEqual(["vistnyk"]);
      expect(claim.presentedAsTrue).toEqual(["kurier"]);
    });
  }
});
