/**
 * Two places a frame named a body that is no source of the report: a fake, forged or bogus press release "from X" is
 * exactly not X's (its issuer is impersonated), and Czech "napsal v časopisu X" (wrote in the magazine X) names where a
 * piece appeared, not who reported it, as "jak uvedl server X" does. Own invented texts.
 */
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readPlain, readText } from "./helpers.ts";

const cited = (body: string, language: string) => readPlain(body, language).attributions.map((a) => `${a.frame}:${a.outletName}`);

describe("a forged document's named issuer is no citation", () => {
  it.each([
    ["The pranksters drafted a fake press release from the Varna Savings Bank on Monday.", "en"],
    ["The activists sent a bogus press release from the Quillon Institute of Health.", "en"],
    ["She had written a forged news release from Harbour Mutual Group.", "en"],
    ["Die Aktivisten verschickten eine gefälschte Pressemitteilung der Quillon Stiftung an Redaktionen.", "de"],
  ])("%s", (body, language) => {
    expect(cited(body, language)).toEqual([]);
  });

  it("a genuine release still names its issuer", () => {
    expect(cited("The claim began with a press release from the Quillon Institute of Health.", "en")).toEqual(["citing:Quillon Institute of Health"]);
    expect(cited("So beginnt die Pressemitteilung des „Quillon Institute“, die im März verschickt wurde.", "de")).toEqual(["citing:Quillon Institute"]);
  });
});

describe("Czech: the magazine someone wrote in is no citation", () => {
  const registry = createOutletRegistry([{ name: "Trojlístek", aliases: [], descriptors: [], domains: ["trojlistek.cz"], kind: "website", country: "CZ" }]);
  const czech = (body: string) => readText(body, registry, { outlet: "Ranní Kurýr", language: "cs" }).attributions.map((a) => `${a.frame}:${a.outletName}`);

  it("'napsal v časopisu X článek' names where a piece appeared", () => {
    expect(czech("Starostka tvrdila, že učitel napsal v časopisu Horní Listy báseň o mostě.")).toEqual([]);
  });

  it("'jak uvedl server X', even after a day, still reports", () => {
    expect(czech("Most se zavře, jak uvedl v pondělí server Trojlístek.")).toEqual(["reported:Trojlístek"]);
  });
});
