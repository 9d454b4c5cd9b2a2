// A desk's sign-off under an agency's closing credit ("(PAP)" then "oprac. ab", "(dpa)" then "(xy)"): the initials of who
// prepared the copy name no outlet, and the credit on the line before them still says whose story the text is.
// Own invented texts; well-known agencies only.
import { describe, expect, it } from "vitest";
import { loadDefaultRegistry } from "../../src/ingest/loadCase.ts";
import { readText } from "./helpers.ts";

const registry = await loadDefaultRegistry();
const credited = (body: string, language: string): string[] => readText(body, registry, { outlet: "Test Daily", language }).syndication.map((s) => s.outletName);

describe("an agency credit over a desk's sign-off", () => {
  it.each([
    ["pl", "Minister powiedział, że droga jest zamknięta. (PAP)\n\noprac. ab", "Polish Press Agency"],
    ["de", "Der Hafen bleibt bis Mai geschlossen. (dpa)\n\n(xy)", "dpa"],
  ])("%s: %s", (language, body, outlet) => {
    expect(credited(body, language)).toEqual([outlet]);
  });

  it.each([
    ["pl", "Minister powiedział, że droga jest zamknięta.\n\noprac. ab"],
    ["de", "Der Hafen bleibt bis Mai geschlossen, sagte Reuters.\n\n(xy)"],
  ])("reads no credit from the sign-off alone: %s: %s", (language, body) => {
    expect(credited(body, language)).toEqual([]);
  });

  it("still reads a small-letter agency closing the text", () => {
    expect(credited("Der Hafen bleibt bis Mai geschlossen.\n\ndpa", "de")).toEqual(["dpa"]);
  });
});
