// "a source quoted by the Welsh-language site X": as after "reported by", a description ending in an outlet noun may stand
// between "quoted by"/"cited by" and the outlet's name; the noun is the evidence. Without it, or without a name after
// it, nothing new is cited. Own invented texts.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const cited = (body: string): string[] => readText(body, createOutletRegistry([]), { outlet: "Test Daily", language: "en" }).attributions.map((a) => a.outletName);

describe("'quoted by' / 'cited by' a described outlet", () => {
  it.each([
    ["The talks collapsed, according to an aide quoted by the Welsh-language site Cronicl Tywi.", "Cronicl Tywi"],
    ["The toll will double, according to figures cited by Danish tabloid Nordblink.", "Nordblink"],
    ["The mine stays shut, a union official quoted by the regional newspaper Vale Courier said.", "Vale Courier"],
  ])("cites the outlet: %s", (body, outlet) => {
    expect(cited(body)).toEqual([outlet]);
  });

  it.each([
    "The talks collapsed, according to an aide quoted by the regional newspaper.",
    "The talks collapsed, according to an aide quoted by the local councillor Anna Roe.",
  ])("cites no outlet where no outlet is named: %s", (body) => {
    expect(cited(body)).toEqual([]);
  });
});
