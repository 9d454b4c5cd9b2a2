// The outlets a case's own articles give (case.json, front matter), merged into the registry once each.
import { describe, expect, it } from "vitest";
import { createOutletRegistry, withCaseOutlets } from "../../src/core/outlets.ts";

const base = createOutletRegistry([{ name: "Quillon Review", aliases: [], descriptors: [], domains: ["quillon.example"], kind: "newspaper" }]);

describe("withCaseOutlets", () => {
  it("adds each outlet once, as first given, however often and however written the articles give it", () => {
    const merged = withCaseOutlets(base, [
      { name: "Valley Post (blog)", url: "https://www.valleypost.example/a" },
      { name: "Harbour Daily" },
      { name: "valley post" },
      { name: "VALLEY POST (Vale Post)" },
      { name: "Harbour Daily", url: "https://harbour.example/x" },
      ...Array.from({ length: 200 }, (_, i) => ({ name: `Outlet ${i % 7}` })),
    ]);
    const added = merged.entries.slice(base.entries.length);
    expect(added.map((e) => e.name)).toEqual(["Valley Post", "Harbour Daily", ...Array.from({ length: 7 }, (_, i) => `Outlet ${i}`)]);
    expect(added[0]).toMatchObject({ aliases: ["Valley Post (blog)"], domains: ["valleypost.example"] });
    expect(added[1]).toMatchObject({ aliases: [], domains: [] });
    expect(merged.byName("the valley post")?.name).toBe("Valley Post");
  });

  it("adds no outlet the registry already names, and gives the registry back when nothing is new", () => {
    expect(withCaseOutlets(base, [{ name: "Quillon Review" }, { name: "quillon review" }])).toBe(base);
  });
});
