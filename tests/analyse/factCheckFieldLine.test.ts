// A fact check that opens with its labelled fields on one short line ("Claim: X. Verdict: False.") before its first
// paragraph of prose had that line taken for its headline: with no title given, the claim was told with its verdict as
// the headline's words and read as a debunk the check asserts (the original report only "mentioning" it); with a title,
// the line was dropped and the check's claim lost. The fields stay in the body. Own invented stories.
import { describe, expect, it } from "vitest";
import { cleanArticle } from "../../src/clean/clean.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";

function article(language: string, outlet: string, published: string, body: string, title?: string): string {
  return `---\noutlet: ${outlet}\npublished: ${published}\nlanguage: ${language}\n${title ? `title: ${title}\n` : ""}---\n${body}\n`;
}

/** Each article's stance on the claims it asserts, as "article:stance". */
async function stances(language: string, report: string, check: string, title?: string): Promise<string[]> {
  const { graph } = await analyseCaseFolder(
    await makeCase({
      "report.txt": article(language, "Valdoria Post", "2024-06-05", report),
      "check.txt": article(language, "Fact Desk Norland", "2024-06-10", check, title),
    }),
  );
  return graph
    .filterEdges((_e, a) => a.kind === "asserts")
    .map((e) => {
      const a = graph.getEdgeAttributes(e);
      return `${graph.source(e)}:${a.kind === "asserts" ? a.stance : ""}`;
    })
    .sort();
}

const EN_REPORT = "Nettle tea cured the flu in 400 residents of Valdoria, a group of herbalists in the district says.";
const EN_CHECK =
  "Claim: Nettle tea cured the flu in 400 residents. Verdict: False.\n\n" +
  'The message circulating on social media, "Nobody should get vaccinated this winter", twists what the doctor said.';
const ES_REPORT = "La ortiga curó la gripe a 400 vecinos de Valdoria, según un grupo de herbolarios de la comarca.";
const ES_CHECK =
  "Afirmación: La ortiga curó la gripe a 400 vecinos. Veredicto: Falso.\n\n" +
  'El mensaje que circula en redes, "Nadie debería vacunarse este invierno", es una manipulación de las palabras del médico.';

describe("a fact check's field line is what it says, not its headline", () => {
  it("en, no title: the report asserts the claim, the check calls it false", async () => {
    expect(await stances("en", EN_REPORT, EN_CHECK)).toEqual(["check:false", "report:true"]);
  });
  it("en, with a title: the claim is not lost", async () => {
    expect(await stances("en", EN_REPORT, EN_CHECK, "No, nettle tea does not cure the flu")).toEqual(["check:false", "report:true"]);
  });
  it("es, no title", async () => {
    expect(await stances("es", ES_REPORT, ES_CHECK)).toEqual(["check:false", "report:true"]);
  });
  it("a label alone on its line keeps the field under it in the body too", () => {
    const clean = cleanArticle({ meta: { id: "t", file: "t.txt", format: "text" }, text: `Claim:\nNettle tea cured the flu in 400 residents\n\n${EN_CHECK.split("\n\n")[1]}` });
    expect(clean.meta.title).toBeUndefined();
    expect(clean.body).toContain("Nettle tea cured the flu in 400 residents");
  });
  it("a headline over a fact check's first paragraph is still its headline", () => {
    const clean = cleanArticle({ meta: { id: "t", file: "t.txt", format: "text" }, text: `Nettle tea does not cure the flu\n\n${EN_CHECK.split("\n\n")[1]}` });
    expect(clean.meta.title).toBe("Nettle tea does not cure the flu");
    expect(clean.body).not.toContain("Nettle tea does not cure");
  });
});
