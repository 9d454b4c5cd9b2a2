// A Japanese text naming a case outlet in katakana ("英紙マリゴールド・クーリエに対し…と語った" for The Marigold Courier)
// made a second outlet in katakana beside the case's Latin one (probe 24 item 21). The katakana is now romanised
// (wanakana) and heard as Japanese hears a Latin name (core/outlets.ts soundedInKana): the one case outlet that sounds
// so is cited. A katakana name no case outlet sounds like stays its own outlet.
import { describe, expect, it } from "vitest";
import { kanaInLatin } from "../../src/core/latin.ts";
import { kanaForms, soundedInKana } from "../../src/core/outlets.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

const COURIER =
  "\"We would like to call this a cure, but it is not. It is a study in mice,\" Dr. Oskar Bellweather told The Marigold Courier. " +
  "The team tested the compound on forty mice over six months.";

const citedBy = async (japanese: string) => {
  const { graph } = await analyseCaseFolder(
    await makeCase({
      "courier.txt": frontMatterArticle("en", "The Marigold Courier", "2026-06-04T08:00:00Z", "Sponge compound tested in mice", COURIER),
      "kenko.txt": frontMatterArticle("ja", "健康速報ネット", "2026-06-07T08:00:00Z", "海綿の化合物", japanese),
    }),
  );
  return graph.outEdges("kenko").filter((k) => graph.getEdgeAttribute(k, "kind") === "cites").map((k) => graph.target(k));
};

describe("a case outlet written in katakana", () => {
  it("cites the case outlet the katakana sounds like", async () => {
    expect(await citedBy("研究を率いたオスカー・ベルウェザー博士は英紙マリゴールド・クーリエに対し「これは治療薬だと言いたい」と語った。")).toEqual(["courier"]);
  });

  it("control: a katakana name no case outlet sounds like stays its own outlet", async () => {
    expect(await citedBy("研究を率いたオスカー・ベルウェザー博士は英紙サンライズ・タイムズに対し「これは治療薬だと言いたい」と語った。")).toEqual(["outlet:サンライズ-タイムズ"]);
  });

  it.each([
    ["ハーバー・ガゼット", "Harbour Gazette"],
    ["デイリー・クラリオン", "The Daily Clarion"],
    ["ウィークリー・フェニックス", "Weekly Phoenix"],
    ["ポッドキャスト・ニュース", "Podcast News"],
  ])("%s sounds like %s", (kana, latin) => {
    expect(kanaForms(latin)).toContain(soundedInKana(kanaInLatin(kana)));
  });

  it("control: a name too short to tell apart by its sounds gives none", () => {
    expect(kanaForms("Journal")).toEqual([]);
  });
});
