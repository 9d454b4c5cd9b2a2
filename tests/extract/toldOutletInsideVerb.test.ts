// Whom a speaker told, after a verb whose form ends on the preposition of telling ("ha detto a"), is no part of an inverted
// speaker's name; a registered name that runs on in small letters ("Gazzetta della Valle") ends before the speaker's.
// Texts of our own, outlets of a test registry.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const registry = createOutletRegistry([
  { name: "l'Eco Lunare", aliases: ["Eco Lunare"], descriptors: [], domains: [], kind: "newspaper" },
  { name: "Gazzetta della Valle", aliases: [], descriptors: [], domains: [], kind: "newspaper" },
]);

/** The speaker of the first quotation, and the outlets the reading cites. */
const read = (body: string) => {
  const reading = readText(body, registry, { outlet: "Test Daily", language: "it" });
  const quote = reading.quotations.find((q) => q.kind === "quotation");
  return { speaker: reading.sources.find((s) => s.key === quote?.speaker)?.name, cited: reading.attributions.map((a) => a.outletName) };
};

describe("whom a speaker told is not the speaker", () => {
  it.each([
    ["«La diga reggerà», ha detto a Eco Lunare Nadia Ferrol.", "Nadia Ferrol", ["l'Eco Lunare"]],
    ["«La diga reggerà», ha detto alla Gazzetta della Valle Nadia Ferrol.", "Nadia Ferrol", ["Gazzetta della Valle"]],
    // Control: whom was told in small letters, before the speaker's role.
    ["«La diga reggerà», ha detto ai residenti la sindaca Nadia Ferrol.", "Nadia Ferrol", []],
  ])("%s", (body, speaker, cited) => {
    expect(read(body)).toEqual({ speaker, cited });
  });
});
