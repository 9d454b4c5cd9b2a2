// Two reports of the same day: the one that credits the other came after it. The tie was broken by file name, so a
// probe case's citing article became the claim's origin and "stated it on its own word".
import { describe, expect, it } from "vitest";
import type { ClaimNodeAttrs } from "../../src/graph/types.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";

describe("an article that credits another of the same day", () => {
  it("takes the claim from it, whatever their names sort as", async () => {
    const root = await makeCase({
      // "a-…" sorts first, and credits "z-…".
      "a-courier.txt": "---\noutlet: Harbour Courier\npublished: 2026-03-02\n---\nThe port authority has closed 340 market kiosks over the past two months for permit violations, according to the Velmar Ledger, which cited an unnamed official.\n\nThe Courier could not verify the figure independently.\n",
      "z-ledger.txt": "---\noutlet: Velmar Ledger\npublished: 2026-03-02\n---\nThe port authority has closed 340 market kiosks over the past two months for permit violations, an official told the Ledger.\n\nThe official asked not to be named.\n",
      "m-post.txt": "---\noutlet: Quill Post\npublished: 2026-03-03\n---\nThe port authority has closed 340 market kiosks over the past two months for permit violations, the Velmar Ledger reported.\n\nTraders say they were given no warning.\n",
    });
    const { graph } = await analyseCaseFolder(root);
    const claim = graph.filterNodes((_k, a) => a.kind === "claim" && (a as ClaimNodeAttrs).articles.length === 3).map((k) => graph.getNodeAttributes(k) as ClaimNodeAttrs)[0];
    expect(claim?.origins).toEqual(["z-ledger"]);
    expect(claim?.derivedFrom?.["a-courier"]).toEqual(["z-ledger"]);
  });
});

describe("a credit in Arabic", () => {
  it("is never charged as unsupported on words alone: the same word is written with and without its article", async () => {
    const root = await makeCase({
      "marjan.txt": "---\noutlet: Al-Marjan\npublished: 2026-03-02\nlanguage: ar\n---\nقال مسؤول في وزارة العمل إن الوزارة رحّلت ٣٤٠ عاملاً أجنبياً خلال الأشهر الثلاثة الماضية.\n\nوأضاف المسؤول أن حملة التفتيش مستمرة حتى نهاية العام.\n",
      "nahar.txt": "---\noutlet: Sawt al-Bahr\npublished: 2026-03-03\nlanguage: ar\n---\nنقلت صحيفة المرجان عن مسؤول في وزارة العمل قوله إن ٣٤٠ عاملاً رُحّلوا من البلاد خلال ثلاثة أشهر.\n\nولم تعلق الوزارة رسمياً على الرقم.\n",
    });
    const { graph } = await analyseCaseFolder(root);
    expect(graph.outEdges("nahar").map((e) => graph.target(e))).toContain("marjan");
    expect(graph.getAttribute("findings").filter((f) => f.type === "unsupported_attribution")).toEqual([]);
  });
});
