// Chinese frames on sentences of our own (invented outlets and people): the frame bounds the name (《》, quotes, a Latin run, Han
// characters between 据 and 报道, or a subject ending like an outlet), every span is a candidate needing evidence, plain sentences yield none.
import { describe, expect, it } from "vitest";
import { zh } from "../../../src/extract/frames/zh.ts";
import { frameHits, names } from "./helpers.ts";

describe("Chinese frames", () => {
  it.each([
    ["据南港日报报道，港口已关闭。", "南港日报"],
    ["据美国海湾新闻网报道，港口已关闭。", "美国海湾新闻网"],
    ["据英国《海港时报》日前报道，港口已关闭。", "海港时报"],
    ["据Harbor Times报道，港口已关闭。", "Harbor Times"],
    ["新华社报道称，港口已关闭。", "新华社"],
    ["《南港日报》27日报道称，港口已关闭。", "南港日报"],
    ["近日讽刺网站“洋葱报”载文嘲讽市长。", "洋葱报"],
    ["《南港日报》援引一名官员称，港口已关闭。", "南港日报"],
    ["官员引述新华社的报道说，港口已关闭。", "新华社"],
    ["市长在接受《南港日报》采访时否认辞职。", "南港日报"],
    ["一名官员对《南港日报》说，港口已关闭。", "南港日报"],
    ["另据报道，南港日报的报道引起了关注。", "南港日报"],
    ["这项研究发表在《海洋研究》上。", "海洋研究"],
    ["在南港日报网站上，市长发表了声明。", "南港日报"],
    ["南港网节选翻译了美国恶搞网站洋葱报(The Radish)的报道。", "洋葱报(The Radish)"],
    ["他是所有女性的梦中情人。 来源:http://www.harbortimes.com.au/world/story", "www.harbortimes.com.au"],
    ["南港日报率先披露了这一消息。", "南港日报"],
  ])("%s → %s", (text, name) => expect(names(zh, text)).toContain(name));

  it("keeps a publication noun before a name as the cue and marks every frame as needing evidence", () => {
    expect(frameHits(zh, "近日讽刺网站“洋葱报”载文嘲讽市长。")[0]).toMatchObject({ name: "洋葱报", cue: "网站" });
    expect(zh.frames.every((f) => f.needsEvidence)).toBe(true);
  });

  it("reads 'this outlet' as a descriptor", () => {
    expect(names(zh, "该媒体报道称，港口已关闭。")).toEqual(["该媒体"]);
  });

  it.each([
    "港口已经关闭，居民们很担心。",
    "据外媒报道，港口已关闭。",
    "据悉，港口已关闭。",
    "不料市长竟信以为真，郑重报导此新闻。",
    "他说港口已关闭。",
  ])("a sentence without a named source yields no name: %s", (text) => expect(frameHits(zh, text)).toEqual([]));
});

describe("Chinese speech verbs and sources are written without spaces", () => {
  it("marks the language unspaced, so its verbs are found glued to their subject", () => {
    expect(zh.unspaced).toBe(true);
    const verbs = new RegExp(`(?:${[...zh.speechVerbs].sort((a, b) => b.length - a.length).join("|")})`, "u");
    expect(verbs.exec("一名官员说，港口已关闭。")?.[0]).toBe("说");
    expect(verbs.exec("消息人士表示，港口已关闭。")?.[0]).toBe("表示");
  });
});
