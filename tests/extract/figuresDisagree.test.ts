// A citation across languages landed on the cited outlet's only article in the case even where that article was
// another report: an Italian agency's "19 tanks of model 2A5, writes the German weekly X" was tied to X's later report
// of "a company of 2A6", and the report said the agency took its claim from it (probe 27a F3). Texts of our own.
import { describe, expect, it } from "vitest";
import type { CleanArticle } from "../../src/clean/types.ts";
import { createOutletRegistry, withCaseOutlets } from "../../src/core/outlets.ts";
import { readArticle } from "../../src/extract/read.ts";
import { resolveReadings } from "../../src/extract/resolve.ts";
import { caseArticle } from "./helpers.ts";

const article = (id: string, outlet: string, language: string, published: { iso: string; precision: "day" | "month" }, body: string): CleanArticle =>
  caseArticle(id, body, { outlet, language, published: { ...published, estimated: false } });

function citedArticle(citedBody: string): string | undefined {
  const cleaned = [
    article("de1", "Nordblick", "de", { iso: "2024-03", precision: "month" }, citedBody),
    article("it1", "Agenzia Delta", "it", { iso: "2024-03-12", precision: "day" }, "Il governo potrebbe cedere 19 carri Boreal 2A5 entro aprile. Lo scrive il settimanale tedesco Nordblick."),
  ];
  const registry = withCaseOutlets(createOutletRegistry([]), cleaned.map((c) => ({ name: c.meta.outlet as string })));
  const readings = resolveReadings(cleaned.map((c) => readArticle(c, registry)), cleaned, registry);
  const cite = readings[1]?.attributions.find((a) => a.outlet === "outlet:nordblick");
  expect(cite).toBeDefined();
  return cite?.article;
}

describe("a citation across languages and the cited outlet's one article", () => {
  it("stays the outlet's when every figure of the two differs", () => {
    expect(citedArticle("Die Regierung will eine Staffel Boreal 3B liefern, mindestens 14 Fahrzeuge.")).toBeUndefined();
  });

  it("is that article when they share a figure", () => {
    expect(citedArticle("Die Regierung könnte 19 Panzer vom Typ Boreal 2A5 abgeben, berichten Insider.")).toBe("de1");
  });

  it("is that article when one of the two gives no figure to compare", () => {
    expect(citedArticle("Die Regierung will Panzer abgeben.")).toBe("de1");
  });
});
