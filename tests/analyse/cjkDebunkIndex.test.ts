// A Japanese or Chinese fact check that restates the claim inside a sentence of its own words ("…とする報道は誤りだった",
// "网传…，这一说法不属实") joins the claim and reports it false, so a later restatement outlives it. Such a sentence is
// dozens of character pairs, most of them its own: indexed under those alone it was never compared with the claim's
// statements. Own invented stories.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";

const article = (language: string, outlet: string, date: string, title: string, paragraphs: string[]) =>
  `---\noutlet: ${outlet}\npublished: ${date}\nlanguage: ${language}\ntitle: ${title}\n---\n${title}\n\n${paragraphs.join("\n\n")}\n`;

/** Each article's stance on the claim the first report ("a") asserts, and the claim_outlives_debunk findings' articles. */
async function read(files: Record<string, string>): Promise<{ stances: Map<string, string>; outlived: string[][] }> {
  const { graph } = await analyseCaseFolder(await makeCase(files));
  const asserts: { article: string; claim: string; stance: string }[] = [];
  graph.forEachEdge((_, attrs, source, target) => {
    if (attrs.kind === "asserts") asserts.push({ article: source, claim: target, stance: String(attrs.stance) });
  });
  const claim = asserts.find((a) => a.article === "a")?.claim;
  const stances = new Map(asserts.filter((a) => a.claim === claim).map((a) => [a.article, a.stance]));
  const outlived = graph.getAttribute("findings").filter((f) => f.type === "claim_outlives_debunk").map((f) => f.articles);
  return { stances, outlived };
}

/** Per language, a story: a report, a retelling, a fact check (c) restating the report's sentence inside its own, a later restatement (d). */
const STORIES: [string, Record<string, string>][] = [
  [
    "Japanese",
    {
      "a.txt": article("ja", "東海日報", "2026-05-02T09:00:00+09:00", "青湾市の浄水場、鉛が基準の30倍", [
        "青湾市水道局は1日、市内の北浄水場で採取した水から基準の30倍の鉛が検出されたと発表した。",
        "同局の担当者は、原因を調べていると話した。",
      ]),
      "b.txt": article("ja", "北浜新報", "2026-05-03T09:00:00+09:00", "浄水場の水から基準30倍の鉛", [
        "青湾市の北浄水場で採取した水から基準の30倍の鉛が検出されたと、市水道局が発表した。",
        "近くに住む主婦は、子どもに水を飲ませるのが怖いと語った。",
      ]),
      "c.txt": article("ja", "さくらファクトチェック", "2026-05-06T09:00:00+09:00", "【検証】青湾市の水道「鉛30倍」は誤り", [
        "青湾市の北浄水場で採取した水から基準の30倍の鉛が検出されたとする一部の報道は、事実無根の誤りだった。",
        "判定：誤り。",
      ]),
      "d.txt": article("ja", "みなと週報", "2026-05-09T09:00:00+09:00", "水道水に基準30倍の鉛", [
        "青湾市の北浄水場で採取した水から基準の30倍の鉛が検出されたことが分かった。",
      ]),
    },
  ],
  [
    "Chinese",
    {
      "a.txt": article("zh", "青湾日报", "2026-05-02T09:00:00+08:00", "青湾市北区净水厂水样铅含量超标30倍", [
        "青湾市水务局1日通报，该市北区净水厂采集的水样中检出的铅含量超过国家标准30倍。",
        "水务局工作人员表示，原因正在调查之中。",
      ]),
      "b.txt": article("zh", "滨海晚报", "2026-05-03T09:00:00+08:00", "净水厂水样铅超标30倍", [
        "据青湾市水务局通报，北区净水厂采集的水样中检出的铅含量超过国家标准30倍。",
        "附近居民王女士说，家里已经改喝桶装水。",
      ]),
      "c.txt": article("zh", "明镜核查", "2026-05-06T09:00:00+08:00", "辟谣：青湾自来水“铅超标30倍”不实", [
        "网传青湾市北区净水厂采集的水样中检出的铅含量超过国家标准30倍，经本报记者向市水务局核实，这一说法并不属实。",
      ]),
      "d.txt": article("zh", "江南快讯", "2026-05-09T09:00:00+08:00", "青湾自来水铅超标30倍", [
        "青湾市北区净水厂采集的水样中检出的铅含量超过国家标准30倍，引发市民担忧。",
      ]),
    },
  ],
];

describe("a CJK fact check restating the claim in a sentence of its own", () => {
  it.each(STORIES)("in %s joins the claim, false, and a later report outlives it", async (_, files) => {
    const { stances, outlived } = await read(files);
    expect(stances.get("c")).toBe("false");
    expect(outlived).toEqual([["d", "c"]]);
  });
});
