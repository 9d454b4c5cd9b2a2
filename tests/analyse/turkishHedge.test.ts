// Turkish passes a report on without vouching for it with "iddiaya göre" ("so it is claimed"), "iddia edilen" / "öne
// sürülen" ("alleged", "put forward") and the participle "iddia eden" ("who claims"). Without them in the Turkish
// table, an article that only relays a claim was read as presenting it as true (probe 37, item D2).
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import type { ClaimNodeAttrs } from "../../src/graph/types.ts";
import { makeCase } from "../helpers.ts";

const article = (outlet: string, published: string, body: string) => `---\noutlet: ${outlet}\npublished: ${published}\nlanguage: tr\n---\n${body}\n`;

const CLAIM = "belediye başkanı Selin Kaya liman ihalesini salı günü iptal etti";

async function claimOf(files: Record<string, string>): Promise<ClaimNodeAttrs> {
  const { graph } = await analyseCaseFolder(await makeCase(files));
  const claims = graph.filterNodes((_k, a) => a.kind === "claim").map((k) => graph.getNodeAttributes(k) as ClaimNodeAttrs);
  const claim = claims.find((c) => c.articles.length === 2);
  if (!claim) throw new Error(`no claim of two articles: ${JSON.stringify(claims.map((c) => [c.label, c.articles]))}`);
  return claim;
}

describe("Turkish words that relay a claim without vouching for it", () => {
  for (const [name, hedged] of [
    ["iddiaya göre", `İddiaya göre ${CLAIM}. Karar limanda tartışma yarattı.`],
    ["öne sürülen", `Öne sürülen habere göre ${CLAIM}. Karar limanda tartışma yarattı.`],
  ] as const) {
    it(`"${name}": the article mentions the claim, the plain report presents it as true`, async () => {
      const claim = await claimOf({
        "haber.txt": article("Kıyı Postası", "2026-03-10", hedged),
        "gazete.txt": article("Körfez Gazetesi", "2026-03-11", `${CLAIM[0]!.toUpperCase()}${CLAIM.slice(1)}. Karar limanda tartışma yarattı.`),
      });
      expect(claim.mentionedBy).toEqual(["haber"]);
      expect(claim.presentedAsTrue).toEqual(["gazete"]);
    });
  }
});
