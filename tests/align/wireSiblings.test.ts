// Papers that run one wire story on the same day, each with its own small edits and none crediting another, are
// siblings: each shares the wire's text with all the others, and nothing shows that one took it from another. Dated
// apart, the later ones are copies. Own invented texts (an invented city and spokesperson).
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";

const article = (id: string, outlet: string, published: string, body: string): string =>
  `---\nid: ${id}\noutlet: ${outlet}\npublished: ${published}\nlanguage: ko\n---\n${body}\n`;

// One wire story's paragraph, as four papers edited it (a word changed, dropped or added in each).
const EDITS = [
  "박서진 한빛시 대변인은 3일 정수장 수질 논란과 관련해 이같이 밝혔다.\n앞서 한 지역 방송은 시청 관계자를 인용해 정수장 물에서 기준치를 넘는 세균이 검출됐다는 보고를 시가 검토하고 있다고 보도했다. 시는 이번 주 안에 외부 기관에 정밀 검사를 맡기고 그 결과를 시민들에게 모두 공개할 계획이라고 덧붙였다.",
  "박서진 한빛시 대변인은 3일 정수장 수질 논란에 대해 이같이 밝혔다.\n앞서 한 지역 방송은 시청 관계자를 인용해 정수장 물에서 기준치를 크게 넘는 세균이 검출됐다는 보고를 시가 검토하고 있다고 전했다. 시는 이번 주 안에 외부 기관에 정밀 검사를 맡기고 그 결과를 시민들에게 공개할 계획이라고 덧붙였다.",
  "박서진 한빛시 대변인은 이날 정수장 수질 논란과 관련해 이같이 말했다.\n앞서 지역 방송은 시청 관계자를 인용해 정수장 물에서 기준치를 넘는 세균이 검출됐다는 보고를 한빛시가 검토하고 있다고 보도했다. 시는 이번 주 안에 외부 전문 기관에 정밀 검사를 맡기고 그 결과를 시민들에게 모두 공개할 계획이라고 밝혔다.",
  "박서진 한빛시 대변인은 3일 정수장 수질 논란과 관련해 이같이 설명했다.\n앞서 한 지역 방송은 익명의 시청 관계자를 인용해 정수장 물에서 기준치를 넘는 세균이 검출됐다는 보고를 시가 면밀히 검토하고 있다고 보도했다. 한빛시는 이번 주 안에 외부 기관에 정밀 검사를 맡기고 그 결과를 시민들에게 모두 공개할 계획이라고 덧붙였다.",
];
const LEADS = ["한빛시는 정수장 물이 안전하다고 강조했다.", "시는 수돗물을 마셔도 된다는 입장이다.", "한빛시가 수질 논란 진화에 나섰다.", "시 당국은 추가 검사를 약속했다."];
const OUTLETS = ["한빛일보", "동해신문", "서림경제", "남강뉴스"];

async function copiesOf(dates: readonly string[]): Promise<string[]> {
  const files: Record<string, string> = {};
  EDITS.forEach((edit, i) => (files[`p${i}.txt`] = article(`p${i}`, OUTLETS[i]!, dates[i]!, `${LEADS[i]}\n\n${edit}`)));
  const { graph } = await analyseCaseFolder(await makeCase(files));
  return graph.edges().filter((e) => graph.getEdgeAttribute(e, "kind") === "copies").map((e) => `${graph.source(e)} -> ${graph.target(e)}`);
}

describe("one wire story run by several papers", () => {
  it("draws no copy between papers that ran it on the same day", async () => {
    expect(await copiesOf(["2025-06-03", "2025-06-03", "2025-06-03", "2025-06-03"])).toEqual([]);
  });

  it("draws the copies where the dates order the papers (control)", async () => {
    expect((await copiesOf(["2025-06-03", "2025-06-04", "2025-06-05", "2025-06-06"])).length).toBeGreaterThan(0);
  });
});
