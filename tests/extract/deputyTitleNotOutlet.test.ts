/**
 * A deputy's title written as two words ("Vice President", "Vice Admiral") opens with a word an outlet may be called
 * (VICE): before a role noun that word is the title's prefix, and the person who holds the title speaks. An outlet's
 * name before a person ("VICE reporter Jane Doe said") is still read, and so is the outlet alone.
 */
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const registry = createOutletRegistry([{ name: "VICE", aliases: ["Vice News", "Vice Media"], descriptors: [], domains: ["vice.com"], kind: "website", country: "US" }]);
const citedOutlets = (body: string) => readText(body, registry, { outlet: "Own Paper", language: "en" }).attributions.map((a) => a.outletName);

describe("a deputy's title is no outlet's name", () => {
  it.each([
    ["Vice President Anna Ortiz said the bridge would open in May."],
    ["Vice Admiral Tom Reed said the ship had left the harbour."],
    ["Vice Chancellor Lena Marsh said the campus would stay open."],
  ])("%s cites no outlet", (body) => {
    expect(citedOutlets(body)).toEqual([]);
  });

  it.each([
    ["VICE reported that the bridge would open in May."],
    ["Vice News reported that the bridge would open in May."],
  ])("%s still cites VICE", (body) => {
    expect(citedOutlets(body)).toEqual(["VICE"]);
  });
});
