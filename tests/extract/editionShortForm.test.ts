// A case outlet named by its brand and the country it serves ("Kestrel Kenya") is called by its brand in other texts of
// the case ("According to Kestrel, …"): the brand is one of the outlet's short forms. Only the leading words before a
// place, never a kind of outlet or a generic word ("Radio Kenya", "News Kenya"), never after a particle ("Times of
// Kenya"), never a place itself ("Nairobi Kenya"); and the brand is read only where a citation frame stands.
import { describe, expect, it } from "vitest";
import { createOutletRegistry, shortForms, withCaseOutlets } from "../../src/core/outlets.ts";
import { isPlace } from "../../src/extract/gazetteer.ts";
import { readText } from "./helpers.ts";

const REGISTRY = withCaseOutlets(createOutletRegistry([]), [{ name: "Kestrel Kenya" }, { name: "Harbour Lantern Ghana" }, { name: "Test Daily" }], isPlace);
const cited = (body: string) => readText(body, REGISTRY, { outlet: "Test Daily", language: "en" }).attributions.map((a) => a.outletName);

describe("an edition's brand is a short form of the case outlet", () => {
  it("is made from the words before the place", () => {
    expect(shortForms("Kestrel Kenya", isPlace)).toContain("Kestrel");
    expect(shortForms("Harbour Lantern Ghana", isPlace)).toContain("Harbour Lantern");
  });

  it.each(["Times of Kenya", "Radio Kenya", "News Kenya", "Nairobi Kenya"])("is none for %s", (name) => {
    expect(shortForms(name, isPlace)).toEqual([]);
  });

  it.each([
    ["According to Kestrel, the rumour began with a post on a local forum.", "Kestrel Kenya"],
    ["The ferry sank in calm water, Harbour Lantern reported.", "Harbour Lantern Ghana"],
  ])("is read as the outlet in a citation frame: %s", (text, name) => {
    expect(cited(text)).toEqual([name]);
  });

  it("is no citation outside a frame", () => {
    expect(cited("Kestrel feathers were found near the dam after the storm.")).toEqual([]);
  });
});
