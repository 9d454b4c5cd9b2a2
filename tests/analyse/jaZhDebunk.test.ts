// A Japanese or Chinese fact check's verdict words ("…とする報道は誤りだった", "判定：誤り", "不属实", "失实") report the
// story false. Own invented sentences.
import { describe, expect, it } from "vitest";
import { debunkCues, readStance } from "../../src/analyse/stance.ts";

describe("ja and zh verdict words", () => {
  it.each([
    ["ja", "港の閉鎖が決まったとする報道は誤りだった。"],
    ["ja", "判定：誤り。"],
    ["ja", "判定：ミスリード。"],
    ["zh", "网传港口关闭的消息不属实。"],
    ["zh", "该报道严重失实。"],
  ])("in %s: %s", (language, sentence) => {
    expect(debunkCues(sentence, language).length).toBeGreaterThan(0);
  });

  it("read a Japanese fact check's verdict sentence near its statement of the claim as false", () => {
    const body = "青湾港は来月から閉鎖されるとの情報が広まった。港の閉鎖が決まったとする報道は誤りだった。";
    const cut = body.indexOf("。") + 1;
    const first = { start: 0, end: cut, text: body.slice(0, cut) };
    const second = { start: cut, end: body.length, text: body.slice(cut) };
    const reading = readStance({ language: "ja", sentences: [first, second] }, { statements: [first], debunk: false, negated: false });
    expect(reading.stance).toBe("false");
  });
});
