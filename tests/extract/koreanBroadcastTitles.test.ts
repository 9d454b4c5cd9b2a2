// Korean titles of broadcasters and offices after a name ("김민수 앵커는 …"): the title makes the name a speaker, as
// "기자" (reporter) does; without it the quotation was read as a scare quote.
import { describe, expect, it } from "vitest";
import { quotedSpeaker, readPlain } from "./helpers.ts";

describe("Korean titles after a name", () => {
  it.each([
    ["김민수 앵커는 \"담당자 실수가 있었다\"고 말했습니다.", "김민수"],
    ["박지훈 논설위원은 \"정정 보도가 늦었다\"고 지적했다.", "박지훈"],
    ["이서연 부대변인은 \"사실과 다르다\"고 밝혔다.", "이서연"],
  ])("%j is said by %s", (body, speaker) => {
    expect(quotedSpeaker(readPlain(body, "ko"))).toBe(speaker);
  });
});
