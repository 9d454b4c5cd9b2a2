// Korean writes a role's body or portfolio between a name and its role noun ("김민수 하늘신문 편집장은", "김민수 경제·산업
// 담당 편집장은"): the speaker is the person named, not an unnamed editor, and the role noun is never a paper's name.
// A university's short name there ("서울대", "한빛대") opens on a family name's syllable and looked like a person's name
// (probe 51b). Invented texts.
import { describe, expect, it } from "vitest";
import { readPlain, sourceLabels } from "./helpers.ts";

const read = (body: string) => readPlain(body, "ko", "바다일보");

describe("a Korean name before a role phrase", () => {
  it.each([
    '하늘신문의 김민수 경제·산업 담당 편집장은 "다리는 내년에 개통한다"면서 "공사는 이미 시작됐다"라고 말했다.',
    '김민수 경제 담당 편집장은 "다리는 내년에 개통한다"고 말했다.',
    '김민수 하늘신문 편집장은 "다리는 내년에 개통한다"고 말했다.',
  ])("%s", (text) => {
    const reading = read(text);
    expect(sourceLabels(reading)).toEqual(["named:김민수"]);
    expect(reading.attributions).toEqual([]);
  });

  it("a role phrase closed by a particle is not the name's", () => {
    // 김민수의 is "Kim Min-su's": the editor is someone else, unnamed.
    expect(sourceLabels(read('김민수의 경제 담당 편집장은 "다리는 내년에 개통한다"고 말했다.'))).toEqual(["anonymous:편집장"]);
  });

  it.each([
    '김민수 한빛대 교수는 "다리는 내년에 개통한다"고 말했다.',
    '경제 전문가인 김민수 서해대 교수는 "다리는 내년에 개통한다"고 말했다.',
  ])("a university's short name before the role is the role's body: %s", (text) => {
    expect(sourceLabels(read(text))).toEqual(["named:김민수"]);
  });
});
