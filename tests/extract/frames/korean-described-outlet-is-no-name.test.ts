// Korean: "국영통신" (a state news agency), "관영 매체" (state media) describe an outlet the text does not name; they end on an
// outlet's noun as a name does ("한빛통신"), but who runs it is no name, so no outlet is drawn for them.
import { describe, expect, it } from "vitest";
import { readPlain } from "../helpers.ts";

const outlets = (text: string) => readPlain(text, "ko").attributions.map((a) => a.outletName);

describe("Korean: an outlet described by who runs it is no outlet's name", () => {
  it.each([
    "북한 국영통신은 새 항구가 다음 달 문을 연다고 보도했다.",
    "관영 통신은 훈련이 끝났다고 보도했다.",
    "현지언론은 항구가 닫혔다고 보도했다.",
  ])("%s", (text) => expect(outlets(text)).toEqual([]));

  it("still reads a name ending on the same noun", () => {
    expect(outlets("한빛통신은 항구가 닫혔다고 보도했다.")).toContain("한빛통신");
  });
});
