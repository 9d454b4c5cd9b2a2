// Speakers in scripts without capitals (Chinese, Korean): a verb phrase or particle before a speech verb is nobody; a
// pronoun, a source or role noun, or a family name with its given syllables is a speaker.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { caselessSubject } from "../../src/extract/caselessSpeakers.ts";
import { ko } from "../../src/extract/frames/ko.ts";
import { zh } from "../../src/extract/frames/zh.ts";
import { readArticle } from "../../src/extract/read.ts";
import { paragraphSpans, readText, textArticle } from "./helpers.ts";

const registry = createOutletRegistry([{ name: "한빛일보", aliases: [], descriptors: [], domains: [], kind: "newspaper" }]);

function sources(body: string, language: string): { name: string; type: string }[] {
  return readText(body, registry, { outlet: "Test Daily", language }).sources.map((s) => ({ name: s.name, type: s.type }));
}

describe("caselessSubject (Chinese)", () => {
  it.each([
    ["一名网友抱怨", { kind: "anonymous", head: "网友" }],
    ["随即有网友反驳", { kind: "anonymous", head: "网友" }],
    ["，王明也", { kind: "named", name: "王明" }],
    ["港口发言人李华", { kind: "named", name: "李华", role: "发言人" }],
    ["外交部发言人", { kind: "anonymous", head: "发言人" }],
    ["而他", { kind: "pronoun", word: "他" }],
    // A transliterated foreign name (its parts joined by the middle dot), alone or after a role noun; whom it was said to
    // ("对路透社", "对记者") stands between speaker and verb.
    ["安娜·凯勒", { kind: "named", name: "安娜·凯勒" }],
    ["发言人安娜·凯勒对记者", { kind: "named", name: "安娜·凯勒", role: "发言人" }],
    ["发言人王明对路透社", { kind: "named", name: "王明", role: "发言人" }],
  ])("%s → a speaker", (text, expected) => {
    expect(caselessSubject(text, 0, zh)).toMatchObject(expected);
  });

  it.each(["结果据", "她已经被选为", "港口昨天关闭以后"])("%s → nobody", (text) => {
    expect(caselessSubject(text, 0, zh)).toBeUndefined();
  });
});

describe("caselessSubject (Korean)", () => {
  it.each([
    ["김민수 대변인은 \"          \"", { kind: "named", name: "김민수", role: "대변인" }],
    ["항만 관계자는 \"          \"", { kind: "anonymous", head: "관계자" }],
    ["누리꾼들은 \"          \"", { kind: "anonymous", head: "누리꾼들" }],
    ["그는 \"          \"", { kind: "pronoun", word: "그" }],
    ["박서연은 \"          \"", { kind: "named", name: "박서연" }],
    // The nominative name is what the quotation is about; the topic before it speaks.
    ["이 신문의 편집장은 박서연이 \"          \"고", { kind: "anonymous", head: "편집장" }],
    // 도 ("also") marks the speaking subject as 은/는 do; a nominative inside a clause a complement noun closes ("…해온
    // 점을 언급하면서", the fact that …) is that clause's subject, not the speaker.
    ["시청 대변인도 \"          \"고", { kind: "anonymous", head: "대변인" }],
    ["항만청 관계자도 박 청장이 최근까지 현장을 지켜온 점을 언급하면서 \"          \"고", { kind: "anonymous", head: "관계자" }],
    ["항만청 관계자는 박 청장이 현장을 지켜온 것을 들어 \"          \"고", { kind: "anonymous", head: "관계자" }],
    ["박 청장이 \"          \"고", { kind: "titled", surname: "박", role: "청장" }],
  ])("%s → a speaker", (text, expected) => {
    expect(caselessSubject(text, 0, ko)).toMatchObject(expected);
  });

  it.each([
    ["\"          \"이라고", "a quotative ending"],
    ["작년에는 소방관이 항구에 파견되기도", "a topic that shows no evidence"],
    ["바다 한가람은 \"          \"", "the tail of a longer name"],
    ["박 청장이 현장을 지켜온 점을 언급하면서 \"          \"고", "the subject of a clause a complement noun closes"],
    // "하다라는" is a verb's plain ending quoted (the view "that it may well be"), not 하 + 다라 + topic 는.
    ["요금이 오를 법도 하다라는 의견이 있기도 했다", "a verb's ending quoted by 라는"],
    ["그럴 수도 있다라고 보는 시각도", "a verb's ending quoted by 라고"],
  ])("%s → nobody (%s)", (text) => {
    expect(caselessSubject(text, 0, ko)).toBeUndefined();
  });
});

