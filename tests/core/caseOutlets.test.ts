// The outlets a case's own articles give (case.json, front matter), merged into the registry once each.
import { describe, expect, it } from "vitest";
import { createOutletRegistry, shortForms, withCaseOutlets } from "../../src/core/outlets.ts";

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
    expect(added[0]).toMatchObject({ aliases: ["Valley Post (blog)", "Post"], domains: ["valleypost.example"] });
    expect(added[1]).toMatchObject({ aliases: [], domains: [] });
    expect(merged.byName("the valley post")?.name).toBe("Valley Post");
  });

  it("adds no outlet the registry already names, and gives the registry back when nothing is new", () => {
    expect(withCaseOutlets(base, [{ name: "Quillon Review" }, { name: "quillon review" }])).toBe(base);
  });

  it("shows a registry outlet under the name the case gives it, and knows it by that name's initials", () => {
    const registry = createOutletRegistry([
      { name: "Valdorian Press Agency", aliases: ["Agencia Valdoria de Prensa"], descriptors: [], domains: ["avp.example"], kind: "agency" },
      { name: "Quellmoor Presse Service", aliases: [], descriptors: [], domains: [], kind: "agency" },
    ]);
    const merged = withCaseOutlets(registry, [{ name: "Agencia Valdoria de Prensa" }, { name: "Quellmoor Presse Service" }, { name: "quellmoor presse service" }]);
    expect(merged.byName("Valdorian Press Agency")?.name).toBe("Agencia Valdoria de Prensa");
    expect(merged.byDomain("https://avp.example/x")?.name).toBe("Agencia Valdoria de Prensa");
    expect(merged.byName("QPS")?.name).toBe("Quellmoor Presse Service");
    expect(merged.byName("quellmoor presse service")?.kind).toBe("agency");
  });

  it("knows an outlet of the case by the short name a story gives it, where only that outlet has it", () => {
    const merged = withCaseOutlets(base, [{ name: "The Daily Ledger" }, { name: "WRBX 9 News" }, { name: "Valdoria Broadcasting Corporation" }, { name: "Fenwick Gazette" }, { name: "Upton Gazette" }]);
    expect(merged.byName("the Ledger")?.name).toBe("The Daily Ledger");
    expect(merged.byName("WRBX")?.name).toBe("WRBX 9 News");
    expect(merged.byName("VBC")?.name).toBe("Valdoria Broadcasting Corporation");
    // Two outlets of the case are "Gazette"s: the short name names neither.
    expect(merged.byName("the Gazette")).toBeUndefined();
  });
});

describe("shortForms", () => {
  const isPlace = (n: string) => ["Valmont", "Fenwick"].includes(n);
  it.each([
    ["The Valdoria Sun", ["Sun"]],
    ["Times of Valdoria", []],
    ["Radio Valmont", []],
    ["Noticias Ribera", []],
    ["Diario del Sur", []],
    ["WRBX 9 News", ["WRBX"]],
    ["Harbour News", []],
    ["Eurasian Strategic Insight Institute", ["ESII"]],
    ["North Valmont", []],
    // A name that opens on its kind of outlet is known by the rest, two words or more, when that is no place.
    ["Portal Ribeira Nova", ["Nova", "PRN", "Ribeira Nova"]],
    ["Rádio Vale Aberto", ["RVA", "Vale Aberto"]],
  ])("%s → %j (never a place, a generic word or the word after 'of')", (name, forms) => {
    expect(shortForms(name, isPlace)).toEqual(forms);
  });
});

