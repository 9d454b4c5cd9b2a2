// A registered outlet's name used as the attribute of "report" after "according to" was not read: "according to a
// Reuters report", "according to <Outlet> report <day>" (probe 51b) cited nothing. A body's
// document ("according to a police report") stays no outlet. Invented sentences.
import { describe, expect, it } from "vitest";
import { loadDefaultRegistry } from "../../src/ingest/loadCase.ts";
import { readText } from "./helpers.ts";

const registry = await loadDefaultRegistry();
const cited = (text: string) => readText(text, registry, { outlet: "Test Daily", language: "en" }).attributions.map((a) => a.outletName);

describe("en: according to an outlet's report", () => {
  it.each([
    ["The Velmar ferry sank, according to a Reuters report on Monday.", "Reuters"],
    ["The mayor of Velmar resigned, according to Associated Press report Friday.", "Associated Press"],
    ["The strike ended, according to the latest BBC story.", "BBC"],
  ])("%s", (text, outlet) => {
    expect(cited(text)).toContain(outlet);
  });

  it("control: a body's report names no outlet", () => {
    expect(cited("The Velmar road closed, according to a police report.")).toEqual([]);
  });
});
