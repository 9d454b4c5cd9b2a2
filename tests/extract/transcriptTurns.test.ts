// A broadcast transcript labels each turn with its speaker in capitals ("INGRID SJÖHOLM: It's the cell."): the words
// were nobody's quotation, so the interview counted as the outlet's own claim.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

function quotations(body: string): { words: string; speaker?: string }[] {
  const r = readText(body, createOutletRegistry([{ name: "BBC", kind: "broadcaster", aliases: [], descriptors: [], domains: [] }]), { outlet: "Test Radio", language: "en" });
  return r.quotations.filter((q) => q.kind === "quotation").map((q) => ({ words: q.span.text, ...(q.speaker ? { speaker: r.sources.find((s) => s.key === q.speaker)?.name } : {}) }));
}

describe("a transcript's turns", () => {
  it("are the labelled speakers' words, named as the text names them", () => {
    const body = "A transcript of an interview with Ines Calder, head of the port.\n\nTOM REEVE: Is the port closing?\n\nINES CALDER: Only the north quay, for two weeks.";
    expect(quotations(body)).toEqual([
      { words: "Is the port closing?", speaker: "Tom Reeve" },
      { words: "Only the north quay, for two weeks.", speaker: "Ines Calder" },
    ]);
  });

  it("need two labelled paragraphs: one label in capitals is a heading", () => {
    expect(quotations("BREAKING NEWS: The north quay is closed.\n\nThe harbour master said it would reopen.")).toEqual([]);
  });

  it("name no one by a role or an outlet", () => {
    expect(quotations("BBC PRESENTER: Is the port closing?\n\nINES CALDER: Only the north quay.")).toEqual([{ words: "Only the north quay.", speaker: "Ines Calder" }]);
  });
});
