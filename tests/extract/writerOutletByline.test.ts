// A byline "writer, outlet" on a line of its own, without a date or with the time and date a page prints after it: the
// text is the named outlet's story (republishes), but only where the registry or the case knows the outlet by that name.
// A place or a section after the comma is a dateline or a heading, no outlet.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const registry = createOutletRegistry([{ name: "Marovia Post", aliases: ["Mpost"], descriptors: [], domains: ["mpost.example"], kind: "newspaper" }]);

const republished = (body: string, language = "en") => readText(body, registry, { outlet: "Kestrel Daily", language }).syndication.map((s) => [s.outlet, s.rule]);

describe("writer, outlet bylines", () => {
  it.each([
    ["Bridge reopens\n\nDana Levi, Marovia Post\n\nThe bridge over the Lune reopened on Monday.", "en"],
    ["Bridge reopens\n\nDana Levi, Marovia Post 16:45 12.01.21\n\nThe bridge over the Lune reopened on Monday.", "en"],
    ["הגשר נפתח\n\nדנה לוי, mpost 16:4512.01.21\n\nהגשר נפתח מחדש ביום שני.", "he"],
  ])("credits the registered outlet: %s", (body, language) => {
    expect(republished(body, language)).toEqual([["outlet:marovia-post", "byline_credit/registry"]]);
  });

  it.each([
    "Bridge reopens\n\nDana Levi, Jerusalem\n\nThe bridge over the Lune reopened on Monday.",
    "Bridge reopens\n\nDana Levi, Politics\n\nThe bridge over the Lune reopened on Monday.",
    "Bridge reopens\n\nDana Levi, Lune Valley Herald\n\nThe bridge over the Lune reopened on Monday.",
  ])("credits nothing for a place, a section or an outlet nobody knows: %s", (body) => {
    expect(republished(body)).toEqual([]);
  });
});
