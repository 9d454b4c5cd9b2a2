// Latvian and Lithuanian name a news agency with its noun before its initials ("ziņu aģentūrai QNS", "agentūrai QNS"):
// initials the registry keeps only as the agency's credit are that agency, not a new outlet called by the initials.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const registry = createOutletRegistry([{ name: "Quillon News Service", aliases: [], credits: ["QNS"], descriptors: [], domains: ["qns.test"], kind: "agency" }]);
const cited = (body: string, language: string) => readText(body, registry, { outlet: "Test Daily", language }).attributions.map((a) => a.outlet);

describe("an agency's credit initials after an agency noun", () => {
  it("Latvian 'Kā ziņu aģentūrai QNS sacījusi …'", () => {
    expect(cited("Kā ziņu aģentūrai QNS sacījusi preses pārstāve Anna Kalniņa, tilts tiks atvērts maijā.", "lv")).toEqual(["outlet:quillon-news-service"]);
  });
  it("Lithuanian 'Interviu agentūrai QNS ministras …'", () => {
    expect(cited("Interviu agentūrai QNS ministras viską paneigė.", "lt")).toEqual(["outlet:quillon-news-service"]);
  });
});

describe("a speaker's initial after the agency told is no part of its name", () => {
  it("Lithuanian '„…“, – sakė agentūrai QNS J. Kairys' cites the agency, not an outlet 'QNS J'", () => {
    expect(cited("„Tai melas“, – sakė agentūrai QNS J. Kairys.", "lt")).toEqual(["outlet:quillon-news-service"]);
  });
});
