// "A harbour newspaper aligned with the Farmers Party is reporting …": the name ends a description of the outlet before
// it ("aligned with", "close to", "owned by": en `nounDescriptions`), and that unnamed outlet is the verb's subject. The
// name was read as a body that reports or speaks, a source the text never relies on. Citations through a preposition
// after a main verb ("appeared on", "came after a … report") and a person's own appositive stay as they were. Own
// invented texts.
import { describe, expect, it } from "vitest";
import { loadDefaultRegistry } from "../../src/ingest/loadCase.ts";
import { readText, sourceLabels } from "./helpers.ts";

const registry = await loadDefaultRegistry();
const read = (text: string) => readText(text, registry, { outlet: "Test Daily", language: "en" });

describe("a name inside the description of an outlet or body before the verb", () => {
  it.each([
    "A harbour newspaper aligned with the Farmers Party is reporting that the mayor resigned.",
    'A tabloid close to Velmar Holdings said the port "will close".',
    "The weekly owned by Quay Ventures wrote that the ferry was sold.",
  ])("%s names no source", (text) => {
    expect(sourceLabels(read(text))).toEqual([]);
  });

  it("control: a person with a description of their own still speaks", () => {
    expect(sourceLabels(read('Anna Velori, close to the Farmers Party, said the port "will close".'))).toEqual(["named:Anna Velori"]);
  });

  it("control: citations after a main verb and its preposition stay", () => {
    const r = read("The ferry strike came after a Reuters report claiming the port was sold.");
    expect(r.attributions.map((a) => a.outletName)).toContain("Reuters");
  });
});
