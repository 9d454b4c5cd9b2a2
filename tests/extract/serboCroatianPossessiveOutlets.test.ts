// Croatian and Serbian write an outlet as a possessive adjective of its name ("Vjetrićev izvor": Vjetrić's source;
// "prema Zvonkovim informacijama") or decline it after "prema" ("prema Gradskom listu"). Only an outlet the registry or
// the case lists under the nominative counts: a person's name takes the same ending. Own invented outlets and people.
import { describe, expect, it } from "vitest";
import { createOutletRegistry, withCaseOutlets } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const registry = withCaseOutlets(createOutletRegistry([]), [{ name: "Vjetrić" }, { name: "Zvonko" }, { name: "Gradski list" }, { name: "Jeka" }, { name: "Riječni glas" }]);
const cited = (body: string, language = "hr"): string[] => readText(body, registry, { outlet: "Riječni glas", language }).attributions.map((a) => a.outletName);

describe("Serbo-Croatian possessive and declined outlet names", () => {
  it.each([
    ["Vjetrićev izvor tvrdi da je most zatvoren zbog radova.", "Vjetrić"],
    ["Prema Zvonkovim informacijama, most je zatvoren zbog radova.", "Zvonko"],
    ["Jekina novinarka saznala je da je most zatvoren.", "Jeka"],
    ["Most je zatvoren, prema Gradskom listu.", "Gradski list"],
    ["Вјетрићев извор тврди да је мост затворен.", "Vjetrić"],
  ])("%s → %s", (body, name) => expect(cited(body, /\p{Script=Cyrillic}/u.test(body) ? "sr" : "hr")).toEqual([name]));

  it("reads no outlet in a person's possessive", () => {
    expect(cited("Markov izvor tvrdi da je most zatvoren zbog radova.")).toEqual([]);
  });
});
