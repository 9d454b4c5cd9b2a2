// Two reports that both quote one post (a tweet, a statement) share its words and the few words that introduce it:
// the words both print as someone's are that person's, not reporting text one took from the other, and leave no copy.
// Own invented texts.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";

const article = (id: string, outlet: string, published: string, language: string, body: string): string =>
  `---\nid: ${id}\noutlet: ${outlet}\npublished: ${published}\nlanguage: ${language}\n---\n${body}\n`;

async function reuseOf(language: string, first: [string, string], second: [string, string]) {
  const root = await makeCase({
    "first.txt": article("first", first[0], "2025-04-02", language, first[1]),
    "second.txt": article("second", second[0], "2025-04-09", language, second[1]),
  });
  const { graph } = await analyseCaseFolder(root);
  const kinds = (kind: string) => graph.edges().filter((e) => graph.getEdgeAttribute(e, "kind") === kind).map((e) => `${graph.source(e)} -> ${graph.target(e)}`);
  return { copies: kinds("copies"), quotes: [...kinds("quotes_same"), ...kinds("alters_quote")] };
}

// A post both reports quote whole, introduced by the same few words ("wrote on social media 「…」 and disrupted the
// station's work"), the rest of each told in its own words.
const POST = "大雨のせいで駅前の道路が川になった 北谷";
const FIRST = `北谷署は1日、大雨で駅前が水没したとのうそを広めたとして、南浜市の店員の女(27)を書類送検した。\n\n女は6月5日未明、SNSに「${POST}」などと書き込み、北谷市営駅の業務を妨げた疑いがある。女は事実を認めている。`;
const SECOND = `駅前水没のデマを流した女について、検察は12日、起訴を見送った。\n\n女は昨年、SNSに「${POST}」などと書き込み、北谷市営駅の業務を妨げたとして書類送検されていた。検察は理由を明らかにしていない。`;

describe("a post both reports quote", () => {
  it("is a quotation both print, not a copy, where only a few words around it are shared (Japanese)", async () => {
    const { copies, quotes } = await reuseOf("ja", ["霧丘日報", FIRST], ["東湾タイムズ", SECOND]);
    expect(copies).toEqual([]);
    expect(quotes).toEqual(["second -> first"]);
  });

  it("is a statement both print, not a copy, where only the words that give it are shared (Korean)", async () => {
    const statement = "정수장 물은 안전하며 시민들이 걱정할 이유가 지금으로서는 전혀 없다";
    const { copies } = await reuseOf(
      "ko",
      ["한빛일보", `한빛시가 수질 논란에 대해 입장을 냈다.\n\n박서진 한빛시 대변인은 3일 기자들에게 보낸 문자 메시지를 통해 "${statement}"며 이같이 밝혔다. 시는 다음 주 검사 결과를 내놓는다.`],
      ["동해신문", `수질 논란이 이어지고 있다.\n\n박서진 한빛시 대변인은 3일 기자들에게 보낸 문자 메시지를 통해 "${statement}"며 이같이 밝혔다. 시민단체는 독립 조사를 요구했다.`],
    );
    expect(copies).toEqual([]);
  });
});
