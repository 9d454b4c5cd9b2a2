// Thai stance words on sentences of our own (invented places and people): Thai writes no spaces between words, so a cue
// is matched anywhere, and "เท็จ" (false) is no cue inside "ข้อเท็จจริง" (the facts).
import { describe, expect, it } from "vitest";
import { debunkCues, readStance, type StanceArticle } from "../../src/analyse/stance.ts";

/** One article of the given sentences, the claim stated by the first. */
function firstStated(sentences: string[]) {
  let offset = 0;
  const spans = sentences.map((text) => {
    const span = { start: offset, end: offset + text.length, text };
    offset += text.length + 1;
    return span;
  });
  const article: StanceArticle = { language: "th", sentences: spans };
  return readStance(article, { debunk: false, negated: false, statements: [spans[0] as never] });
}

describe("Thai debunk words", () => {
  it.each([
    ["โฆษกกระทรวงยืนยันว่าการจัดอันดับของเว็บไซต์ทะเลทองเป็นข่าวปลอม", "ข่าวปลอม"],
    ["เว็บไซต์ทะเลทองเผยแพร่ข้อมูลอันเป็นเท็จ", "เท็จ"],
    ["นายสมปอง ใจดี กล่าวว่า ก็ไม่ใช่เรื่องจริง", "ไม่ใช่เรื่องจริง"],
  ])("reads a debunk in: %s", (sentence, cue) => {
    expect(debunkCues(sentence, "th").map((h) => h.text)).toContain(cue);
  });

  it("reads no debunk in 'the facts' (ข้อเท็จจริง)", () => {
    expect(debunkCues("ผู้สื่อข่าวตรวจสอบข้อเท็จจริงกับกระทรวง", "th")).toEqual([]);
  });

  it("reads a story stated beside a debunk word as reported false", () => {
    expect(firstStated(["นายสมปอง ใจดี ติดอันดับเศรษฐีของเอเชีย", "โฆษกกระทรวงยืนยันว่าเป็นข่าวปลอม"]).stance).toBe("false");
  });
});
