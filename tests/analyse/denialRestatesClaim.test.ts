// A denial that restates the claim inside a longer sentence of its own ("The ministry denied reports that 12 soldiers
// were killed in the attack …", "… 탈퇴한다는 소문은 사실무근이라고 밝혔다") reports that claim false: its own words (who
// denies, "reports that", "the rumour that … is baseless") kept its overlap with the claim's statements below the words
// rule, so the denying article did not carry the claim at all. A denial of something else that shares a few of the
// claim's words stays apart. Own invented stories.
import { describe, expect, it } from "vitest";
import { wordsLink } from "../../src/analyse/claims/links.ts";
import { MIN_OVERLAP, MIN_RESTATED_SHARE, MIN_RESTATED_WORDS } from "../../src/analyse/claims/thresholds.ts";
import { caseStances as stances } from "./caseStances.ts";

const ARABIC_CLAIM = "قتل 12 جنديا في الهجوم على القاعدة الشمالية قرب مدينة الزرقاء";
const KOREAN_CLAIM = "가수 이하늘이 그룹 은하수를 탈퇴한다";

describe("a denial restating the claim inside a longer sentence", () => {
  it.each([
    [
      "ar",
      [
        ["هجوم على القاعدة", `${ARABIC_CLAIM}، حسب مصادر محلية.`],
        ["هجوم دام", `${ARABIC_CLAIM} مساء الأحد.`],
        ["الوزارة ترد", "نفت وزارة الدفاع الأنباء التي تحدثت عن مقتل 12 جنديا في الهجوم على القاعدة الشمالية قرب مدينة الزرقاء. وقالت الوزارة إن الوضع تحت السيطرة."],
      ],
    ],
    [
      "ko",
      [
        ["이하늘 탈퇴", `${KOREAN_CLAIM}고 한 연예 매체가 보도했다.`],
        ["은하수 멤버 탈퇴설", `${KOREAN_CLAIM}는 보도가 나왔다.`],
        ["소속사 입장", `소속사는 ${KOREAN_CLAIM}는 소문은 사실무근이라고 밝혔다. 소속사는 새 앨범을 준비 중이라고 덧붙였다.`],
      ],
    ],
    [
      "ja",
      [
        ["新工場閉鎖へ", "三輪電機は新工場を来年閉鎖する方針だと関係者が明らかにした。"],
        ["三輪電機", "三輪電機は新工場を来年閉鎖する方針だという。"],
        ["三輪電機が否定", "三輪電機は、新工場を来年閉鎖するとの報道を否定した。同社は生産を続けると説明した。"],
      ],
    ],
    [
      "en",
      [
        ["Base attack", "Twelve soldiers were killed in the attack on the northern base near Dornfeld, local sources said."],
        ["Deadly attack", "12 soldiers were killed in the attack on the northern base near Dornfeld on Sunday evening."],
        ["Ministry responds", "The defence ministry denied reports that 12 soldiers were killed in the attack on the northern base near Dornfeld. The ministry said the situation was under control."],
      ],
    ],
  ] as [string, [string, string][]][])("%s: the denying article reports the claim false", async (language, bodies) => {
    expect(await stances(language, bodies)).toEqual({ a: "true", b: "true", c: "false" });
  });

  it.each([
    [
      "ar",
      [
        ["هجوم على القاعدة", `${ARABIC_CLAIM}، حسب مصادر محلية.`],
        ["هجوم دام", `${ARABIC_CLAIM} مساء الأحد.`],
        ["الوزارة ترد", "نفت وزارة الدفاع الأنباء عن نقل الجنود من القاعدة الشمالية قرب مدينة الزرقاء إلى العاصمة بعد الهجوم. وقالت الوزارة إن الوضع تحت السيطرة."],
      ],
    ],
    [
      "ko",
      [
        ["이하늘 탈퇴", `${KOREAN_CLAIM}고 한 연예 매체가 보도했다.`],
        ["은하수 멤버 탈퇴설", `${KOREAN_CLAIM}는 보도가 나왔다.`],
        ["소속사 입장", "소속사는 가수 이하늘이 그룹 은하수의 리더와 열애 중이라는 소문은 사실무근이라고 밝혔다. 소속사는 새 앨범을 준비 중이라고 덧붙였다."],
      ],
    ],
    [
      "en",
      [
        ["Base attack", "Twelve soldiers were killed in the attack on the northern base near Dornfeld, local sources said."],
        ["Deadly attack", "12 soldiers were killed in the attack on the northern base near Dornfeld on Sunday evening."],
        ["Ministry responds", "The defence ministry denied reports that the northern base near Dornfeld would be closed to journalists for a month. The ministry said the situation was under control."],
      ],
    ],
  ] as [string, [string, string][]][])("%s: a denial of something else sharing a few of its words does not carry the claim", async (language, bodies) => {
    expect(await stances(language, bodies)).toEqual({ a: "true", b: "true" });
  });

  it("words rule: a debunking statement links when it holds most of the other's words, and enough of them", () => {
    const evidence = { overlap: MIN_OVERLAP, relation: undefined, bothNamed: false, sharesPredicate: false };
    expect(wordsLink({ ...evidence, restated: { share: MIN_RESTATED_SHARE, words: MIN_RESTATED_WORDS } })).toBe(true);
    expect(wordsLink({ ...evidence, restated: { share: MIN_RESTATED_SHARE - 0.01, words: MIN_RESTATED_WORDS } })).toBe(false);
    // A name or a short headline inside a debunk ("Mayor Ada Quill?") is not a claim it restates.
    expect(wordsLink({ ...evidence, restated: { share: 1, words: MIN_RESTATED_WORDS - 1 } })).toBe(false);
    expect(wordsLink({ ...evidence, overlap: MIN_OVERLAP - 0.01, restated: { share: 1, words: 20 } })).toBe(false);
    // Places that disagree keep two statements apart whatever their words.
    expect(wordsLink({ ...evidence, bothNamed: true, restated: { share: 1, words: 20 } })).toBe(false);
  });
});
