// Russian "— заявил изданию X.": "told the publication", then the speaker (probe 19), pinned with texts of our own.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { quotedSpeaker, readText } from "./helpers.ts";

const read = (body: string, registry = createOutletRegistry([])) => readText(body, registry, { outlet: "Own Paper", language: "ru" });

describe("a person after the dative noun of whom was told", () => {
  it("'— заявил изданию Пётр Рябов.' names the speaker and invents no outlet", () => {
    const reading = read("«Мост выдержит любую нагрузку этой зимой», — заявил изданию Пётр Рябов.");
    expect(quotedSpeaker(reading)).toBe("Пётр Рябов");
    expect(reading.attributions).toEqual([]);
  });

  it("an outlet in guillemets after the noun is the outlet told, and the person after it speaks", () => {
    const registry = createOutletRegistry([{ name: "Северный Телеграф", aliases: [], descriptors: [], domains: [], kind: "newspaper" }]);
    const reading = read("«Мост выдержит любую нагрузку этой зимой», — заявил изданию «Северный Телеграф» Пётр Рябов.", registry);
    expect(quotedSpeaker(reading)).toBe("Пётр Рябов");
    expect(reading.attributions.map((a) => a.outletName)).toEqual(["Северный Телеграф"]);
    // The outlet's name in guillemets is no one's words.
    expect(reading.quotations.filter((q) => q.kind === "quotation")).toHaveLength(1);
  });

  it("an outlet named after the noun with its speaker after it stays the outlet told", () => {
    const reading = read("«Мост выдержит любую нагрузку этой зимой», — заявил агентству Северный Телеграф капитан порта.");
    expect(reading.attributions.map((a) => a.outletName)).toEqual(["Северный Телеграф"]);
  });
});
