// Speakers lost behind a description (probe 24 items 6, 16, 21), pinned with texts of our own: whom an outlet quotes
// after a role set off by commas ('quoted the senior author, Dr. X, as saying'), a name with a possessor's noun after it
// ('X, Halloran's agent, said:'), and a Japanese name before the title 博士 ('…博士は「…」と語った').
import { describe, expect, it } from "vitest";
import { quotedSpeaker, readPlain } from "./helpers.ts";

const QUOTE = '"I would love to tell people this is a cure"';

describe("a described speaker is the named person", () => {
  it.each([
    ["en", `Harbour Wire quoted the senior author, Dr. Mara Lindqvist, as saying ${QUOTE}.`, "Mara Lindqvist"],
    ["en", 'Tessa Quaid, Halloran\'s agent, said: "The tour goes on and we play Harbourside on Friday."', "Tessa Quaid"],
    ["ja", "研究を率いたマラ・リンドクヴィスト博士は英紙ハーバー・ワイヤーに対し「これは治療薬だと人々に伝えたい」と語ったという。", "マラ・リンドクヴィスト"],
    // Controls: read before.
    ["en", `Harbour Wire quoted Dr. Mara Lindqvist as saying ${QUOTE}.`, "Mara Lindqvist"],
    ["en", 'Tessa Quaid, the band\'s agent, said: "The tour goes on and we play Harbourside on Friday."', "Tessa Quaid"],
    ["ja", "マラ・リンドクヴィスト氏は「これは治療薬だと人々に伝えたい」と語った。", "マラ・リンドクヴィスト"],
  ])("%s: %s", (language, text, speaker) => {
    expect(quotedSpeaker(readPlain(text, language))).toBe(speaker);
  });

  it("the possessor is never the speaker", () => {
    const reading = readPlain('Tessa Quaid, Halloran\'s agent, said: "The tour goes on and we play Harbourside on Friday."', "en");
    expect(reading.sources.map((s) => s.name)).toEqual(["Tessa Quaid"]);
  });
});
