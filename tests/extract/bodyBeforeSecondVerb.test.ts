// A body after an inverted speech verb may go on with a second verb of its own ("sagte die Polizei und ergänzte, …",
// "said the ministry and added that …"): the conjunction and the verb end the body's name, and the body speaks.
// Own invented texts.
import { describe, expect, it } from "vitest";
import { quotedSpeaker, readPlain } from "./helpers.ts";

describe("a body after the verb, then 'and' and a second speech verb", () => {
  it.each([
    ["de", "„Es gab keinen Brand am Hafen“, sagte die Polizei und ergänzte, dass die Fähre fahre.", "Polizei"],
    ["en", "\"There was no fire at the harbour,\" said the ministry and added that the ferry would sail.", "ministry"],
  ])("reads the body (%s): %s", (language, body, speaker) => {
    expect(quotedSpeaker(readPlain(body, language))).toBe(speaker);
  });

  it("still reads no body where 'and' joins a second noun", () => {
    expect(quotedSpeaker(readPlain("„Es gab keinen Brand am Hafen“, sagte die Polizei und Feuerwehr Hafenstadt.", "de"))).not.toBe("Polizei");
  });
});
