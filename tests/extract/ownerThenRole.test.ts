// "“…,” said Valley Courier editor Ana Berg": the outlet's name before the role was read as the speaker, a person
// called "Valley Courier" (and with a registered outlet before the role, no one spoke).
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const registry = createOutletRegistry([{ name: "The Harbour Gazette", kind: "newspaper", aliases: ["Harbour Gazette"], descriptors: [], domains: [] }]);
const read = (body: string) => readText(body, registry, { outlet: "Test Daily", language: "en" });

describe("an owner's name and a role before an inverted speaker", () => {
  it.each([
    ["“I wouldn’t say I’m surprised,” said The Harbour Gazette editor Ana Berg, responding to the feature.", "The Harbour Gazette editor"],
    ["“I wouldn’t say I’m surprised,” said Valley Courier editor Ana Berg.", "Valley Courier editor"],
    ["“The quay stays open,” said Kelm Harbour chief executive Ines Calder.", "Kelm Harbour chief executive"],
  ])("leaves the person the speaker, with that role: %s", (body, role) => {
    const r = read(body);
    expect(r.sources.map((s) => [s.name, s.role])).toEqual([[body.includes("Ines") ? "Ines Calder" : "Ana Berg", role]]);
    expect(r.quotations[0]?.speaker).toBe(r.sources[0]?.key);
  });

  it("needs a role noun between the two names", () => {
    expect(read("“The quay stays open,” said Kelm Harbour on Monday.").sources.map((s) => s.name)).not.toContain("Monday");
  });
});
