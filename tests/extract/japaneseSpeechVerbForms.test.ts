// Japanese reports close a quotation on a speech verb in many forms: the plain past ("と指摘した"), the progressive
// ("と指摘しています", broadcasters' house style), the polite past ("と強調しました"), a call on the public ("と呼び掛けた").
// A deputy's office written onto a name ("官房副長官") is a role, and "担当者" (the official in charge) an unnamed
// source. Invented people and bodies.
import { describe, expect, it } from "vitest";
import { quotedSpeaker, readPlain, sourceLabels } from "./helpers.ts";

describe("Japanese speech verb forms", () => {
  it.each([
    "北浜建設の山田太郎会長は、「橋は来月開通する」と指摘しています。",
    "山田太郎会長は「橋は来月開通する」と強調しました。",
    "山田太郎会長は「橋は来月開通する」と話していた。",
    "山田太郎会長は記者会見で「工事中は迂回路を使ってほしい」と呼び掛けた。",
  ])("%s → 山田太郎 speaks", (body) => {
    expect(quotedSpeaker(readPlain(body, "ja"))).toBe("山田太郎");
  });

  it("reads the name before a deputy's office, never the office's first characters", () => {
    expect(sourceLabels(readPlain("山田一郎官房副長官は「橋は来月開通する」と述べた。", "ja"))).toEqual(["named:山田一郎"]);
  });

  it("reads the official in charge as an unnamed source", () => {
    expect(sourceLabels(readPlain("北浜建設の担当者は「橋は来月開通する」と強調した。", "ja"))).toEqual(["anonymous:担当者"]);
  });

  it("reads a statement closing on としています as the account of the speaker named before", () => {
    const r = readPlain("山田太郎会長は「橋は来月開通する」と指摘しています。そのうえで「予定通りだ」としています。", "ja");
    expect(r.quotations.map((q) => r.sources.find((s) => s.key === q.speaker)?.name)).toEqual(["山田太郎", "山田太郎"]);
  });
});
