// Czech puts "o tom" (about it) or "to" (it) between a reporting verb and the outlet that is its subject ("Informovala o
// tom X", "uvedl to v úterý server X"): the outlet after them reports, as after "jak uvedl".
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readPlain, readText } from "./helpers.ts";

const registry = createOutletRegistry([{ name: "Lipnická Hlídka", aliases: [], descriptors: [], domains: [], kind: "newspaper" }]);
const cited = (body: string) => readText(body, registry, { outlet: "Test Daily", language: "cs" }).attributions.map((a) => a.outletName);

describe("cs: «o tom» or «to» between the verb and the outlet", () => {
  it.each([
    "Most u Lipnice zavřou v pondělí. Informovala o tom Lipnická Hlídka.",
    "Most u Lipnice zavřou v pondělí. Napsala to Lipnická Hlídka.",
  ])("%s", (body) => expect(cited(body)).toEqual(["Lipnická Hlídka"]));

  it("with a date and the outlet's noun between", () =>
    expect(readPlain("Most u Lipnice zavřou v pondělí, uvedl to v úterý server Lipnické Listy.", "cs").attributions.map((a) => a.outletName)).toEqual(["Lipnické Listy"]));

  it("a person so placed is not an outlet", () => expect(cited("Most zavřou v pondělí. Uvedl to Jan Kovařík.")).toEqual([]));
});
