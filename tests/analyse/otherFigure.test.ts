// A claim whose statement carries a figure ("Seven workers have died") was asserted true by an article giving another
// figure for the same count ("four dead, and three more workers are missing"), linked through the mayor, the verb and
// the platform, and that article became the claim's origin; and across languages a sentence giving the one figure of
// the second half of a credited sentence ("more than 200 residents had been evacuated") was made to state the whole
// (probe 26 item 1). Another figure may still link for drift; a later design (stance.other_figure) counts the article
// as presenting the claim with its figure changed, noted on its edge.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

interface Claim {
  text: string;
  articles: string[];
  origins: string[];
  presentedAsTrue: string[];
}

async function claimsOf(files: Record<string, string>): Promise<Claim[]> {
  const { graph } = await analyseCaseFolder(await makeCase(files));
  return graph.filterNodes((_k, a) => a.kind === "claim").map((k) => graph.getNodeAttributes(k) as never as Claim);
}

const local = (count: string) =>
  frontMatterArticle("en", "Ridge Herald", "2026-05-02T07:00:00Z", "Night shift trapped at Carrow Hollow", `A gallery of the Carrow pit caved in overnight, trapping the night shift at Carrow Hollow.\n\n"So far we know of ${count}," mayor Ilse Varga wrote on her Facebook page.\n\nRescuers brought more than 200 residents to the school, she said.`);
const WIRE = frontMatterArticle("en", "Coastline Wire", "2026-05-02T12:00:00Z", "Seven dead in mine collapse", `At least 7 workers were killed when a gallery caved in at the Carrow pit overnight, mayor Ilse Varga said on Saturday.\n\n"Seven workers have died," Varga wrote on the Facebook page of the town, adding that more than 200 residents had been evacuated.`);
const PAPER = frontMatterArticle("en", "Fenwick Gazette", "2026-05-02T18:00:00Z", "Mine disaster", `A gallery caved in at the Carrow pit near Carrow Hollow, Coastline Wire reported.\n\n"Seven workers are dead," mayor Ilse Varga wrote on Facebook.`);

describe("another figure for what a claim counts", () => {
  it("en: 'Seven workers are dead' after 'four dead, and three more workers are missing' repeats the claim with another figure", async () => {
    // Linked through the mayor, the verb and the platform, the two tell one claim with the count changed: both present it
    // as true (a later design: stance.other_figure keeps the article among the presenters), and the later one's edge
    // names both figures in their own words.
    const { graph } = await analyseCaseFolder(await makeCase({ "local.txt": local("four dead, and three more workers are missing"), "wire.txt": WIRE, "paper.txt": PAPER }));
    const noted = graph.filterEdges((_k, e) => e.kind === "asserts" && e.rule === "stance.other_figure");
    expect(noted.length).toBeGreaterThan(0);
    for (const key of noted) {
      const edge = graph.getEdgeAttributes(key) as never as { stance: string; otherFigure: { here: { text: string }; claim: { text: string } } };
      expect(edge.stance).toBe("true");
      expect([edge.otherFigure.here.text, edge.otherFigure.claim.text].join(" ")).toMatch(/four/u);
      expect([edge.otherFigure.here.text, edge.otherFigure.claim.text].join(" ")).toMatch(/\b(?:7|[Ss]even)\b/u);
    }
  });

  it("control: the same figure told in other words states it", async () => {
    const claims = await claimsOf({ "local.txt": local("seven dead workers"), "wire.txt": WIRE, "paper.txt": PAPER });
    expect(claims.some((c) => c.presentedAsTrue.includes("local") && (c.presentedAsTrue.includes("wire") || c.presentedAsTrue.includes("paper")) && /seven/iu.test(c.text))).toBe(true);
  });

  it("pl: one figure of a credited sentence's second half does not state the whole sentence", async () => {
    const pl = frontMatterArticle("pl", "Dziennik Górski", "2026-05-02T19:00:00Z", "Katastrofa w kopalni", "W kopalni Carrow zawaliła się galeria, podaje agencja Coastline Wire.\n\nWedług lokalnych mediów ewakuowano ponad 200 mieszkańców.");
    const claims = await claimsOf({ "wire.txt": WIRE, "pl.txt": pl });
    expect(claims.filter((c) => c.articles.includes("pl") && c.articles.includes("wire"))).toEqual([]);
  });

  it("control (pl): the credited sentence's only figure still links", async () => {
    const wire = frontMatterArticle("en", "Coastline Wire", "2026-05-02T12:00:00Z", "Mine collapse", `A gallery caved in at the Carrow pit overnight, mayor Ilse Varga said on Saturday.\n\nMore than 200 residents had been evacuated from Carrow Hollow, Varga added.`);
    const pl = frontMatterArticle("pl", "Dziennik Górski", "2026-05-02T19:00:00Z", "Katastrofa w kopalni", "W kopalni Carrow zawaliła się galeria, podaje agencja Coastline Wire.\n\nEwakuowano ponad 200 mieszkańców.");
    const claims = await claimsOf({ "wire.txt": wire, "pl.txt": pl });
    expect(claims.some((c) => c.articles.includes("pl") && c.articles.includes("wire"))).toBe(true);
  });
});
