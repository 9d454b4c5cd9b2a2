// "<outlet> quoted Dr. X as saying …" lost its speaker at the title's full stop, and a full name there was taken for an
// organisation (probe 24 item 6: a false "credit no one" drift followed), pinned with texts of our own.
import { describe, expect, it } from "vitest";
import { quotedSpeaker, readPlain } from "./helpers.ts";

const read = (body: string) => readPlain(body, "en", "Own Paper");

describe("whom an outlet quotes as saying is the quotation's speaker", () => {
  it.each([
    'The Harbour Bulletin quoted Dr. Lena Marsh as saying "the vaccine works".',
    'The Harbour Bulletin quoted Lena Marsh as saying "the vaccine works".',
    // With a role after the name: the title's full stop cut it as well.
    'The Harbour Bulletin quoted Prof. Lena Marsh, the lead author, as saying "the vaccine works".',
  ])("%s", (text) => {
    const reading = read(text);
    expect(quotedSpeaker(reading)).toBe("Lena Marsh");
    expect(reading.sources.find((s) => s.name === "Lena Marsh")?.type).toBe("named");
  });
});
