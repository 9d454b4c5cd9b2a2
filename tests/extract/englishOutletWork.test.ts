// English names an outlet after a description ending on its noun, as the subject of its own news work ("regional radio
// channel X spoke to …", "the fact-checking website X found that …"); a known outlet may be that subject without a noun
// ("X spoke to three dock workers"); and an agency's initials closing a sentence after a comma (", ABC reported.") are its
// credit, read through the registry's credits. Controls: a person as subject of the same verbs, a body's initials, and
// initials after a comma that do not close the sentence.
import { describe, expect, it } from "vitest";
import { createOutletRegistry, type OutletEntry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const REGISTRY = createOutletRegistry([
  { name: "Valdoria Press Service", aliases: [], credits: ["VPS"], descriptors: [], domains: [], kind: "agency" },
  { name: "Lindqvist Ledger", aliases: [], descriptors: [], domains: [], kind: "newspaper" } as OutletEntry,
]);
const cited = (body: string) => readText(body, REGISTRY, { outlet: "Test Daily", language: "en" }).attributions.map((a) => a.outletName);

describe("en: an outlet as the subject of its news work, and an agency's closing credit", () => {
  it.each([
    ["Regional radio channel Kestrel FM spoke to two ferry pilots who had seen the wreck.", "Kestrel FM"],
    ["A Lisbon based fact-checking website, Verifica Agora found that the photo was taken in 2011.", "Verifica Agora"],
    ["Baltic news portal Amber Wire later contacted the harbour authority.", "Amber Wire"],
    ["The Lindqvist Ledger spoke to three dock workers who saw the fire.", "Lindqvist Ledger"],
    ["Fourteen ferries were cancelled on Sunday, VPS reported.", "Valdoria Press Service"],
    ["Fourteen ferries were cancelled on Sunday, KNW reported.", "KNW"],
  ])("%s", (text, name) => {
    expect(cited(text)).toEqual([name]);
  });
});

describe("en control: a person or a body as subject, initials that do not close the sentence", () => {
  it.each([
    ["Harbour master Ellen Voss spoke to two ferry pilots who had seen the wreck."],
    ["Fourteen ferries were cancelled on Sunday, NATO reported."],
    ["Fourteen ferries were cancelled, VPS reported on Sunday, and more may follow."],
  ])("%s", (text) => {
    expect(cited(text)).toEqual([]);
  });
});
