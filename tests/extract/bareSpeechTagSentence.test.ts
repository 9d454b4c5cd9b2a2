// A quotation that ends its sentence, then a sentence that is only a speaker and a speech verb with nothing said
// ('"…." The spokesman said.'): the verb reports the words before it, so its speaker speaks them; a verb with words of its
// own ("… said the recording was fake.") names no speaker of the quotation (session 39). Invented.
import { describe, expect, it } from "vitest";
import { quotedSpeaker, readPlain } from "./helpers.ts";

const QUOTE = "“I want you to know that we are all at risk, because no cure has been found so far.”";

describe("a bare speech tag in the next sentence", () => {
  it("a named speaker", () => {
    expect(quotedSpeaker(readPlain(`A recording spread on Monday.\n\n${QUOTE} Marit Osei said.`, "en"))).toBe("Marit Osei");
  });

  it("an unnamed speaker", () => {
    expect(quotedSpeaker(readPlain(`A recording spread on Monday.\n\n${QUOTE} The official said.`, "en"))).toBe("The official");
  });

  it("a sentence with words of its own is no tag", () => {
    expect(quotedSpeaker(readPlain(`A recording spread on Monday.\n\n${QUOTE} Marit Osei said the recording was fake.`, "en"))).toBeUndefined();
  });
});
