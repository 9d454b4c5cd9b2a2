// "Tavia Orrin reports." at a paragraph's edge is a broadcast's hand-over to its own reporter or a byline sentence, no
// cited outlet (reporterSignOff.ts). Texts of our own; the controls keep a cited outlet's name and a name mid-paragraph.
import { describe, expect, it } from "vitest";
import { readPlain, sourceLabels } from "./helpers.ts";

/** The outlets a reading cites and the sources it relies on. */
const read = (body: string) => {
  const reading = readPlain(body, "en");
  return [...reading.attributions.map((a) => `outlet:${a.outletName}`), ...sourceLabels(reading)];
};

describe("a reporter's sign-off cites no outlet and names no source", () => {
  it.each([
    ["The orchard festival in Pellmoor was cancelled after the storm, Tavia Orrin reports.", []],
    ["Tavia Orrin reports.\n\nThe orchard festival in Pellmoor was cancelled after the storm.", []],
    ["The orchard festival in Pellmoor was cancelled.\n\nThe storm flattened the tents overnight. Tavia Orrin reporting.", []],
    // Controls: a name with an outlet's word is an outlet; a name inside a paragraph, between sentences, keeps its reading.
    ["The orchard festival in Pellmoor was cancelled after the storm, Pellmoor Courier reports.", ["outlet:Pellmoor Courier"]],
    ["The festival was cancelled. The storm came early, Tavia Orrin reports. Tents were flattened.", ["outlet:Tavia Orrin"]],
  ])("%s", (body, expected) => {
    expect(read(body)).toEqual(expected);
  });
});
