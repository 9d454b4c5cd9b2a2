// "Wie die X zuerst berichtete": the adverb that says the outlet had the story first stands between the name and the
// verb as "bereits" and "zuvor" do, with or without a description before the name. Own invented texts.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

// The case's (or the registry's) outlet, so that a name with no outlet noun before it is known as one.
const registry = createOutletRegistry([{ name: "Talwacht", aliases: [], descriptors: [], domains: [], kind: "newspaper" }]);
const cited = (body: string): string[] => readText(body, registry, { outlet: "Testblatt", language: "de" }).attributions.map((a) => a.outletName);

describe("German 'wie … zuerst berichtete'", () => {
  it.each([
    "Wie die österreichische Zeitung „Talwacht“ zuerst berichtete, soll die Seilbahn im Winter stillstehen.",
    "Wie die Talwacht zuerst berichtete, soll die Seilbahn im Winter stillstehen.",
    "Wie die Zeitung Talwacht erstmals berichtete, soll die Seilbahn im Winter stillstehen.",
  ])("cites the outlet that reported it first: %s", (body) => {
    expect(cited(body).map((n) => n.replace(/[„“]/gu, ""))).toEqual(["Talwacht"]);
  });
});
