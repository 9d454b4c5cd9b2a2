// English credits a text gives in thanks ("Thank you X for sending us this story"), in a statement of its source ("The
// source of the tale was … a web site called X") and in where a story was first posted ("first posted on a comedy site called
// X") were not read. Thanks for a laugh hand nothing over. Own invented texts and outlets.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const cited = (body: string): string[] => readText(body, createOutletRegistry([]), { outlet: "Gadget Shed", language: "en" }).attributions.map((a) => a.outletName);

describe("English thanks and source statements", () => {
  it.each([
    "A goat was voted onto the parish council. Thank you Quillon Ledger for sending us this story.",
    "The source of the goat tale was a blog I had never read before – a web site called Quillon Ledger.",
    "The story was first posted on a comedy site called Quillon Ledger, some weeks earlier.",
  ])("cites the outlet: %s", (body) => {
    expect(cited(body)).toEqual(["Quillon Ledger"]);
  });

  it("cites nobody thanked for a laugh", () => {
    expect(cited("Thanks to Quillon Ledger for the laugh this morning.")).toEqual([]);
  });
});
