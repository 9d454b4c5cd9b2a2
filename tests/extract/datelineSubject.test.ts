// A wire dateline ahead of a sentence ("VELMAR, 3 mars 2026 (PNA) - Le maire de Velmar, Odile Cassan, a déclaré …") is
// where and by whom the story was filed: the speaker is the subject after it, as in the same sentence without the
// dateline. A probe case lost the speaker behind such a dateline and then told an attribution drift between the wire
// and a copy of its text printed without the dateline. Own invented texts.
import { describe, expect, it } from "vitest";
import { quotedSpeaker, readPlain } from "./helpers.ts";

describe("a dateline before a subject set off by commas", () => {
  it.each([
    ["fr", "VELMAR, 3 mars 2026 (PNA) - Le maire de Velmar, Odile Cassan, aurait déclaré lors d'une réunion privée que « le port fermera ses quais nord avant l'hiver », selon un conseiller municipal."],
    ["fr", "VELMAR (PNA) - Le maire de Velmar, Odile Cassan, a déclaré jeudi que « le port fermera ses quais nord avant l'hiver »."],
    ["en", "VELMAR, March 3 (PNA) - The mayor of Velmar, Odile Cassan, said on Thursday that \"the port will close its north quays before winter\"."],
  ])("reads the named subject after the dateline as the speaker (%s)", (language, text) => {
    expect(quotedSpeaker(readPlain(text, language))).toBe("Odile Cassan");
    const bare = text.replace(/^.*?\) - /u, "");
    expect(quotedSpeaker(readPlain(bare, language))).toBe("Odile Cassan");
  });
});
