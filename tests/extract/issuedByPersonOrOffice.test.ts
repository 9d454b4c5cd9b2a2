// "shared by Tobi Kanu Weli, a lecturer at Ferro College", "issued by the Force Public Relations Officer, Ada Okon": after a
// verb of putting out, a name the text itself calls a person (an indefinite appositive whose head is a role noun), or a
// title that ends on a role noun, is no outlet, though no list of given names knows it. Own invented texts.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const cited = (body: string): string[] => readText(body, createOutletRegistry([]), { outlet: "Test Daily", language: "en" }).attributions.map((a) => a.outletName);

describe("a person or an office after 'issued by' / 'shared by'", () => {
  it.each([
    "The claim, shared by Tobi Kanu Weli, a lecturer at Ferro College, was false.",
    "The picture, posted by Ikenna Oru Dada, a trader in the market, went viral.",
    "In a statement issued by the Force Public Relations Officer, Ada Okon, the police denied the report.",
    "The notice was released by the Harbour Chief Medical Officer on Monday.",
  ])("cites no outlet: %s", (body) => {
    expect(cited(body)).toEqual([]);
  });

  it.each([
    ["The figures were released by Harbour Ledger Weekly on Monday.", "Harbour Ledger Weekly"],
    ["The photo, first shared by Vale Courier, a regional newspaper, was doctored.", "Vale Courier"],
  ])("still cites an outlet: %s", (body, outlet) => {
    expect(cited(body)).toEqual([outlet]);
  });
});
