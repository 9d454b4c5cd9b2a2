// A title before a name introduces the role a later "the mayor said" refers back to, and a speaker reported at one
// remove ("X is reported to have said") is still the speaker: both quotations had no speaker.
import { describe, expect, it } from "vitest";
import type { CleanArticle } from "../../src/clean/types.ts";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readArticle } from "../../src/extract/read.ts";
import { paragraphSpans } from "./helpers.ts";

function speakerOf(body: string): string | undefined {
  const article: CleanArticle = { meta: { id: "t", file: "t.md", format: "markdown", outlet: "Test Daily", language: "en" }, text: body, body, paragraphs: paragraphSpans(body), kept: [], removed: [], creditLines: [] };
  const r = readArticle(article, createOutletRegistry([]));
  const q = r.quotations.find((x) => x.kind === "quotation");
  return r.sources.find((s) => s.key === q?.speaker)?.name;
}

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
