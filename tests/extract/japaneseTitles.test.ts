// Japanese titles written straight onto a name (probe 20 item 9), pinned with texts of our own.
import { describe, expect, it } from "vitest";
import { quotedSpeaker, readPlain } from "./helpers.ts";

const read = (body: string, language: string) => readPlain(body, language, "Valley Ledger");

describe("Japanese: a name with a title noun written onto it", () => {
  it.each([
    ["鈴木一郎総工程師は「新しい橋は来年三月に開通する予定だ」と述べた。", "鈴木一郎"],
    ["陳小明技師長は「新しい橋は来年三月に開通する予定だ」と語った。", "陳小明"],
    ["港湾局の田中花子広報担当者は「新しい橋は来年三月に開通する予定だ」と述べた。", "田中花子"],
  ])("%s", (text, name) => {
    expect(quotedSpeaker(read(text, "ja"))).toBe(name);
  });
});
