// Macedonian news names the national agency and broadcaster by their initials ("според МИА", "изјави за МРТ"): the
// registry keeps "МИА" as the agency's credit (read only in a credit line) and has no "МРТ", so both cited nothing. The
// language's local aliases read them as those registry outlets. Invented sentences; the outlets are the registry's.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createOutletRegistry, OutletRegistryFileSchema } from "../../src/core/outlets.ts";
import { DEFAULT_REGISTRY_FILE } from "../../src/ingest/loadCase.ts";
import { readText } from "./helpers.ts";

const registry = createOutletRegistry(OutletRegistryFileSchema.parse(JSON.parse(readFileSync(DEFAULT_REGISTRY_FILE, "utf8"))).outlets);
const cited = (body: string, language = "mk") => readText(body, registry, { outlet: "Тест Вест", language }).attributions.map((a) => a.outletName);

describe("Macedonian initials of national outlets", () => {
  it.each([
    ["Според МИА, мостот ќе биде затворен.", "Media Information Agency"],
    ["Мостот ќе биде затворен, јави МИА.", "Media Information Agency"],
    ["„Мостот е безбеден“, изјави Марко Петровски за МРТ.", "Makedonska Radio Televizija"],
  ])("%j cites %s", (body, outlet) => {
    expect(cited(body)).toEqual([outlet]);
  });

  it("the initials stand for those outlets in Macedonian texts only", () => {
    expect(cited("Според МРТ, мостот ќе биде затворен.", "bg")).toEqual([]);
  });
});
