// A Chinese debunk that restates the claim and gives its verdict in one paragraph of two sentences ("近日，有媒体报道称…。
// 记者…了解到，这一说法不实。") joins the claim and reports it false: read as one sentence, the paragraph's own words
// outweighed the claim's and it never linked. Own invented story.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";

const article = (outlet: string, date: string, title: string, paragraphs: string[]) =>
  `---\noutlet: ${outlet}\npublished: ${date}\nlanguage: zh\ntitle: ${title}\n---\n${title}\n\n${paragraphs.join("\n\n")}\n`;

describe("a Chinese debunk paragraph of two sentences", () => {
  it("joins the claim it restates, false", async () => {
    const { graph } = await analyseCaseFolder(
      await makeCase({
        "a.txt": article("青湾日报", "2026-07-01T08:00:00+08:00", "青湾港新码头年吞吐量将达900万吨", [
          "青湾港务集团30日宣布，新建的南岸码头投入使用后年吞吐量将达到900万吨，成为全省最大的散货码头。",
          "集团副总经理陈伟表示：“新码头将带动周边物流产业发展。”",
        ]),
        "b.txt": article("滨海时报", "2026-07-01T15:00:00+08:00", "南岸码头年吞吐量将达900万吨", [
          "据青湾日报报道，青湾港南岸码头投入使用后年吞吐量将达到900万吨，成为全省最大的散货码头。",
          "有业内人士认为，这将改变区域航运格局。",
        ]),
        "c.txt": article("江南晚报", "2026-07-03T10:00:00+08:00", "辟谣：这条港口消息不实", [
          "近日，有媒体报道称青湾港新码头年吞吐量将达900万吨。记者昨日向港务集团多个部门求证获悉，这一说法与事实严重不符，相关报道存在明显夸大。",
          "港务集团新闻发言人周丽说，900万吨是远期规划的设计能力，码头目前的年吞吐量约为300万吨。",
        ]),
      }),
    );
    const asserts: { article: string; claim: string; stance: string }[] = [];
    graph.forEachEdge((_, attrs, source, target) => {
      if (attrs.kind === "asserts") asserts.push({ article: source, claim: target, stance: String(attrs.stance) });
    });
    const claim = asserts.find((a) => a.article === "a")?.claim;
    expect(asserts.filter((a) => a.claim === claim).map((a) => [a.article, a.stance])).toEqual([
      ["a", "true"],
      ["b", "true"],
      ["c", "false"],
    ]);
  });
});
