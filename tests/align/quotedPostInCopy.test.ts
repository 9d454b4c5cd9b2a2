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

// A post both reports quote whole, introduced by the same few words ("posted on Twitter 「…」 and obstructed the
// aquarium's work"), the rest of each told in its own words.
const POST = "台風のせいで水族館からペンギンが逃げ出した 霧丘";
const FIRST = `霧丘県警は1日、台風で水族館のペンギンが逃げたとのうそを広めたとして、東湾市の会社員の男(31)を逮捕した。\n\n男は3月2日夜、ツイッターに「${POST}」などと投稿し、霧丘市立水族館の業務を妨げた疑いがある。男は容疑を認めている。`;
const SECOND = `ペンギン脱走のデマを流した男について、地検は8日、起訴しないと決めた。\n\n男は昨年、ツイッターに「${POST}」などと投稿し、霧丘市立水族館の業務を妨げたとして逮捕されていた。地検は理由を明らかにしていない。`;

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
