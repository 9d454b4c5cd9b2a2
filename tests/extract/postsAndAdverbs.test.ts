// "X just told Y: …" named no speaker (probe 24 item 17), pinned with texts of our own.
import { describe, expect, it } from "vitest";
import { quotedSpeaker, readPlain } from "./helpers.ts";

const speaker = (body: string) => quotedSpeaker(readPlain(body, "en", "Own Paper"));

describe("an adverb between a subject and its verb of telling", () => {
  it.each([
    'Tessa Quaid is the band\'s agent. Quaid just told The Harbour Bulletin: "The tour goes on."',
    'Tessa Quaid is the band\'s agent. Quaid has just told The Harbour Bulletin by phone: "The tour goes on."',
    // Control: without the adverb it was read before.
    'Tessa Quaid is the band\'s agent. Quaid has told The Harbour Bulletin: "The tour goes on."',
  ])("%s", (text) => {
    expect(speaker(text)).toBe("Tessa Quaid");
  });
});
