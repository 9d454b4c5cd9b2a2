// Korean: a role noun with the office suffix 실 written onto it ("총리실", "대변인실") is that office, a body; as the topic
// of a speech verb it speaks the quotation, never as an unnamed holder of the role (session 39). Invented.
import { describe, expect, it } from "vitest";
import { quotedSpeaker, readPlain, sourceLabels } from "./helpers.ts";

describe("Korean office as topic", () => {
  it("a role's office speaks as a body", () => {
    const r = readPlain(`총리실은 "항구 폐쇄 소식은 사실이 아니다"고 밝혔다.`, "ko");
    expect(quotedSpeaker(r)).toBe("총리실");
    expect(sourceLabels(r)).toEqual(["organisation:총리실"]);
  });

  it("the role alone is still an unnamed holder of it", () => {
    expect(sourceLabels(readPlain(`총리는 "항구 폐쇄 소식은 사실이 아니다"고 밝혔다.`, "ko"))).toEqual(["anonymous:총리"]);
  });

  it("a word ending in the syllable without a role before it is no body", () => {
    const r = readPlain(`사실은 "항구 폐쇄 소식은 사실이 아니다"고 밝혔다.`, "ko");
    expect(quotedSpeaker(r)).toBeUndefined();
    expect(sourceLabels(r)).toEqual([]);
  });
});
