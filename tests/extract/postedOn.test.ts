// '"…," X posted on Instagram.' and 'X has posted on Instagram. Her post reads: "…"' named no speaker (probe 24 item 17),
// pinned with texts of our own.
import { describe, expect, it } from "vitest";
import { quotedSpeaker, readPlain } from "./helpers.ts";

const read = (body: string) => readPlain(body, "en", "Own Paper");

describe("a post on a platform gives its words to the poster", () => {
  it.each([
    '"The tour goes on and we play Harbourside on Friday," Tessa Quaid posted on Instagram.',
    'Tessa Quaid has now posted on Instagram. Her post reads: "The tour goes on and we play Harbourside on Friday."',
    // Control: read before.
    '"The tour goes on and we play Harbourside on Friday," Tessa Quaid wrote on Instagram.',
  ])("%s", (text) => {
    expect(quotedSpeaker(read(text))).toBe("Tessa Quaid");
  });

  it.each([
    // The platform after "posted on" is never the speaker.
    '"The tour goes on and we play Harbourside on Friday," read a message posted on Instagram.',
    "A message posted on Telegram that night said the ferry will stop.",
  ])("no speaker, no source: %s", (text) => {
    const reading = read(text);
    expect(quotedSpeaker(reading)).toBeUndefined();
    expect(reading.sources).toEqual([]);
  });
});
