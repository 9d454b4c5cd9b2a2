// Japanese frames on sentences of our own (invented outlets and people): each construction yields the cited name, a
// publication noun with a country before it ("英紙") is kept as the cue, plain sentences and generic nouns yield none.
import { describe, expect, it } from "vitest";
import type { CleanArticle } from "../../../src/clean/types.ts";
import { createOutletRegistry, outletKey } from "../../../src/core/outlets.ts";
import { ja } from "../../../src/extract/frames/ja.ts";
import { readArticle } from "../../../src/extract/read.ts";
import { paragraphSpans } from "../helpers.ts";
import { frameHits, names } from "./helpers.ts";

describe("Japanese frames", () => {
  it.each([
    ["英紙ハーバー・タイムズによると、港は閉鎖された。", "ハーバー・タイムズ"],
    ["南港新聞の報道によれば、市長は辞任した。", "南港新聞"],
    ["南港新聞は市長が辞任したと報じた。", "南港新聞"],
    ["市長は南港新聞の取材に対し「辞任しない」と語った。", "南港新聞"],
    ["港長は北浜通信に対し「避けられない」と述べた。", "北浜通信"],
    ["通信社は南港新聞を引用して伝えた。", "南港新聞"],
    ["「港湾タイムズ」によると、港は閉鎖された。", "港湾タイムズ"],
    // The report's verb in its continuative and past-progressive forms ("…と報じており、", "…と伝えていたが"), and "も" (also).
    ["南港新聞も20日、市長について「辞任する模様だ」と報じており、確認が待たれる。", "南港新聞"],
    ["南港新聞は消息筋の話として、市長が辞任したと伝えていたが、誤報だった。", "南港新聞"],
  ])("%s → %s", (text, name) => expect(names(ja, text)).toContain(name));

  it("keeps a country's publication noun before a name as the cue", () => {
    expect(frameHits(ja, "英紙ハーバー・タイムズによると、港は閉鎖された。")[0]).toMatchObject({ name: "ハーバー・タイムズ", cue: "英紙" });
  });

  it.each(["港は月曜日から閉鎖されている。", "関係者によると、港は閉鎖された。", "海外メディアが報じた。"])("a sentence without a named source yields no name: %s", (text) => {
    expect(frameHits(ja, text).filter((h) => !ja.genericSources?.includes(h.name))).toEqual([]);
  });

  it("reads outlets only with evidence, and a closing wire credit", () => {
    const registry = createOutletRegistry([{ name: "Kitahama Wire", aliases: ["北浜"], descriptors: [], domains: [], kind: "agency" }]);
    const body = "政府に対し市長は「辞任しない」と語った。\n\n南港新聞によると、港は閉鎖された。";
    const article: CleanArticle = { meta: { id: "t", file: "t.md", format: "markdown", outlet: "Test Daily", language: "ja" }, text: body, body, paragraphs: paragraphSpans(body), kept: [], removed: [], creditLines: ["（北浜）"] };
    const r = readArticle(article, registry);
    // The key folds Chinese characters to their Simplified forms (core/text.ts slugify); the name is the text's.
    expect(r.attributions.map((a) => [a.outlet, a.outletName])).toEqual([[outletKey("南港新聞"), "南港新聞"]]);
    expect(r.syndication.map((s) => s.outlet)).toEqual(["outlet:kitahama-wire"]);
    expect(r.sources.filter((s) => s.type === "named")).toEqual([]);
  });
});
