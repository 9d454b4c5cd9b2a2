// Chinese, Japanese and Thai write words with no space between them: read by spaces, a clause is one "word", and a
// copy that changes a word of a clause shares no word of it with its source. The aligner reads the words a word
// segmenter finds, so a plain copy in these scripts is a copy. Own invented texts.
import { describe, expect, it } from "vitest";
import { isStopWord, tokenize, tokenNorms, WordMatches } from "../../src/align/tokens.ts";
import { cleanArticle } from "../../src/clean/clean.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";

const words = (text: string) => tokenize(text).map((t) => text.slice(t.start, t.end));

describe("tokenize in scripts written without spaces", () => {
  it.each([
    ["Japanese", "霧丘市の公園で桜が一斉に咲いた", ["公園", "一斉"]],
    ["Chinese", "雾岭市的公园樱花突然盛开", ["公园", "樱花", "突然", "盛开"]],
    ["Thai", "สวนสาธารณะของเมืองปิดชั่วคราว", ["ของ", "เมือง", "ปิด", "ชั่วคราว"]],
  ])("reads %s prose as its words, not as one clause", (_language, text, common) => {
    // A rare name may be cut into single letters by the segmenter's dictionary; common words are words.
    const got = words(text);
    expect(got.join("")).toBe(text);
    expect(got.length).toBeGreaterThanOrEqual(5);
    for (const w of common) expect(got).toContain(w);
  });

  it.each([
    ["a kana's voicing mark", "で", "て"],
    ["a Thai vowel sign", "ปิด", "ปด"],
  ])("keeps %s, part of the letter: two words stay two", (_name, a, b) => {
    expect(tokenize(a)[0]!.norm).not.toBe(tokenize(b)[0]!.norm);
  });

  it("keeps offsets into the text around digits and marks", () => {
    const text = "県警は3日、「公園を閉鎖する」と発表した。";
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toMatch(/^[\p{L}\p{N}]+$/u);
    expect(words(text)).toContain("3");
    expect(words(text)).toContain("公園");
  });

  it("reads a sentence's words from its text's matches as from the sentence alone", () => {
    const text = "霧丘市の市営プールで水が緑色に変わった。雾岭市立游泳池的池水变成绿色，已经关闭。สวนสาธารณะของเมืองปิดชั่วคราว";
    const matches = new WordMatches(text);
    let answered = 0;
    for (let start = 0; start <= text.length; start++)
      for (let end = start; end <= text.length; end++) {
        const cut = matches.spanNorms(start, end);
        if (cut === undefined) continue;
        answered++;
        expect(cut, `[${start}, ${end})`).toEqual(tokenNorms(text.slice(start, end)));
      }
    expect(answered).toBeGreaterThan(300);
  });

  it("counts a word in hiragana alone (a particle, an ending) as carrying no content", () => {
    expect(isStopWord(tokenize("が")[0]!.norm)).toBe(true);
    expect(isStopWord(tokenize("公園")[0]!.norm)).toBe(false);
    expect(isStopWord(tokenize("プール")[0]!.norm)).toBe(false);
  });
});

const article = (id: string, outlet: string, published: string, language: string, body: string): string =>
  `---\nid: ${id}\noutlet: ${outlet}\npublished: ${published}\nlanguage: ${language}\n---\n${body}\n`;

async function copyOf(language: string, first: [string, string], second: [string, string]) {
  const root = await makeCase({
    "first.txt": article("first", first[0], "2025-04-02", language, first[1]),
    "second.txt": article("second", second[0], "2025-04-03", language, second[1]),
  });
  const { graph } = await analyseCaseFolder(root);
  const copies = graph.edges().filter((e) => graph.getEdgeAttribute(e, "kind") === "copies").map((e) => `${graph.source(e)} -> ${graph.target(e)}`);
  const findings = graph.getAttribute("findings").filter((f) => f.type === "uncredited_copy").map((f) => f.articles.join(" -> "));
  const republishes = graph.edges().filter((e) => graph.getEdgeAttribute(e, "kind") === "republishes").map((e) => `${graph.source(e)} -> ${graph.target(e)}`);
  return { copies, findings, republishes };
}

