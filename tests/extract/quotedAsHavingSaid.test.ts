// "…," X was quoted as having said: the passive of quoting with a perfect infinitive reports X's words as "was quoted as
// saying" does (session 39). Invented.
import { describe, expect, it } from "vitest";
import { quotedSpeaker, readPlain } from "./helpers.ts";

describe("quoted as having said", () => {
  it("names the speaker written before it", () => {
    const text = "The rumour spread fast.\n\n\"I cannot back the harbour plan, and I will say so to anyone who asks,\" Senator Idris Vantel was quoted as having said.";
    expect(quotedSpeaker(readPlain(text, "en"))).toBe("Idris Vantel");
  });

  it("names speakers in the plural too", () => {
    const text = "\"We were never told the bridge would close for a whole year,\" two residents of Marrow Lane were quoted as having said.";
    expect(quotedSpeaker(readPlain(text, "en"))).toBe("two residents of Marrow Lane");
  });
});
