// Probe 21, item 4 (speaker part): a Korean company or agency as the topic before a quotation speaks. Invented texts.
import { describe, expect, it } from "vitest";
import { readPlain, sourceLabels } from "./helpers.ts";

const sources = (body: string): string[] => sourceLabels(readPlain(body, "ko", "하늘일보"));

describe("a topic ending in an organisation word is that body", () => {
  it.each([
    ['하늘엔터테인먼트는 12일 공식 입장을 내고 "가수의 탈퇴설은 사실무근"이라며 "다음 달 컴백을 준비하고 있다"고 밝혔다.', "organisation:하늘엔터테인먼트"],
    ['구단은 "이적설은 루머"라고 밝혔다.', "organisation:구단"],
  ])("%s", (text, source) => {
    expect(sources(text)).toEqual([source]);
  });

  it("a person with a role is still a person", () => {
    expect(sources('김민수 대표는 12일 "소문은 사실무근"이라고 밝혔다.')).toEqual(["named:김민수"]);
  });
});
