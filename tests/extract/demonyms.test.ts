// The words that place an outlet in a country within a descriptor are of two kinds, kept apart: nationality adjectives
// ("a Polish website", which never name an outlet) and place names written as modifiers ("a Singapore daily", "the Hong
// Kong-based outlet"). Texts of our own.
import countries from "i18n-iso-countries";
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { NATIONALITY_ADJECTIVES, PLACE_MODIFIERS } from "../../src/extract/cited.ts";
import { readText } from "./helpers.ts";

function cited(body: string): string[] {
  return readText(body, createOutletRegistry([]), { outlet: "Test Daily", language: "en" }).attributions.map((a) => a.outletName);
}

describe("nationality adjectives and place modifiers", () => {
  it("holds no country's name among the nationality adjectives", () => {
    const names = Object.keys(NATIONALITY_ADJECTIVES).filter((w) => countries.getAlpha2Code(w, "en") !== undefined);
    expect(names).toEqual([]);
  });

  it("gives each place modifier the country it names", () => {
    expect(PLACE_MODIFIERS).toMatchObject({ singapore: "SG", "hong kong": "HK", "new zealand": "NZ", us: "US", uk: "GB" });
    expect(NATIONALITY_ADJECTIVES).toMatchObject({ singaporean: "SG", polish: "PL" });
  });

  it.each(["A Polish website reported that the port closed.", "A Singapore daily said the port closed.", "A US newspaper reported that the port closed.", "The Hong Kong daily said the port closed."])(
    "reads no outlet named by the country words alone: %s",
    (body) => {
      expect(cited(body)).toEqual([]);
    },
  );
});
