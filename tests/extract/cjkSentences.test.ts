// Chinese and Japanese sentences end with full-width marks ("。", "！", "？") that no space follows: a paragraph of
// several sentences was read as one. Own invented sentences.
import { describe, expect, it } from "vitest";
import { analyseSentences } from "../../src/extract/sentences.ts";

const sentences = (text: string, language: string) => analyseSentences(text, [{ start: 0, end: text.length }], language).sentences.map((s) => s.text);

describe("sentences of unspaced scripts", () => {
  it("end at a full-width mark", () => {
    expect(sentences("近日有网帖称青湾港下月关闭。记者从港务局了解到，这一说法不实！", "zh")).toEqual(["近日有网帖称青湾港下月关闭。", "记者从港务局了解到，这一说法不实！"]);
    expect(sentences("青湾港は来月閉鎖される。市はこれを否定した？本当か。", "ja")).toEqual(["青湾港は来月閉鎖される。", "市はこれを否定した？", "本当か。"]);
  });

  it("end after the closing quotation mark, and never inside a quotation", () => {
    expect(sentences("港务局局长李明表示：“港口不会关闭。码头照常运营。”他说，传言没有根据。", "zh")).toEqual(["港务局局长李明表示：“港口不会关闭。码头照常运营。”", "他说，传言没有根据。"]);
  });

  it("keep a straight closing quote with the sentence it ends", () => {
    expect(sentences('局长表示："港口不会关闭。"他说，传言没有根据。', "zh")).toEqual(['局长表示："港口不会关闭。"', "他说，传言没有根据。"]);
  });

  it("go on where a Japanese quotative particle follows the quotation", () => {
    expect(sentences("市の担当者は「閉鎖の予定はありません。」と話した。港は通常通り開いている。", "ja")).toEqual(["市の担当者は「閉鎖の予定はありません。」と話した。", "港は通常通り開いている。"]);
  });
});
