// A told frame's name that runs on over the inverted speaker after it ("a déclaré au Héraut Odile Varenne")
// is cut before the speaker: the outlet is the name before, never one that holds the person's name. Texts of our own.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const registry = createOutletRegistry([{ name: "Le Héraut", aliases: [], descriptors: [], domains: [], kind: "newspaper" }]);

/** The speaker of the first quotation, and the outlets the reading cites. */
const read = (body: string) => {
  const reading = readText(body, registry, { outlet: "Test Daily", language: "fr" });
  const quote = reading.quotations.find((q) => q.kind === "quotation");
  return { speaker: reading.sources.find((s) => s.key === quote?.speaker)?.name, cited: reading.attributions.map((a) => a.outletName) };
};

describe("the outlet told ends before the inverted speaker", () => {
  it.each([
    ["« La digue tiendra », a déclaré au Héraut Odile Varenne.", "Odile Varenne", ["Le Héraut"]],
    // Control: the outlet named with no speaker after it.
    ["« La digue tiendra », a déclaré au Héraut le maire.", undefined, ["Le Héraut"]],
  ])("%s", (body, speaker: string | undefined, cited) => {
    expect(read(body)).toEqual({ speaker, cited });
  });
});
