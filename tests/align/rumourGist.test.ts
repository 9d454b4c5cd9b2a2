// A rumour's gist set between marks ("「…」というデマ", the false rumour that …) is the writer's summing-up, no one's
// quotation: a paper that tells the same rumour in its own words has neither altered a quotation nor copied one.
// Own invented texts.
import { describe, expect, it } from "vitest";
import type { ReuseEdgeAttrs } from "../../src/graph/types.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";

const article = (id: string, outlet: string, published: string, body: string): string =>
  `---\nid: ${id}\noutlet: ${outlet}\npublished: ${published}\nlanguage: ja\n---\n${body}\n`;

// The post all three quote alike, word for word.
const POST = "やばい、大雨で白砂川の堤防が切れたらしい 早く逃げろ 白砂";

describe("a rumour's gist between marks", () => {
  it("ties no quotation or copy edge to a paper that tells the rumour in its own words", async () => {
    const root = await makeCase({
      "gist.txt": article("gist", "青葉ウェブ", "2025-06-10", `大雨の直後に「白砂川の堤防が決壊して町が水につかった」というデマをSNSに書き込んだとして、北谷市の学生の男(19)が書類送検された。\n\n男は「${POST}」と書き込み、写真も添えていた。投稿は数千回共有された。`),
      "prose.txt": article("prose", "白砂新報", "2025-06-10", `白砂署は10日、豪雨の夜に白砂川の堤防が決壊して町が水につかったというデマをSNSで流したとして、学生の男(19)を書類送検した。\n\n男は「${POST}」と書き込んでいた。市には問い合わせが相次いだ。`),
      "later.txt": article("later", "北谷ニュース", "2025-06-11", `大雨のあと「白砂川の堤防が決壊して町が水につかった」などとSNSにうその書き込みをした男が書類送検された。\n\n男の投稿は「${POST}」というもので、町の職員が対応に追われた。`),
    });
    const { graph } = await analyseCaseFolder(root);
    const edges = (kinds: readonly string[]) => graph.edges().filter((e) => kinds.includes(graph.getEdgeAttribute(e, "kind")));
    // The post is a quotation the three print; the rumour's gist is nobody's, in marks or not.
    const quoted = edges(["quotes_same", "alters_quote"]).flatMap((e) => (graph.getEdgeAttributes(e) as ReuseEdgeAttrs).passages.map((p) => p.from.text));
    expect(quoted.length).toBeGreaterThan(0);
    expect(quoted.filter((text) => text.includes("町が水につかった"))).toEqual([]);
    expect(edges(["copies"]).map((e) => `${graph.source(e)} -> ${graph.target(e)}`)).toEqual([]);
  });
});
