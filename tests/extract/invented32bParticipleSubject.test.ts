// A speech participle after a comma carries on the main clause, so its speaker is that clause's subject: it was read
// only where a full name opened the sentence, and "telling" was no speech participle, so "A spokesperson for the museum
// has since denied the claims, telling Radio Calder: “…”" credited the quotation to no one. Own invented texts.
import { describe, expect, it } from "vitest";
import { quotedSpeaker, readPlain } from "./helpers.ts";

const QUOTE = "“We are a museum. We are not going to be a shelter for anyone this winter.”";

describe("the subject of a speech participle's main clause", () => {
  it.each([
    [`A spokesperson for the museum has since denied the claims, telling Radio Calder: ${QUOTE}`, "A spokesperson for the museum"],
    [`A spokesperson for the museum has since denied the claims, saying: ${QUOTE}`, "A spokesperson for the museum"],
    [`Mayor Anna Lind has since denied the claims, telling Radio Calder: ${QUOTE}`, "Anna Lind"],
  ])("credits the quotation to the main clause's subject: %s", (text, speaker) => {
    expect(quotedSpeaker(readPlain(text, "en"))).toBe(speaker);
  });

  it("credits no one where a comma stands inside the opening clause (control)", () => {
    expect(quotedSpeaker(readPlain(`After the meeting, the museum has since denied the claims, saying: ${QUOTE}`, "en"))).toBeUndefined();
  });
});
