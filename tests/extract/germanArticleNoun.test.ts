// German writes no article before a person's name: "Die Opposition kritisierte …" names a group, never a person.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const registry = createOutletRegistry([]);
const named = (body: string) => readText(body, registry, { outlet: "Velmarer Bote", language: "de" }).sources.filter((s) => s.type === "named").map((s) => s.name);

describe("German article + one noun as subject of a speech verb", () => {
  it.each([
    "Die Opposition kritisierte die Pläne als nicht gegenfinanziert.",
    "Die Gewerkschaft kritisierte die Pläne als zu teuer.",
    "Die Grünen kritisierten die Pläne als zu teuer.",
  ])("%j gives no named person", (body) => {
    expect(named(body)).toEqual([]);
  });

  it("still reads a person's name and a body named by its organisation word", () => {
    expect(named("Anna Berg kritisierte die Pläne als zu teuer.")).toEqual(["Anna Berg"]);
    const r = readText("Die Polizei sagte, die Straße sei gesperrt.", registry, { outlet: "Velmarer Bote", language: "de" });
    // Named without its article, as "sagte die Polizei" names it (one source either way).
    expect(r.sources.map((s) => [s.name, s.type])).toEqual([["Polizei", "organisation"]]);
  });
});
