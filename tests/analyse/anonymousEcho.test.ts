/**
 * The anonymous echo: several papers each rest a claim on an unnamed source of one institution ("una fuente del
 * Gobierno", "fuentes gubernamentales", "una fuente del Ejecutivo", "fuentes del Ministerio de Industria"). Nobody can
 * tell whether they are one person: they count as one independent source, and a finding says so. Invented texts.
 */
import { describe, expect, it } from "vitest";
import { alikeGroups } from "../../src/analyse/anonymousAlike.ts";
import { institutionOf, sameInstitution } from "../../src/extract/institutions.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";

const article = (outlet: string, published: string, body: string, language = "es") => `---\noutlet: ${outlet}\npublished: ${published}\nlanguage: ${language}\n---\n${body}\n`;

const LEAD = "El Gobierno cerrará la central térmica de Valdeluna en marzo";

async function analyse(bodies: readonly [string, string][]) {
  const files = Object.fromEntries(bodies.map(([outlet, body], i) => [`p${i + 1}.txt`, article(outlet, `2024-02-12T0${7 + i}:00:00Z`, body)]));
  const { graph } = await analyseCaseFolder(await makeCase(files));
  const claims = graph.filterNodes((_k, a) => a.kind === "claim" && a.label.startsWith("El Gobierno cerrará"));
  const claim = graph.getNodeAttributes(claims[0]!) as { primarySources: string[]; alikeAnonymous?: { institution: string; sources: string[] }[] };
  return { graph, claim, findings: graph.getAttribute("findings") ?? [] };
}

const ECHO: [string, string][] = [
  ["Heraldo de Valdeluna", `${LEAD}. Una fuente del Gobierno que pidió el anonimato lo explicó a este periódico.`],
  ["Diario del Norte", `${LEAD}. Fuentes gubernamentales consultadas por este diario confirman la fecha.`],
  ["El Correo Minero", `${LEAD}, según ha confirmado a este diario una fuente del Ejecutivo.`],
  ["Radio Sierra", `${LEAD}. Fuentes del Ministerio de Industria lo han confirmado a esta emisora.`],
];

describe("unnamed sources of one institution in several reports", () => {
  it("count as one independent source, with the group on the claim", async () => {
    const { claim } = await analyse(ECHO);
    expect(claim.primarySources).toEqual(["source:p1--fuente"]);
    expect(claim.alikeAnonymous).toEqual([{ institution: "the government", sources: ["source:p1--fuente", "source:p2--fuentes", "source:p3--fuente", "source:p4--fuentes"] }]);
  });

  it("are stated as an echo that may be one source (single_source_amplification)", async () => {
    const { findings } = await analyse(ECHO);
    const echo = findings.find((f) => f.id.startsWith("single_source_amplification:anonymous:"));
    expect(echo?.articles).toEqual(["p1", "p2", "p3", "p4"]);
    expect(echo?.explanation).toContain("they may be one source, and count as one, not 4");
    expect(echo?.explanation).toContain('"confirman"');
  });

  it("never join a source of another institution, and a named on-record source stays independent", async () => {
    const police: [string, string][] = [ECHO[0]!, ["Diario del Norte", `${LEAD}. Fuentes policiales consultadas por este diario confirman la fecha.`], ECHO[2]!, ECHO[3]!];
    const { claim } = await analyse(police);
    expect(claim.primarySources).toEqual(["source:p1--fuente", "source:p2--fuentes"]);
    const named: [string, string][] = [ECHO[0]!, ECHO[1]!, ["El Correo Minero", `${LEAD}, según la ministra de Industria, Elena Robles.`], ECHO[3]!];
    const withNamed = await analyse(named);
    expect(withNamed.claim.primarySources).toHaveLength(2);
    expect(withNamed.claim.primarySources).toContain("source:elena-robles");
  });
});

describe("the institution an unnamed source speaks from", () => {
  it.each([
    ["es", "Fuentes gubernamentales", "government"],
    ["es", "una fuente del Ejecutivo", "government"],
    ["ca", "una font de l'Executiu", "government"],
    ["en", "a senior government official", "government"],
    ["de", "aus Regierungskreisen", "government"],
    ["fr", "une source au ministère des Finances", "ministry"],
    ["en", "a police source", "police"],
  ])("%s: %s", (language, phrase, kind) => {
    expect(institutionOf(phrase, language)?.kind).toBe(kind);
  });

  it("tells two ministries apart, and a ministry from the police, but not a ministry from the government", () => {
    const industry = institutionOf("fuentes del Ministerio de Industria", "es")!;
    const finance = institutionOf("fuentes del Ministerio de Hacienda", "es")!;
    const government = institutionOf("una fuente del Gobierno", "es")!;
    expect(sameInstitution(industry, finance)).toBe(false);
    expect(sameInstitution(industry, institutionOf("fuentes policiales", "es")!)).toBe(false);
    expect(sameInstitution(industry, government)).toBe(true);
    expect(institutionOf("a source close to the talks", "en")).toBeUndefined();
  });

  it("keeps one article's two sources apart", () => {
    const groups = alikeGroups([
      { key: "x1", article: "x", name: "una fuente del Gobierno", language: "es" },
      { key: "x2", article: "x", name: "otra fuente gubernamental", language: "es" },
      { key: "y1", article: "y", name: "fuentes del Gobierno", language: "es" },
    ]);
    expect(groups).toEqual([{ institution: { kind: "government" }, sources: ["x1", "y1"] }]);
  });
});
