import { describe, expect, it } from "vitest";
import { quotedSpeaker, readPlain } from "./helpers.ts";

const INTRO = "Rumours claimed that President Kofi Adewale had died abroad.\n\n";
const WORDS = '"I am alive and well, and back at my desk this morning."';

describe("a channel aside between a role that refers back and its speech verb", () => {
  it("is stepped over however many words the platform takes", () => {
    expect(quotedSpeaker(readPlain(`${INTRO}The President, in a post on his Quillbook page, said: ${WORDS}`, "en"))).toBe("President Kofi Adewale");
  });

  it("is stepped over where a handle in brackets stands for its closing comma", () => {
    expect(quotedSpeaker(readPlain(`${INTRO}The President, in a post on his Quillbook handle (@KAdewale) said: ${WORDS}`, "en"))).toBe("President Kofi Adewale");
  });
});
