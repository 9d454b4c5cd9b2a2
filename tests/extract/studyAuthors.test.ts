// The body that made a study is a source of what it found ("A study by the Institute of Soil and Water shows …",
// "Forscher der Universität Kelmsdorf haben festgestellt …"), and "according to a new study" names a document: these
// articles had no source at all.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

function sources(body: string, language: string): { name: string; type: string }[] {
  return readText(body, createOutletRegistry([]), { outlet: "Test Daily", language }).sources.map((s) => ({ name: s.name, type: s.type }));
}

describe("the body behind a study", () => {
  it.each([
    ["en", "A study by the Institute of Soil and Water shows that the river is polluted.", "Institute of Soil and Water"],
    ["en", "Researchers at the University of Tarnwick found that the river is polluted.", "University of Tarnwick"],
    ["en", "Scientists from Germany's Kelm Institute found the river polluted.", "Kelm Institute"],
    ["de", "Forscher der Universität Kelmsdorf haben festgestellt, dass der Fluss verschmutzt ist.", "Universität Kelmsdorf"],
    ["de", "Forscher des ‚Institute of Soil and Water‘ aus Kelmsdorf haben festgestellt, dass der Fluss verschmutzt ist.", "Institute of Soil and Water"],
  ])("is a source (%s): %s", (language, body, name) => expect(sources(body, language)).toContainEqual({ name, type: "organisation" }));

  it.each([
    ["en", "A study by Anna Berg shows that the river is polluted."],
    ["en", "A report from the Valley Courier says the river is polluted."],
    ["fr", "Selon une étude de l'Institut du sol, la rivière est polluée."],
  ])("needs a body's name of two words, one of them an organisation word (%s): %s", (language, body) => {
    expect(sources(body, language).filter((s) => s.type === "organisation")).toEqual([]);
  });
});

describe("a study named only by its description", () => {
  it("is a document source", () => {
    expect(sources("According to a new study, the river is polluted.", "en")).toContainEqual({ name: "a new study", type: "document" });
  });
  it("needs a word that tells it apart", () => {
    expect(sources("According to the study, the river is polluted.", "en")).toEqual([]);
  });
});
