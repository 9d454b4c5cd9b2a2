/** Doubled runs as evidence of which text is the copy, on short texts written for these tests. */
import { describe, expect, it } from "vitest";
import { DOUBLED_RUN_WORDS, doublesSharedRun, runIndex } from "../../src/align/doubledPaste.ts";

const PASSAGE = "The council voted late on Tuesday to close the old ferry landing until engineers have inspected every pier along the harbour wall";
const whole = (text: string) => [{ start: 0, end: text.length }];

describe("doubled runs", () => {
  it("finds a run printed twice and counts it once in the text it came from", () => {
    const copy = `${PASSAGE}. Residents were told to use the bridge.\n\n${PASSAGE.split(" ").slice(0, DOUBLED_RUN_WORDS + 2).join(" ")}`;
    const source = `${PASSAGE}. Residents were told to use the bridge.`;
    expect(runIndex(copy).doubled.size).toBeGreaterThan(0);
    expect(doublesSharedRun(runIndex(copy), whole(copy), runIndex(source))).toBe(true);
    expect(doublesSharedRun(runIndex(source), whole(source), runIndex(copy))).toBe(false);
  });

  it("ignores a repeat shorter than a pasted passage", () => {
    const short = PASSAGE.split(" ").slice(0, DOUBLED_RUN_WORDS - 1).join(" ");
    expect(runIndex(`${short}. Then more words follow here. ${short}.`).doubled.size).toBe(0);
  });

  it("ignores a repeat of the title, as a page printing its headline twice", () => {
    const title = PASSAGE.split(" ").slice(0, DOUBLED_RUN_WORDS + 1).join(" ");
    const page = `${title}\n\n${title}\n\nResidents were told to use the bridge until further notice.`;
    expect(runIndex(page).doubled.size).toBeGreaterThan(0);
    expect(runIndex(page, title).doubled.size).toBe(0);
  });

  it("ignores a repeat first printed in the opening paragraphs, as a standfirst that repeats the lead", () => {
    const page = `${PASSAGE}.\n\n${PASSAGE}, the council said.\n\nResidents were told to use the bridge.`;
    expect(runIndex(page).doubled.size).toBeGreaterThan(0);
    expect(runIndex(page, undefined, page.indexOf("Residents")).doubled.size).toBe(0);
  });

  it("needs the doubled run inside what the two texts share, and printed exactly once by the other", () => {
    const copy = `${PASSAGE}.\n\nOther news of the week.\n\n${PASSAGE}.`;
    const source = `${PASSAGE}. And later ${PASSAGE}.`;
    expect(doublesSharedRun(runIndex(copy), whole(copy), runIndex(source))).toBe(false);
    expect(doublesSharedRun(runIndex(copy), [{ start: copy.indexOf("Other"), end: copy.indexOf("Other") + 10 }], runIndex(PASSAGE))).toBe(false);
  });
});

describe("a statement told and then shown", () => {
  it("is no doubled paste: the shared clause holds no sentence start in either printing", () => {
    const clause = "spreading such inventions during the emergency can lead to a heavy fine for anyone caught";
    const page =
      "Rumours about the closure went round the valley on Monday.\n\nThe brigade said on its page that the story was made up.\n\n" +
      `The brigade also wrote that ${clause}.\n\nA spokesman asked people to follow official channels.\n\nWe remind you that ${clause}. Follow only our channels.`;
    expect(runIndex(page).doubled.size).toBe(0);
    // The same words pasted twice as a sentence are a doubled paste.
    const pasted = `Rumours went round on Monday.\n\nNews of the week.\n\nThe brigade wrote that ${clause}.\n\nMore news.\n\nThe brigade wrote that ${clause}.`;
    expect(runIndex(pasted).doubled.size).toBeGreaterThan(0);
  });
});

describe("a sentence pasted twice in a language that ends sentences with 。", () => {
  it("is a doubled paste: the full stop of Chinese and Japanese starts the next sentence", () => {
    const sentence = "市立図書館は来月一日から屋根の改修工事のため三か月間すべての窓口を閉じて休館すると市の担当者が記者会見で発表した。";
    const page = `地元の話題。\n\n今週のお知らせです。\n\n天気は晴れ。${sentence}住民は驚いた。\n\n別の話題。\n\n天気は雨。${sentence}`;
    expect(runIndex(page).doubled.size).toBeGreaterThan(0);
  });
});
