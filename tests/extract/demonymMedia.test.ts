// A nationality written in two words before a generic word for the media ("South Sudanese state radio") describes the
// media of a country; it names no outlet, whatever verb comes before it. Texts of our own.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

function cited(body: string): string[] {
  return readText(body, createOutletRegistry([]), { outlet: "Test Daily", language: "en" }).attributions.map((a) => a.outletName);
}

describe("a two-word nationality before a media noun", () => {
  it.each([
    "The admiral was last seen in South African state media in early March.",
    "The envoy last appeared on South African public television before the vote.",
    "The statement first ran in Sri Lankan government newspapers on Friday.",
  ])("cites no outlet named by the nationality: %s", (body) => {
    expect(cited(body)).toEqual([]);
  });

  it("still reads an outlet a publication frame names", () => {
    expect(cited("The study was published in the Marrow Valley Review last week.")).toEqual(["Marrow Valley Review"]);
  });
});
