// An embedded post whose signature closes its own line ("… — Name (@handle) date", the embed's line breaks lost with
// its markup) is the poster's words, as a post signed on the next line is. Invented texts.
import { describe, expect, it } from "vitest";
import { quotedSpeaker, readPlain } from "./helpers.ts";

const quotations = (body: string) =>
  readPlain(body, "en")
    .quotations.filter((q) => q.kind === "quotation")
    .map((q) => q.parts.map((p) => p.text).join(" … "));

describe("a post signed on its own line", () => {
  it.each([
    ["after a picture link", "The ferry is not cancelled, whatever the voice note says. pic.twitter.com/Qm41Lx — Ines Calder (@inescalder) March 3, 2026"],
    ["after the words", "The ferry is not cancelled, whatever the voice note says. — Ines Calder (@inescalder) 3 March 2026"],
  ])("is the poster's words (%s)", (_, embed) => {
    const reading = readPlain(`The harbour master answered the rumour on Tuesday.\n\n${embed}\n\nThe ferry company did not comment.`, "en");
    expect(quotedSpeaker(reading)).toBe("Ines Calder");
    expect(reading.quotations.find((q) => q.kind === "quotation")?.parts[0]?.text).toMatch(/^The ferry is not cancelled, whatever the voice note says\./u);
  });

  it.each([
    ["a dash aside", "The mayor — who spoke to reporters by phone — said the ferry would run on Friday."],
    ["a credit without a handle", "The ferry will run on Friday. — Reporting by Ines Calder"],
  ])("leaves prose alone (%s)", (_, line) => {
    expect(quotations(`The harbour master answered the rumour on Tuesday.\n\n${line}\n\nThe ferry company did not comment.`)).toEqual([]);
  });
});
