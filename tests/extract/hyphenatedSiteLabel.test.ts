// A site's address that writes its outlet's name with a hyphen between the words ("brzi-puls.hr" for Brzi Puls) names
// that outlet, as the address without the hyphen does ("brzipuls.hr"): one outlet, not a second one keyed by the domain.
// Own invented outlets.
import { describe, expect, it } from "vitest";
import { createOutletRegistry, withCaseOutlets } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const registry = withCaseOutlets(createOutletRegistry([]), [{ name: "Brzi Puls" }, { name: "Riječni glas" }]);
const cited = (body: string): string[] => readText(body, registry, { outlet: "Riječni glas", language: "hr" }).attributions.map((a) => a.outletName);

describe("a hyphenated site label", () => {
  it.each(["Priču je prvi objavio satirični portal brzi-puls.hr.", "Priču je prvi objavio satirični portal brzipuls.hr."])("%s → Brzi Puls", (body) => {
    expect(cited(body)).toEqual(["Brzi Puls"]);
  });
});
