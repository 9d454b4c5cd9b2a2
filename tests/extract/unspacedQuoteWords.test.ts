// A quotation in a script written without spaces (Japanese, Chinese) is as long as its letters say, not as the runs
// between its punctuation: a post or a confession quoted with no speaker named is someone's words, not a scare quote.
// Own invented texts.
import { describe, expect, it } from "vitest";
import { readPlain } from "./helpers.ts";

const kinds = (body: string, language: string) => readPlain(body, language).quotations.map((q) => [q.kind, body.slice(q.parts[0]!.start, q.parts[q.parts.length - 1]!.end)]);

describe("quotations without a named speaker in unspaced scripts", () => {
  it.each([
    ["ja", "女は6月5日未明、SNSに「大雨のせいで、駅前の道路がすっかり川になってしまった」などと書き込んだ。", "大雨のせいで、駅前の道路がすっかり川になってしまった"],
    ["ja", "調べに対し、「友人にいいところを見せたくて軽い気持ちで書いた」と話しているという。", "友人にいいところを見せたくて軽い気持ちで書いた"],
    ["zh", "该女子在网上发帖称“暴雨导致车站前的道路全部被淹了，大家注意安全”，引发恐慌。", "暴雨导致车站前的道路全部被淹了，大家注意安全"],
  ])("reads a long quoted clause as a quotation (%s)", (language, body, quoted) => {
    expect(kinds(body, language)).toContainEqual(["quotation", quoted]);
  });

  it.each([
    ["という + デマ", "大雨の直後に「白砂川の堤防が決壊して町が水につかった」というデマが広がった。"],
    ["といった + 噂", "「駅前の時計台が来月取り壊される」といった噂が住民の間で流れた。"],
  ])("reads a rumour's gist joined to a noun of hearsay (%s) as no one's quotation", (_joiner, body) => {
    expect(kinds(body, "ja").map(([kind]) => kind)).toEqual(["scare"]);
  });

  it("still reads a word or two between marks as a scare quote (control)", () => {
    expect(kinds("市は「デマ」に注意するよう呼びかけた。", "ja")).toEqual([["scare", "デマ"]]);
  });
});
