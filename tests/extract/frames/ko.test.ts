// Korean frames on sentences of our own (invented outlets and people): the frame bounds the name (quotes, the word before its
// particle), every such span is marked as needing evidence, generic "media" nouns never become names, plain sentences yield none.
import { describe, expect, it } from "vitest";
import { ko } from "../../../src/extract/frames/ko.ts";
import { frameHits, names } from "./helpers.ts";

describe("Korean frames", () => {
  it.each([
    ["한빛일보에 따르면 항구는 다음 주까지 폐쇄된다.", "한빛일보"],
    ["한빛일보에 의하면 항구는 폐쇄된다.", "한빛일보"],
    ["한빛일보의 보도에 따르면 항구가 닫혔다.", "한빛일보"],
    ["새벽방송 보도에 따르면 항구가 닫혔다.", "새벽방송"],
    ["18일(현지시간) 새벽방송 등 현지 언론에 따르면 항구가 폐쇄됐다.", "새벽방송"],
    ["한빛일보는 시장이 사퇴했다고 보도했다.", "한빛일보"],
    ["풍자 매체 '디 라디쉬(The Radish)'는 시장이 최고의 미남이라고 전했다.", "디 라디쉬(The Radish)"],
    ["디 라디쉬는 “시장은 모든 여성의 꿈”이라고 설명했다.", "디 라디쉬"],
    ["풍자 전문 사이트 “디 라디쉬(the Radish)”는 27일 기사를 통해 시장이 최고의 미남으로 뽑혔다고 발표했다.", "디 라디쉬(the Radish)"],
    ["통신은 푸른신문을 인용해 항구가 닫혔다고 전했다.", "푸른신문"],
    ["시장은 한빛일보와의 인터뷰에서 사퇴를 부인했다.", "한빛일보"],
    ["한 관리는 푸른신문에 말했다.", "푸른신문"],
    ["한 관리는 일간지 푸른신문에 항구가 닫혔다고 말했다.", "푸른신문"],
    ["학술지 바다연구에 게재된 논문은 조작됐다.", "바다연구"],
  ])("%s → %s", (text, name) => expect(names(ko, text)).toContain(name));

  it("keeps the outlet noun before a name as the cue and marks the span as needing evidence", () => {
    const [hit] = frameHits(ko, "인터넷매체 '디 라디쉬'는 시장을 올해의 인물로 뽑았다고 보도했다.");
    expect(hit).toMatchObject({ name: "디 라디쉬", cue: "인터넷매체" });
    expect(hit?.rule.needsEvidence).toBe(true);
    expect(ko.frames.every((f) => f.needsEvidence)).toBe(true);
  });

  it("takes a run of Latin-script words as one name", () => {
    expect(names(ko, "미국 Harbor Times에 따르면 항구가 닫혔다.").some((n) => n.endsWith("Harbor Times"))).toBe(true);
    expect(names(ko, "CNN방송에 따르면 항구가 닫혔다.")).toEqual(["CNN방송"]);
  });

  it("reads 'this outlet' as a descriptor", () => {
    expect(names(ko, "이 매체에 따르면 항구가 닫혔다.")).toEqual(["이 매체"]);
    expect(names(ko, "신문은 시장이 사퇴했다고 보도했다.")).toEqual(["신문"]);
    expect(names(ko, "한빛신문은 시장이 사퇴했다고 보도했다.")).toEqual(["한빛신문"]);
  });

  it.each([
    "항구는 월요일부터 닫혀 있고 배들은 기다리고 있다.",
    "현지 언론에 따르면 항구가 닫혔다.",
    "외신들에 따르면 항구가 닫혔다.",
    "시장은 오늘 항구가 닫혔다고 말했다.",
    "그는 동그란 얼굴에 매력이 있다고 말했다.",
  ])("a sentence without a named source yields no name: %s", (text) => expect(frameHits(ko, text)).toEqual([]));
});

describe("Korean particles", () => {
  it.each([
    ["관계자는", "관계자"],
    ["소식통에", "소식통"],
    ["그는", "그"],
    ["전문가들은", "전문가들"],
  ])("stripping one particle from %s leaves a listed word: %s", (word, base) => {
    const particle = (ko.particles ?? []).find((p) => word.endsWith(p) && word.length > p.length);
    expect(particle && word.slice(0, -particle.length)).toBe(base);
    expect([...ko.anonymousHeads, ...ko.pronouns.singular]).toContain(base);
  });

  it("lists particles longest first, so the longest one is stripped", () => {
    const lengths = (ko.particles ?? []).map((p) => p.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
  });
});
