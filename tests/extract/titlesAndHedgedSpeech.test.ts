// A title before a name introduces the role a later "the mayor said" refers back to, and a speaker reported at one
// remove ("X is reported to have said") is still the speaker: both quotations had no speaker.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { quotedSpeaker, readText } from "./helpers.ts";

const speakerOf = (body: string): string | undefined => quotedSpeaker(readText(body, createOutletRegistry([]), { outlet: "Test Daily", language: "en" }));

const QUOTE = "\"We have waited long enough for the bridge,\"";

describe("a definite role after a title before a name", () => {
  it.each([
    `The leaflet carried a quote from Mayor Ines Calder.\n\n${QUOTE} the mayor said.`,
    `The leaflet carried a quote from Bishop Ines Calder. ${QUOTE} the bishop said.`,
  ])("is the person the title named: %s", (body) => expect(speakerOf(body)).toBe("Ines Calder"));

  it("is no one where no one held the role", () => {
    expect(speakerOf(`The leaflet carried a quote from Ines Calder.\n\n${QUOTE} the mayor said.`)).toBeUndefined();
  });
});

describe("a speaker reported at one remove", () => {
  it.each([
    `${QUOTE} Ines Calder is reported to have said.`,
    `${QUOTE} Ines Calder was claimed to have said.`,
    `Ines Calder was alleged to have told the meeting: ${QUOTE}`,
  ])("is still the speaker: %s", (body) => expect(speakerOf(body)).toBe("Ines Calder"));

  it("leaves a passive speech verb's subject unspoken", () => {
    expect(speakerOf(`${QUOTE} Residents were told to say.`)).toBeUndefined();
  });
});