describe("readArticle in scripts without capitals", () => {
  // A body's name as the topic ("政府は") is that body, as "the government said" and Korean "정부는" are (session 30).
  it("reads a Japanese speaker from the topic before the quotation: an honorific, a role, a source noun, a body", () => {
    const body = "港長のアンナ・ベルク氏は北浜通信に対し「避けられない」と述べた。\n\n山田太郎市長は「辞任しない」と語った。\n\n関係者は「最終段階だ」と明らかにした。\n\n政府は「問題ない」と述べた。";
    const r = readText(body, registry, { outlet: "Test Daily", language: "ja" });
    const speakers = r.quotations.map((q) => r.sources.find((s) => s.key === q.speaker)?.name);
    expect(speakers).toEqual(["アンナ・ベルク", "山田太郎", "関係者", "政府"]);
  });

  it("gives a quotation after a full-width colon its speaker, and a Korean quotation the topic before it", () => {
    const body = "发言人王明对记者说：“港口关闭了。”\n\n김민수 항만청장은 \"요금 인상은 불가피하다\"고 밝혔다.";
    const article = textArticle(body, { outlet: "Test Daily", language: "zh" });
    const zhReading = readArticle(article, registry);
    expect(zhReading.quotations.map((q) => [q.kind, q.speaker])).toContainEqual(["quotation", "source:王明"]);
    const koBody = "김민수 항만청장은 \"요금 인상은 불가피하다\"고 밝혔다.";
    const koReading = readArticle({ ...article, meta: { ...article.meta, language: "ko" }, text: koBody, body: koBody, paragraphs: paragraphSpans(koBody) }, registry);
    expect(koReading.quotations.map((q) => [q.kind, q.speaker?.normalize("NFC")])).toEqual([["quotation", "source:김민수"]]);
  });

  it("reads no verb phrase as a Chinese speaker, and a netizen as an anonymous source", () => {
    const found = sources("港口昨天关闭。结果据说是风暴。一名网友抱怨说：“风太大了。”随即有网友反驳说：“不是风。”", "zh");
    expect(found).toEqual([{ name: "网友", type: "anonymous" }]);
  });

  it("gives a Korean quotation its topic where a quotative particle ties it to a verb further on (\"…\"이라며 … 댓글을 달았다)", () => {
    const body = "누리꾼들은 구청의 결정을 두고 \"너무 늦은 결정\"이라며 \"책임자는 누구냐\"는 등의 비판 댓글을 달고 있다.\n\n한 시민은 \"버스가 사라졌다\"는 반응을 보였다.\n\n박서연 구청장은 \"예산이 없다\"고 말했다.";
    const r = readText(body, registry, { outlet: "Test Daily", language: "ko" });
    const speakers = r.quotations.map((q) => [q.kind, r.sources.find((s) => s.key === q.speaker)?.name.normalize("NFC")]);
    expect(speakers).toEqual([
      ["quotation", "누리꾼들"],
      ["quotation", "누리꾼들"],
      ["quotation", "시민"],
      ["quotation", "박서연"],
    ]);
  });

  it("gives a Japanese quotation its topic where と ties it to a verb further on, and reads present-perfect and posting verbs", () => {
    const body = "山田太郎市長は記者団に対し、「橋は来年完成する」と自信を見せながら述べた。\n\n関係者は「計画は白紙だ」とコメントした。\n\n佐藤花子氏は自身のSNSに「もう限界です」と投稿した。\n\n鈴木一郎社長は「撤退はしない」と話している。";
    const r = readText(body, registry, { outlet: "Test Daily", language: "ja" });
    expect(r.quotations.map((q) => r.sources.find((s) => s.key === q.speaker)?.name)).toEqual(["山田太郎", "関係者", "佐藤花子", "鈴木一郎"]);
  });

  it("reads no Korean quotative ending as a speaker, and takes the topic's role noun", () => {
    const found = sources("시청 대변인은 \"항구는 다음 주까지 닫힌다\"라고 말했다. 한빛일보는 \"시장은 사퇴하지 않는다\"이라고 전했다.", "ko");
    expect(found.filter((s) => s.type !== "outlet")).toEqual([{ name: "대변인", type: "anonymous" }]);
  });
});
