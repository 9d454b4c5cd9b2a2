// A speech participle after a comma carries on the main clause, so its speaker is that clause's subject: it was read
// only where a full name opened the sentence, and "telling" was no speech participle, so "A spokesperson for the ferry line
// rejected the reports on Friday, telling the Coast Radio: “…”" credited the quotation to no one. Own invented texts.
import { describe, expect, it } from "vitest";
import { quotedSpeaker, readPlain } from "./helpers.ts";

const QUOTE = "“No vessel has left port without an inspection this year, and none will.”";

describe("the subject of a speech participle's main clause", () => {
  it.each([
    [`A spokeswoman for the ferry company visited the harbour on Monday, telling the Valley Courier: ${QUOTE}`, "A spokeswoman for the ferry company"],
    [`A spokeswoman for the ferry company visited the harbour, saying: ${QUOTE}`, "A spokeswoman for the ferry company"],
    [`Harbourmaster Anna Lind visited the harbour, telling the Valley Courier: ${QUOTE}`, "Anna Lind"],
  ])("credits the quotation to the main clause's subject: %s", (text, speaker) => {
    expect(quotedSpeaker(readPlain(text, "en"))).toBe(speaker);
  });

  it("credits no one where a comma stands inside the opening clause (control)", () => {
    expect(quotedSpeaker(readPlain(`After the meeting, the company visited the harbour, saying: ${QUOTE}`, "en"))).toBeUndefined();
  });
});
