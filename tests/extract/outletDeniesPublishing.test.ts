// "X denied publishing such a report": only a publication denies having published a report, so X is an outlet the
// article cites (its denial is its statement), never a person of that name. Own invented sentences and outlets.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const registry = createOutletRegistry([]);

describe("an outlet that denies publishing", () => {
  it.each([
    "Earlier, Morrow Bulletin denied publishing such a report in a brief note.",
    "Morrow Bulletin had earlier denied running any story on the ferry closure.",
  ])("is cited as an outlet, not read as a person: %s", (text) => {
    const reading = readText(`The ferry across the bay will keep running, the harbour office said on Monday. ${text}`, registry, { outlet: "Test Daily", language: "en" });
    expect(reading.sources.filter((s) => s.type === "named").map((s) => s.name)).not.toContain("Morrow Bulletin");
    expect(reading.attributions.map((a) => a.outletName)).toContain("Morrow Bulletin");
  });

  it("leaves a person who denies a claim a person", () => {
    const reading = readText("Councillor Petra Ekholm denied any plan to cut ferry crossings, saying it was never discussed.", registry, { outlet: "Test Daily", language: "en" });
    expect(reading.attributions.map((a) => a.outletName)).not.toContain("Petra Ekholm");
  });
});
