// Japanese speakers beyond the past "と語った": the plain present of a report ("と話す", "と語る"), the continuative
// that joins a second clause ("と語り、"), a statement issued ("とのコメントを出した"), a suspect's statement
// ("と供述している"); the heads of offices named "…長" (園長, 館長, 課長); and a name before a kana honorific
// ("…さんは"), which the topic's run of kanji never reached (session 34). Invented.
import { describe, expect, it } from "vitest";
import { quotedSpeaker, readPlain } from "./helpers.ts";

describe("Japanese report verbs and titles", () => {
  it.each([
    ["a zoo's head, a statement issued", "北浜動物園の森田健二園長は「園内の動物はすべて無事です」とのコメントを出した。", "森田健二"],
    ["a section chief, the continuative", "市の担当者である川口真一課長は取材に対し「予算は十分に確保している」と語り、理解を求めた。", "川口真一"],
    ["さん and the plain present", "近所に住む大野美咲さんは「夜中に大きな音がして目が覚めた」と話す。", "大野美咲"],
    ["a suspect's statement", "逮捕された石原拓也容疑者は「騒ぎになるとは思わなかった」と供述している。", "石原拓也"],
  ])("%s", (_what, text, speaker) => {
    expect(quotedSpeaker(readPlain(text, "ja"))).toBe(speaker);
  });

  it("a topic that is no one speaks nothing", () => {
    expect(quotedSpeaker(readPlain("経済成長は「今年も続く」と語る専門家が多い。", "ja"))).toBeUndefined();
  });
});
