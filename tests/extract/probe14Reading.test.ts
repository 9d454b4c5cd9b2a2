// Readings a probe of invented cases found wrong (probe 14), each pinned with texts of our own: a descriptor resolved to
// a registry outlet the text never names; a nationality adjective before an outlet noun read as an outlet's name.
import { describe, expect, it } from "vitest";
import type { CleanArticle } from "../../src/clean/types.ts";
import { createOutletRegistry, withCaseOutlets } from "../../src/core/outlets.ts";
import { readArticle } from "../../src/extract/read.ts";
import { resolveReadings } from "../../src/extract/resolve.ts";
import { paragraphSpans, readText } from "./helpers.ts";

const base = createOutletRegistry([
  { name: "Pearl River Times", aliases: [], descriptors: ["hong kong-based outlet", "hong kong-based newspaper"], domains: [], kind: "newspaper", country: "HK" },
  { name: "Reuters", aliases: [], descriptors: [], domains: [], kind: "agency" },
  { name: "Agence France-Presse", aliases: ["AFP"], descriptors: [], domains: [], kind: "agency" },
  { name: "ČTK", aliases: ["CTK", "Czech News Agency"], descriptors: [], domains: [], kind: "agency" },
]);
const registry = withCaseOutlets(base, [{ name: "Quayside Evening Ledger" }, { name: "Marina Bay Courier" }]);

function read(body: string, language = "en", outlet = "Test Daily") {
  return readText(body, registry, { outlet, language });
}
const cited = (body: string, language = "en"): string[] => read(body, language).attributions.map((a) => a.outletName);

describe("descriptors stand for outlets the text names", () => {
  it("never takes a registry outlet the text does not name, nor another place's paper for it", () => {
    const body = "The ferry firm plans to sell two ships, in a story later picked up by the Quayside Evening Ledger.\n\nThe Hong Kong-based outlet quoted Adaeze Mbeki as saying the sale was \"under review\". Lund, a spokesman, told the Jakarta daily he could not comment.";
    const names = cited(body);
    expect(names).not.toContain("Pearl River Times");
    expect(names.filter((n) => n === "Quayside Evening Ledger").length).toBeGreaterThanOrEqual(1);
    // "the Jakarta daily" is another place's paper: not the Hong Kong outlet just described.
    const jak = read(body).attributions.filter((a) => /Jakarta daily/u.test(a.span.text));
    expect(jak).toEqual([]);
  });

  it("reads a nationality adjective before an outlet noun as no outlet's name", () => {
    const names = cited("The club wants the striker, a Slovak website reported on Tuesday.\n\nThe fee could reach 3 million euros, a Czech daily said.\n\nA Polish newspaper said the talks had stalled.");
    expect(names).toEqual([]);
  });
});

const sources = (body: string, language = "en"): string[] => read(body, language).sources.map((s) => `${s.type}:${s.name}`);

describe("who speaks", () => {
  it("reads 'The Post also says' as no person, and a place after 'says' with its own verb as no speaker", () => {
    expect(sources("The Ledger also says Jakarta offered the firm a tax break.")).toEqual([]);
  });

  it("reads a surname an outlet quotes, and a place-named person given a role, as people", () => {
    expect(sources("The ferry firm will sell two ships.\n\nThe Quayside Evening Ledger quoted Mbeki as saying the sale was \"under review\".")).toEqual(["named:Mbeki"]);
    expect(sources("Denver, the firm's spokesman, said he could not comment.")).toEqual(["named:Denver"]);
  });
});

describe("wire credits", () => {
  it("reads a French agency dateline with the country in brackets", () => {
    const r = read("MBALO (Tarvania), 3 juin 2026 (AFP) - Le port a rouvert mardi.\n\n« Tout va bien », a déclaré à l'AFP le capitaine Joseph Ndeye.", "fr");
    expect(r.syndication.map((x) => x.outletName)).toEqual(["Agence France-Presse"]);
  });

  it("reads a Czech 'Zdroj:' line closing the text", () => {
    const r = read("Přístav se v úterý znovu otevřel.\n\nZdroj: ČTK", "cs");
    expect([...r.syndication.map((x) => x.outletName), ...r.attributions.map((a) => a.outletName)]).toContain("ČTK");
  });
});

describe("an anonymous source relayed through an outlet outside the case", () => {
  it("is one source however many articles relay it, and each article's own unnamed people stay its own", () => {
    const article = (id: string, body: string): CleanArticle => ({ meta: { id, file: `${id}.md`, format: "markdown", outlet: `Outlet ${id}`, language: "en" }, text: body, body, paragraphs: paragraphSpans(body), kept: [], removed: [], creditLines: [] });
    const cleaned = [
      article("a1", "The Marina Bay Courier, citing unnamed port officials, reported that the port would be sold."),
      article("a2", "The port will be sold, the Marina Bay Courier reported, citing unnamed port officials."),
      article("a3", "The port will be sold, according to unnamed port officials."),
    ];
    const keys = resolveReadings(cleaned.map((c) => readArticle(c, registry)), cleaned).map((r) => r.sources.map((s) => s.key));
    expect(keys[0]).toHaveLength(1);
    expect(keys[1]).toEqual(keys[0]);
    expect(keys[2]).toHaveLength(1);
    expect(keys[2]).not.toEqual(keys[0]);
  });
});

describe("Swahili, which fell back to English", () => {
  it("reads citations, whom a source told, and an unnamed source", () => {
    expect(cited("Bandari itafungwa wiki ijayo, kwa mujibu wa gazeti la Marina Bay Courier.", "sw")).toEqual(["Marina Bay Courier"]);
    expect(cited("Gazeti la Marina Bay Courier liliripoti kwamba bandari imefungwa.", "sw")).toEqual(["Marina Bay Courier"]);
    expect(cited("Afisa mmoja wa bandari aliiambia Reuters kwamba meli zinasubiri.", "sw")).toEqual(["Reuters"]);
    expect(sources("Chanzo kimoja katika wizara ya uchukuzi kiliiambia Reuters kwamba bandari imefungwa.", "sw")).toEqual(["anonymous:Chanzo kimoja katika wizara ya uchukuzi"]);
  });
});

describe("Greek, which fell back to English", () => {
  it("reads citations and an unnamed source after 'σύμφωνα με'", () => {
    expect(cited("Όπως αναφέρει η Marina Bay Courier, το λιμάνι θα κλείσει.", "el")).toEqual(["Marina Bay Courier"]);
    expect(cited("«Είμαστε έτοιμοι», δήλωσε στο Reuters ο υπουργός.", "el")).toEqual(["Reuters"]);
    expect(sources("Το λιμάνι θα κλείσει τον Ιούνιο, σύμφωνα με ανώτερο κυβερνητικό αξιωματούχο.", "el")).toEqual(["anonymous:ανώτερο κυβερνητικό αξιωματούχο"]);
  });
});
