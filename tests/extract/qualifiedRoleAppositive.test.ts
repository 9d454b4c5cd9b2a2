/**
 * "X, research director of the Y Institute said": an appositive whose closing comma the writer left out, whose role noun
 * comes after words that say which ("research director", "deputy mayor"). The person speaks with that role; the body in
 * it is not the speaker. "had this to say" introduces the words quoted after it as a speech verb does.
 */
import { describe, expect, it } from "vitest";
import { readPlain } from "./helpers.ts";

const speakers = (body: string) => readPlain(body, "en").sources.map((s) => [s.type, s.name, s.role]);

describe("an unclosed appositive opening on a qualified role", () => {
  it.each([
    ["Orla Fenwick, research director of the Marrow Institute said the effect is real.", "research director of the Marrow Institute"],
    ["Orla Fenwick, deputy mayor of Tallow Bay said the ferry would run.", "deputy mayor of Tallow Bay"],
  ])("%s", (body, role) => {
    expect(speakers(body)).toEqual([["named", "Orla Fenwick", role]]);
  });

  it("'had this to say' makes the quotation after it the person's", () => {
    const reading = readPlain("The group slept better.\n\nOrla Fenwick had this to say about the results: “To our surprise, the effect is real.”", "en");
    const q = reading.quotations.find((x) => x.kind === "quotation");
    expect(reading.sources.find((s) => s.key === q?.speaker)?.name).toBe("Orla Fenwick");
  });
});
