// A nationality adjective written before an outlet's name ("the German Kurier Nordmark") describes the outlet, as it does
// before an outlet noun ("the German daily X"): the case's outlet is cited, with no second outlet named "German …". Names
// that open on a nationality stay whole, and the adjective never turns a paper of its own into another of the case.
// Own invented texts and outlets.
import { describe, expect, it } from "vitest";
import { createOutletRegistry, type OutletEntry, withCaseOutlets } from "../../src/core/outlets.ts";
import { isPlace } from "../../src/extract/gazetteer.ts";
import { readText } from "./helpers.ts";

const entry = (name: string, country?: string): OutletEntry => ({ name, aliases: [], descriptors: [], domains: [], kind: "newspaper", ...(country ? { country } : {}) });

function cited(body: string, caseOutlets: string[], registered: OutletEntry[] = []): string[] {
  const registry = withCaseOutlets(createOutletRegistry(registered), caseOutlets.map((name) => ({ name })), isPlace);
  return readText(body, registry, { outlet: "Harbour Ledger", language: "en" }).attributions.map((a) => a.outlet);
}

describe("a nationality before an outlet's name", () => {
  it.each([
    ["The mill will close by 2030, the German Kurier Nordmark has reported.", "outlet:kurier-nordmark"],
    ["The mill will close by 2030, the Danish Nordblink has reported.", "outlet:nordblink"],
    ["The mill will close by 2030, according to the South African Karoo Sentinel.", "outlet:karoo-sentinel"],
  ])("cites the case's outlet: %s", (body, key) => {
    expect(cited(body, ["Kurier Nordmark", "Nordblink", "Karoo Sentinel"])).toEqual([key]);
  });

  it("keeps a registered name that opens on a nationality whole", () => {
    expect(cited("The mill will close, the Irish Lantern has reported.", ["The Lantern"], [entry("Irish Lantern", "IE")])).toEqual(["outlet:irish-lantern"]);
  });

  it("never reads a short form of a longer case outlet after the adjective", () => {
    expect(cited("The mill will close, the Irish Gazette has reported.", ["The Evening Gazette"])).not.toContain("outlet:the-evening-gazette");
    expect(cited("The mill will close, the Irish Gazette has reported.", ["The Evening Gazette"])).not.toContain("outlet:evening-gazette");
  });

  it("never reads a lone masthead noun after the adjective as a case outlet of that name", () => {
    expect(cited("The mill will close, the Irish Herald has reported.", ["The Herald"])).not.toContain("outlet:herald");
  });

  it("never reads an outlet the registry places in another country", () => {
    expect(cited("The mill will close, the Irish Lantern has reported.", [], [entry("The Lantern", "GB")])).not.toContain("outlet:lantern");
  });
});
