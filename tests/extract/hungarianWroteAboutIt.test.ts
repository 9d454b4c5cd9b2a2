// Hungarian "X írt arról, hogy …" (X wrote about it, that …), with a date between the name and the verb ("december 8-án"):
// "arról" points at the clause as "azt" does in "azt írta, hogy". Own invented texts; well-known outlets only.
import { describe, expect, it } from "vitest";
import { loadDefaultRegistry } from "../../src/ingest/loadCase.ts";
import { readText } from "./helpers.ts";

const registry = await loadDefaultRegistry();
const cited = (body: string): string[] => readText(body, registry, { outlet: "Teszt Napló", language: "hu" }).attributions.map((a) => a.outletName);

describe("hu: X írt arról, hogy", () => {
  it.each([
    ["A Reuters december 8-án írt arról, hogy a kikötőt lezárják.", "Reuters"],
    ["Az MTI arról számolt be, hogy a kikötőt lezárják.", "MTI"],
  ])("%s", (body, outlet) => {
    expect(cited(body)).toEqual([outlet]);
  });

  it("cites no person", () => {
    expect(cited("Kovács Péter december 8-án írt arról, hogy a kikötőt lezárják.")).toEqual([]);
  });
});
