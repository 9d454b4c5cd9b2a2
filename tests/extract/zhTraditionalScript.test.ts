// Texts in Traditional Chinese (Taiwan, Hong Kong: "據北濱日報報導", "援引…稱", "他說：「…」") were read with no citation,
// quotation or source: the Chinese frames are written in Simplified characters. The reader now matches a Chinese text
// through its Simplified letters, folded one character for one (core/hanScript.ts, OpenCC's character tables), and gives
// its findings the text's own words at the same offsets; a name is one key in either script (slugify).
import { describe, expect, it } from "vitest";
import { simplifiedHan } from "../../src/core/hanScript.ts";
import { createOutletRegistry, outletKey } from "../../src/core/outlets.ts";
import type { TextSpan } from "../../src/core/spans.ts";
import { slugify } from "../../src/core/text.ts";
import type { ArticleReading } from "../../src/extract/types.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";
import { quotedSpeaker, readPlain, readText } from "./helpers.ts";

/** Every span of a reading that points into the body. */
function spans(r: ArticleReading): TextSpan[] {
  return [
    ...r.sentences,
    ...r.quotations.flatMap((q) => [q.span, ...q.parts, ...(q.speakerSpan ? [q.speakerSpan] : [])]),
    ...r.sources.flatMap((s) => s.mentions),
    ...r.attributions.flatMap((a) => [a.span, a.sentence]),
    ...r.syndication.map((c) => c.evidence).filter((e) => e.start >= 0),
  ];
}

describe("the Traditional-to-Simplified fold", () => {
  it("keeps the length and every character it has no single-character form for", () => {
    const text = "據北濱日報報導，市長說：「為了安全。」什么才";
    expect(simplifiedHan(text)).toBe("据北滨日报报导，市长说：「为了安全。」什么才");
    expect(simplifiedHan(text)).toHaveLength(text.length);
  });

  it("keeps a character whose Simplified form is written with two code units, and reads no phrase", () => {
    // OpenCC gives 㗲 the Simplified form 𠵾, beyond the Basic Multilingual Plane: folding it would move every offset after it.
    expect(simplifiedHan("㗲，乾淨")).toBe("㗲，干净");
    // Its phrase table keeps 乾 in 乾隆; only its character table is read, which folds 乾 alone.
    expect(simplifiedHan("乾隆")).toBe("干隆");
  });

  it("makes a name one key in either script", () => {
    expect(slugify("北濱日報")).toBe(slugify("北滨日报"));
    expect(outletKey("聯合新聞網")).toBe(outletKey("联合新闻网"));
  });
});

describe("a text in Traditional Chinese", () => {
  const CITED = "據北濱日報報導，港口將關閉一週。";

  it("cites the outlet of 據X報導, named as the text writes it", () => {
    const r = readPlain(CITED, "zh");
    expect(r.attributions.map((a) => [a.outletName, a.span.text])).toEqual([["北濱日報", "據北濱日報報導"]]);
    expect(r.attributions[0]?.outlet).toBe(outletKey("北滨日报"));
  });

  it("control: the same text in Simplified still cites the outlet, under the same key", () => {
    const r = readPlain("据北滨日报报道，港口将关闭一周。", "zh");
    expect(r.attributions.map((a) => [a.outletName, a.span.text, a.outlet])).toEqual([["北滨日报", "据北滨日报报道", outletKey("北濱日報")]]);
  });

  it("reads X援引…稱 as the outlet quoting an anonymous source", () => {
    const r = readPlain("北濱時報援引一名官員稱，港口已關閉。", "zh");
    expect(r.attributions.map((a) => [a.frame, a.outletName])).toEqual([["quoted", "北濱時報"]]);
    expect(r.sources.map((s) => [s.type, s.name])).toEqual([["anonymous", "官員"]]);
  });

  it("gives a quotation in 「…」 its speaker with 表示 and with 說, role and name as written", () => {
    const r = readPlain("南港市長林安德表示：「我們沒有別的選擇。」", "zh");
    expect(r.quotations.map((q) => [q.kind, q.span.text])).toEqual([["quotation", "「我們沒有別的選擇。」"]]);
    expect(r.sources.map((s) => [s.name, s.role])).toEqual([["林安德", "市長"]]);
    expect(quotedSpeaker(readPlain("林安德說：「港口將關閉。」", "zh"))).toBe("林安德");
  });

  it("points every offset into the text as written", () => {
    const body = `${CITED}一名知情人士對北濱時報表示，港口將重開。\n\n南港市長林安德說：「我們沒有別的選擇。」`;
    const r = readPlain(body, "zh");
    expect(r.attributions).toHaveLength(2);
    for (const s of spans(r)) expect(s.text).toBe(body.slice(s.start, s.end));
    expect(r.attributions.map((a) => a.span.text)).toEqual(["據北濱日報報導", "對北濱時報表示"]);
  });

  it("finds a registered outlet the registry writes in the other script, by the registry's name", () => {
    const simplified = createOutletRegistry([{ name: "北滨日报", aliases: [], descriptors: [], domains: [], kind: "newspaper" }]);
    const r = readText(CITED, simplified, { outlet: "Test Daily", language: "zh" });
    expect(r.attributions.map((a) => [a.outlet, a.outletName, a.span.text])).toEqual([[outletKey("北滨日报"), "北滨日报", "據北濱日報報導"]]);
  });
});

describe("an outlet cited in Traditional and in Simplified", () => {
  it("is one outlet of the case", async () => {
    const { graph } = await analyseCaseFolder(
      await makeCase({
        "hant.txt": frontMatterArticle("zh-TW", "南港晚報", "2026-06-05T08:00:00Z", "港口關閉", "據北濱日報報導，港口將關閉一週，市政府尚未回應。"),
        "hans.txt": frontMatterArticle("zh", "东岸快讯", "2026-06-06T08:00:00Z", "港口关闭", "据北滨日报报道，港口将关闭一周，市政府尚未回应。"),
      }),
    );
    const cited = (from: string) => graph.outEdges(from).filter((k) => graph.getEdgeAttribute(k, "kind") === "cites").map((k) => graph.target(k));
    expect(cited("hant")).toHaveLength(1);
    expect(cited("hans")).toEqual(cited("hant"));
  });
});
