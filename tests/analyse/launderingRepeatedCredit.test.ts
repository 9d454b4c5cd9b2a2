/**
 * Laundering says a re-report dropped where a claim came from. A re-report that repeats the credit's own words in a
 * construction the reading does not resolve to a source (Korean "소식통을 상대로 취재한 결과에 따르면": by what its reporters
 * learned from the sources) kept the source, and is no laundering. Invented outlets and text.
 */
import { describe, expect, it } from "vitest";
import { findingExplanations } from "./twoArticleFindings.ts";

const first = {
  file: "a.md",
  outlet: "한빛일보",
  published: "2024-05-01",
  title: "항만공사 사장 사퇴",
  body: "정부 내 복수의 소식통에 따르면 항만공사 사장은 지난 3일 사표를 제출했으며 이틀 만에 수리됐다.\n\n후임 사장 인선은 다음 달 시작될 예정이다.",
};

const body = "정부 내 복수의 소식통을 상대로 취재한 결과에 따르면 항만공사 사장은 지난 3일 사표를 제출했으며 이틀 만에 수리됐습니다.\n\n후임 인선 일정은 아직 알려지지 않았습니다.";
const lead = "지난달 취임한 항만공사 사장이 부산 신항 개발 사업을 둘러싼 내부 감사 결과가 나온 직후 전격 사퇴한 것으로 밝혀졌다고 한빛일보가 보도했습니다.";

describe("a re-report that repeats the credit's words", () => {
  it("is no laundering", async () => {
    const second = { file: "b.md", outlet: "누리방송", published: "2024-05-02", title: "항만공사 사장 전격 사퇴", body: `${lead}\n\n${body}` };
    expect(await findingExplanations("laundering", "ko", first, second)).toEqual([]);
  });
});
