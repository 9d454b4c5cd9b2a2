// Japanese quotations whose speaker is named before or after them (probe 21 task), pinned with texts of our own: a
// quotation opening right after a full-width full stop, a subject left out after a sentence that opens on the speaker
// as its topic, and the hearsay "「…」という。".
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { quotedSpeaker, readText } from "./helpers.ts";

const read = (body: string, language = "ja") => readText(body, createOutletRegistry([]), { outlet: "港町新報", language });

describe("who speaks a Japanese quotation", () => {
  it.each([
    ["青葉電機は12日、新工場の建設を発表した。「来年には稼働する」と同社の広報担当者は語った。", "広報担当者"],
    ["山田太郎社長は12日、記者会見を開いた。「来年には稼働する」と語った。", "山田太郎"],
    ["青葉電機の広報担当者は12日、取材に応じた。「来年には稼働する」と語った。", "広報担当者"],
    ["山田太郎氏は12日、記者会見を開いた。「来年には稼働する」という。", "山田太郎"],
  ])("%s", (body, speaker) => {
    expect(quotedSpeaker(read(body))).toBe(speaker);
  });

  it("a title named with という is nobody's words", () => {
    expect(read("山田太郎氏は「海と空」という本を書いた。").sources).toEqual([]);
  });

  it("a Chinese quotation after a full-width full stop is found too", () => {
    expect(quotedSpeaker(read("港口于周一关闭。“我们别无选择，”港务局发言人说。", "zh"))).toBe("发言人");
  });
});
