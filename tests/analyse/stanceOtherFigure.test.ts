// An article that repeats a claim with another figure for what it counts ("17 people died" where the first report said
// "12 people died") presents the claim as true: it passes the story on, with the figure drifted. It counts among the
// claim's presenters (amplification, independence, first appearance), its `asserts` edge carries rule
// `stance.other_figure` and both figures as exact words, and the report says so. A figure the article dates after the
// first report ("said on 20 May that nine people died") is a later count, another claim: it only mentions this one.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { buildReport, renderMarkdown } from "../../src/export/report.ts";
import type { AssertsEdgeAttrs, ClaimNodeAttrs, ProvenanceGraph } from "../../src/graph/types.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

const FIRST_EN = frontMatterArticle("en", "Tallbury Courier", "2026-05-12T08:00:00Z", "Footbridge collapse", "At least 12 people died when a footbridge collapsed over the Morrow river in Tallbury, mayor Quentin Abara said on Tuesday.\n\nRescue teams worked through the night.");

/** The asserts edge from `article` to the claim both it and `other` carry. */
function assertsOn(graph: ProvenanceGraph, article: string, other: string): { claim: ClaimNodeAttrs; edge: AssertsEdgeAttrs } | undefined {
  for (const key of graph.outEdges(article)) {
    const edge = graph.getEdgeAttributes(key);
    if (edge.kind !== "asserts") continue;
    const claim = graph.getNodeAttributes(graph.target(key)) as ClaimNodeAttrs;
    if (claim.articles.includes(other)) return { claim, edge };
  }
  return undefined;
}

async function analyse(files: Record<string, string>): Promise<{ graph: ProvenanceGraph }> {
  return analyseCaseFolder(await makeCase(files));
}

/** An article's cleaned body, into which every evidence offset points. */
const bodyOf = (graph: ProvenanceGraph, article: string): string => (graph.getNodeAttributes(article) as { body: string }).body;

describe("a claim repeated with another figure is presented as true", () => {
  it("en: '17 people died' where the first report said 12: true, noted with both figures, in the report", async () => {
    const blog = frontMatterArticle("en", "Riverside Daily", "2026-05-12T15:00:00Z", "Bridge disaster", "17 people died when a footbridge collapsed over the Morrow river in Tallbury, mayor Quentin Abara said.\n\nThe bridge had been closed for repairs last year.");
    const { graph } = await analyse({ "first.txt": FIRST_EN, "blog.txt": blog });
    const found = assertsOn(graph, "blog", "first");
    expect(found?.edge.stance).toBe("true");
    expect(found?.edge.rule).toBe("stance.other_figure");
    const note = found?.edge.otherFigure;
    expect(note?.here.text).toMatch(/17/u);
    expect(note?.claim.text).toMatch(/12/u);
    // Exact words of each article, at their offsets.
    expect(bodyOf(graph, "blog").slice(note!.here.start, note!.here.end)).toBe(note!.here.text);
    expect(bodyOf(graph, "first").slice(note!.claim.start, note!.claim.end)).toBe(note!.claim.text);
    expect(note?.claim.article).toBe("first");
    expect(found?.claim.presentedAsTrue).toEqual(expect.arrayContaining(["first", "blog"]));
    const markdown = renderMarkdown(buildReport(graph));
    expect(markdown).toContain("presents it as true, with another figure");
  });

  it("en: a figure dated after the first report is a later count, and only mentions the claim", async () => {
    const check = frontMatterArticle("en", "Riverside Daily", "2026-05-21T15:00:00Z", "Bridge toll revised", "Mayor Quentin Abara said on 20 May that 9 people died when a footbridge collapsed over the Morrow river in Tallbury.\n\nThe bridge had been closed for repairs last year.");
    const { graph } = await analyse({ "first.txt": FIRST_EN, "check.txt": check });
    const found = assertsOn(graph, "check", "first");
    expect(found).toBeDefined();
    if (found === undefined) return;
    expect(found.edge.stance).toBe("mentions");
    expect(found.edge.rule).toBe("stance.later_count");
    expect(found.edge.otherFigure).toBeUndefined();
  });

  it("de: '17 Menschen' where the first report said 12 is presented as true with another figure", async () => {
    const first = frontMatterArticle("de", "Tallbury Kurier", "2026-05-12T08:00:00Z", "Brückeneinsturz", "Mindestens 12 Menschen sind beim Einsturz einer Fußgängerbrücke über den Fluss Morrow in Tallbury ums Leben gekommen, sagte Bürgermeister Quentin Abara am Dienstag.\n\nRettungskräfte arbeiteten die ganze Nacht.");
    const later = frontMatterArticle("de", "Flussblatt", "2026-05-12T15:00:00Z", "Brückenunglück", "17 Menschen sind beim Einsturz einer Fußgängerbrücke über den Fluss Morrow in Tallbury ums Leben gekommen, sagte Bürgermeister Quentin Abara.\n\nDie Brücke war im vergangenen Jahr wegen Reparaturen gesperrt.");
    const { graph } = await analyse({ "first.txt": first, "later.txt": later });
    const found = assertsOn(graph, "later", "first");
    expect(found?.edge.stance).toBe("true");
    expect(found?.edge.rule).toBe("stance.other_figure");
    expect(found?.edge.otherFigure?.here.text).toMatch(/17/u);
    expect(found?.edge.otherFigure?.claim.text).toMatch(/12/u);
    expect(found?.claim.presentedAsTrue).toEqual(expect.arrayContaining(["first", "later"]));
  });

  it("control: the same figure is asserted plainly, with no figure note", async () => {
    const blog = frontMatterArticle("en", "Riverside Daily", "2026-05-12T15:00:00Z", "Bridge disaster", "12 people died when a footbridge collapsed over the Morrow river in Tallbury, mayor Quentin Abara said.\n\nThe bridge had been closed for repairs last year.");
    const { graph } = await analyse({ "first.txt": FIRST_EN, "blog.txt": blog });
    const found = assertsOn(graph, "blog", "first");
    expect(found?.edge.stance).toBe("true");
    expect(found?.edge.rule).not.toBe("stance.other_figure");
    expect(found?.edge.otherFigure).toBeUndefined();
  });
});
