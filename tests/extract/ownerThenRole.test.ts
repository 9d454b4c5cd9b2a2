// "“…,” said Valley Courier editor Will Tracy": the outlet's name before the role was read as the speaker, a person
// called "Valley Courier" (and with "The Onion" before the role, no one spoke).
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const registry = createOutletRegistry([{ name: "The Onion", kind: "newspaper", aliases: ["Onion"], descriptors: [], domains: [] }]);
const read = (body: string) => readText(body, registry, { outlet: "Test Daily", language: "en" });

describe("an owner's name and a role before an inverted speaker", () => {
  it.each([
    ["“I wouldn’t say I’m surprised,” said The Onion editor Will Tracy, responding to the feature.", "The Onion editor"],
    ["“I wouldn’t say I’m surprised,” said Valley Courier editor Will Tracy.", "Valley Courier editor"],
    ["“The quay stays open,” said Kelm Harbour chief executive Ines Calder.", "Kelm Harbour chief executive"],
  ])("leaves the person the speaker, with that role: %s", (body, role) => {
    const r = read(body);
    expect(r.sources.map((s) => [s.name, s.role])).toEqual([[body.includes("Ines") ? "Ines Calder" : "Will Tracy", role]]);
    expect(r.quotations[0]?.speaker).toBe(r.sources[0]?.key);
  });

  it("needs a role noun between the two names", () => {
    expect(read("“The quay stays open,” said Kelm Harbour on Monday.").sources.map((s) => s.name)).not.toContain("Monday");
  });
});
