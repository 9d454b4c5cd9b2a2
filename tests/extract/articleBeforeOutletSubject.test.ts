// A registered outlet after a small-letter article inside a sentence ("Today, the Korean Central News Agency said …"):
// the speakers read the whole "the …" as a body, and the name is that body's name itself after its article, not a field
// or place inside a body's name ("ministère de la Santé"), so the citation stands. Own invented texts.
import { describe, expect, it } from "vitest";
import { loadDefaultRegistry } from "../../src/ingest/loadCase.ts";
import { readText } from "./helpers.ts";

const registry = await loadDefaultRegistry();
const cited = (body: string, language = "en"): string[] => readText(body, registry, { outlet: "Test Daily", language }).attributions.map((a) => a.outletName);

describe("an outlet after its article mid-sentence", () => {
  it.each([
    ["Today, the Korean Central News Agency said that the road is closed.", "KCNA"],
    ["On Monday the Korean Central News Agency said that the road is closed.", "KCNA"],
  ])("is cited: %s", (body, outlet) => {
    expect(cited(body)).toEqual([outlet]);
  });

  it.each([
    ["en", "Later the Quillon Ministry of Health said that the road is closed."],
    ["en", "Today, the News Media Association said that the road is closed."],
    ["fr", "Le ministère de la Santé a indiqué que la route est fermée."],
  ])("a body's name is still no outlet: %s: %s", (language, body) => {
    expect(cited(body, language)).toEqual([]);
  });
});