const ZH_POOL = "雾岭市立游泳池的池水一日早上突然变成鲜绿色，清洁工最先发现了这一情况。由于连日天气温暖，池中藻类迅速繁殖，游泳池将暂时关闭。水质检测结果预计本周内公布。";

describe("a page's metadata line", () => {
  it.each([
    ["2025-04-03 08:15:20 来源:云溪晨报 作者:", "来源:云溪晨报"],
    ["2025年4月3日 来源：云溪晨报 编辑：王小明", "来源：云溪晨报"],
  ])("gives its source field as a credit line: %s", (line, credit) => {
    const cleaned = cleanArticle({ meta: { id: "t", file: "t.txt", format: "text", language: "zh" }, text: `${line}\n\n游泳池变绿 暂时关闭\n\n${ZH_POOL}` });
    expect(cleaned.creditLines).toEqual([credit]);
  });
});

describe("a copy in a script written without spaces", () => {
  it("is found in Japanese where the copy drops a few words of each sentence", async () => {
    const { copies, findings } = await copyOf(
      "ja",
      ["霧丘日報", "市営プールの水が緑色に 原因は藻か\n\n霧丘市の市営プールで1日朝、水が鮮やかな緑色に変わっているのを清掃員が見つけた。市の担当者によると、暖かい天気が続いたために藻が急に増えたとみられ、プールは当面閉鎖される。水質検査の結果は週内に出る予定で、市は利用者に返金する方針だ。"],
      ["東湾タイムズ", "緑のプール、閉鎖へ\n\n霧丘市の市営プールで水が鮮やかな緑色に変わっているのを清掃員が見つけた。暖かい天気が続いたために藻が急に増えたとみられ、プールは当面閉鎖される。水質検査の結果は週内に出る予定だという。"],
    );
    expect(copies).toEqual(["second -> first"]);
    expect(findings).toEqual(["second -> first"]);
  });

  it("is found in Chinese where the copy drops a few words of each sentence", async () => {
    const { copies, findings } = await copyOf(
      "zh",
      ["云溪晨报", "市立游泳池池水变绿 疑因藻类\n\n雾岭市立游泳池的池水一日早上突然变成鲜绿色，清洁工最先发现了这一情况。市政府负责人表示，由于连日天气温暖，池中藻类迅速繁殖，游泳池将暂时关闭。水质检测结果预计本周内公布，市政府将向已购票的市民退款。"],
      ["青石新闻网", "游泳池变绿 暂时关闭\n\n雾岭市立游泳池的池水突然变成鲜绿色，清洁工最先发现了这一情况。由于连日天气温暖，池中藻类迅速繁殖，游泳池将暂时关闭。水质检测结果预计本周内公布。"],
    );
    expect(copies).toEqual(["second -> first"]);
    expect(findings).toEqual(["second -> first"]);
  });

  it("is credited where the copy names its source in the page's metadata line (a date stamp, then labelled fields)", async () => {
    const { copies, findings, republishes } = await copyOf(
      "zh",
      ["云溪晨报", `市立游泳池池水变绿 疑因藻类\n\n${ZH_POOL}`],
      ["青石新闻网", `2025-04-03 08:15:20 来源:云溪晨报 作者:\n\n游泳池变绿 暂时关闭\n\n${ZH_POOL}`],
    );
    expect(copies).toEqual(["second -> first"]);
    expect(republishes).toEqual(["second -> outlet:云溪晨报"]);
    expect(findings).toEqual([]);
  });

  it("is not drawn between two reports that tell the same event in their own words (control)", async () => {
    const { copies } = await copyOf(
      "ja",
      ["霧丘日報", "霧丘市の市営プールで1日朝、水が鮮やかな緑色に変わっているのを清掃員が見つけた。市の担当者によると、暖かい天気が続いたために藻が急に増えたとみられる。"],
      ["東湾タイムズ", "清掃員が1日、霧丘市営プールの水が緑に染まっているのに気付いた。市は、気温の高い日が続き藻が繁殖したことが原因とみて、プールを閉じた。"],
    );
    expect(copies).toEqual([]);
  });
});
