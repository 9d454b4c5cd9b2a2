// Lithuanian puts the outlet told before the verb in a dash-set tag and the speaker after it ("„…“, – QNS ketvirtadienį
// sakė J. Kairys"): an agency's initials there are whom the speaker told, cited, and never a body that speaks.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const registry = createOutletRegistry([{ name: "Quillon News Service", aliases: [], credits: ["QNS"], descriptors: [], domains: ["qns.test"], kind: "agency" }]);

describe("an agency's initials before 'sakė' and the speaker", () => {
  const r = readText("Prokuroras Jonas Kairys sako, kad laiškas buvo netikras. „Tai melas“, – QNS ketvirtadienį sakė J. Kairys.", registry, { outlet: "Test Daily", language: "lt" });
  it("cites the agency", () => {
    expect(r.attributions.map((a) => a.outlet)).toEqual(["outlet:quillon-news-service"]);
  });
  it("makes no source of the agency's initials", () => {
    expect(r.sources.map((s) => s.name)).not.toContain("QNS");
  });
});
