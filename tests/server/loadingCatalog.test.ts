import { describe, expect, it } from "vitest";
import type { CaseCatalog } from "../../src/server/catalog.ts";
import { loadingCatalog, type StoredCases } from "../../src/server/loadingCatalog.ts";

const stored: StoredCases = {
  listCases: () => [
    { id: "valley-post", title: "Valley Post case", articles: 3 },
    { id: "harbour-herald", title: "Harbour Herald case", articles: 2 },
  ],
  revision: (id) => (id === "valley-post" || id === "harbour-herald" ? 1 : undefined),
};

/** A real catalog stand-in that records which cases were asked for, in order. */
function recordingCatalog(): CaseCatalog & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    list: () => [{ id: "valley-post", title: "Valley Post case", articles: 3, problems: 1 }],
    get: () => undefined,
    state: (id) => {
      asked.push(id);
      return { analysing: false };
    },
  };
}

describe("loadingCatalog: the server answers before the analysis code is loaded", () => {
  it("lists the stored cases as being analysed, and knows which cases exist, without loading anything", () => {
    let loads = 0;
    const cases = loadingCatalog(stored, async () => (loads++, recordingCatalog()));
    expect(cases.list()).toEqual([
      { id: "valley-post", title: "Valley Post case", articles: 3, problems: 0, analysing: true },
      { id: "harbour-herald", title: "Harbour Herald case", articles: 2, problems: 0, analysing: true },
    ]);
    expect(cases.state("quillon-gazette")).toBeUndefined();
    expect(cases.get("valley-post")).toBeUndefined();
    expect(loads).toBe(0);
  });

  it("starts loading when a case is opened, then asks the real catalog for the opened cases first, in order", async () => {
    const real = recordingCatalog();
    let loads = 0;
    const cases = loadingCatalog(stored, async () => (loads++, real));
    expect(cases.state("harbour-herald")).toEqual({ analysing: true, progress: { stage: "queued", done: 0, total: 0 } });
    cases.state("valley-post");
    cases.state("harbour-herald");
    await cases.load();
    expect(loads).toBe(1);
    expect(real.asked).toEqual(["harbour-herald", "valley-post"]);
    expect(cases.list()).toEqual(real.list());
    expect(cases.state("valley-post")).toEqual({ analysing: false });
  });
});
