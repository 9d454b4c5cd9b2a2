// A registered outlet's name that goes on in small letters ("Horská televize"), read whole by a frame as the verb's
// subject, holds no person: the speakers' reading of its first word as one ("Horská") is taken back. Texts of our own,
// outlets of a test registry.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText, sourceLabels } from "./helpers.ts";

const registry = createOutletRegistry([{ name: "Horská televize", aliases: [], descriptors: [], domains: [], kind: "broadcaster" }]);

/** The reading's sources and the outlets it cites. */
const read = (body: string) => {
  const reading = readText(body, registry, { outlet: "Test Daily", language: "cs" });
  return { sources: sourceLabels(reading), cited: reading.attributions.map((a) => a.outletName) };
};

describe("a registered name read whole is no person", () => {
  it.each([
    ["„Lanovka nepojede,“ uvedla Horská televize.", [], ["Horská televize"]],
    // Control: a person named as the subject stays the speaker.
    ["„Lanovka nepojede,“ uvedla Marta Horská.", ["named:Marta Horská"], []],
  ])("%s", (body, sources, cited) => {
    expect(read(body)).toEqual({ sources, cited });
  });
});
