/** A quotation printed again with the same words in another order (a verb put before or after its subject) is the same quotation, not an altered one (invented texts). */
import { describe, expect, it } from "vitest";
import { analyseReuse } from "../../src/align/index.ts";
import { compareWording } from "../../src/align/quoteWording.ts";
import { changedWords } from "../../src/analyse/findings/alteredQuote.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";
import { FILLER, article, body } from "./fixtures.ts";
import { handReading } from "./readings.ts";

function compare(earlier: string, later: string, language?: string) {
  return compareWording(earlier, [{ start: 0, end: earlier.length }], later, [{ start: 0, end: later.length }], language);
}

describe("words that only changed place", () => {
  it("reads an Arabic verb put after its subject as the same words", () => {
    const c = compare("سيدفع ميناء الزهرة ثمن كل يوم تأخير في تسليم الشحنات", "ميناء الزهرة سيدفع ثمن كل يوم تأخير في تسليم الشحنات", "ar");
    expect(c?.same).toBe(true);
    expect(c?.changes).toEqual([]);
  });

  it("reads a phrase moved to the other end of the quotation as the same words, and gives the later printing's whole stretch", () => {
    const later = "we will close the old ferry pier next spring";
    const c = compare("next spring we will close the old ferry pier", later, "en");
    expect(c?.same).toBe(true);
    expect(later.slice(c!.later.start, c!.later.end)).toBe(later);
  });

  it("still reads a moved negation, or a moved word beside another change, as a change", () => {
    expect(compare("the pier is not safe for boats, it is safe for swimmers", "the pier is safe for boats, it is not safe for swimmers", "en")?.same).toBe(false);
    const c = compare("next spring we will close the old ferry pier at the harbour mouth", "we will next spring close the new ferry pier at the harbour mouth", "en");
    expect(c?.changes).toEqual(["'old' → 'new'"]);
    expect(compare("ميناء الزهرة لن يدفع ثمن أي يوم تأخير في تسليم الشحنات", "لن ميناء الزهرة يدفع ثمن أي يوم تأخير في تسليم الشحنات", "ar")?.same).toBe(false);
  });

  it("draws no altered quotation between two printings of one short quotation in another word order", () => {
    const mk = (later: string) => [
      article("early", "Sahil Daily", "2026-03-01", body(FILLER[0]!, "قال مصدر في الميناء إن \"سيدفع ميناء الزهرة ثمن كل يوم تأخير في تسليم الشحنات\".")),
      article("later", "Akhbar Sahil", "2026-03-04", body(FILLER[1]!, `وأضاف المصدر أن "${later}".`)),
    ];
    const relations = (later: string) =>
      analyseReuse(mk(later), mk(later).map((a) => handReading(a, undefined)))
        .relations.filter((r) => r.kind !== "copies")
        .map((r) => r.kind);
    expect(relations("ميناء الزهرة سيدفع ثمن كل يوم تأخير في تسليم الشحنات")).toEqual([]);
    expect(relations("ميناء الزهرة سيدفع ثمن كل شهر تأخير في تسليم الشحنات")).toEqual(["alters_quote"]);
  });
});

describe("the altered-quotation finding names a moved word once", () => {
  it("says a word moved, not that it was dropped and added", () => {
    const diff = [
      { op: "delete" as const, text: "next spring" },
      { op: "equal" as const, text: "we will close the" },
      { op: "delete" as const, text: "old" },
      { op: "insert" as const, text: "new" },
      { op: "equal" as const, text: "ferry pier" },
      { op: "insert" as const, text: "next spring" },
    ];
    expect(changedWords(diff)).toBe('"next spring" was moved and "old" became "new"');
  });
});

describe("a case of two Arabic printings of one quotation, the verb moved after its subject", () => {
  it("tells a quotation printed again with its words reordered, never an altered one", async () => {
    const { graph } = await analyseCaseFolder(
      await makeCase({
        "sahil.txt": frontMatterArticle("ar", "Sahil Daily", "2026-03-01", "أزمة الميناء", 'كشف مصدر في الميناء أن المدير قال خلال اجتماع مغلق مع وفد من مدينة الزهرة: "ستدفع الزهرة ثمن كل يوم تأخير في تسليم الشحنات".'),
        "akhbar.txt": frontMatterArticle("ar", "Akhbar Sahil", "2026-03-05", "تصعيد في الميناء", 'تصاعد الخلاف بعد أن أكد المدير أن "الزهرة ستدفع ثمن كل يوم تأخير في تسليم الشحنات"، بحسب ما نقلته الصحف.'),
      }),
    );
    const findings = graph.getAttribute("findings").filter((f) => f.type === "altered_quote" || f.type === "recycled_quote");
    expect(findings.map((f) => f.type)).toEqual(["recycled_quote"]);
    expect(findings[0]!.explanation).toContain("in another order");
    expect(graph.filterEdges((_, a) => a.kind === "alters_quote")).toEqual([]);
  });
});
