/**
 * A story told only as "the myth that P", "the legend that P", "the conspiracy theory that P" was drawn as the whole
 * sentence (who spread the myth), presented as true by an article that names the myth without a verdict word. The noun
 * tells P as a belief no one vouches for (StanceCue.belief): the claim is P, only mentioned there. Invented texts.
 */
import { describe, expect, it } from "vitest";
import { readPropositions } from "../../../src/analyse/claims/propositions.ts";
import { analyseCaseFolder } from "../../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../../helpers.ts";

describe("a clause told as a myth, a legend or a conspiracy theory", () => {
  it.each([
    ["Forum posts pushed the conspiracy theory that the Orrin dam had been secretly drained by the water company.", "the Orrin dam had been secretly drained by the water company"],
    ["Some bloggers still repeat the myth that the Orrin dam had been secretly drained.", "the Orrin dam had been secretly drained"],
    ["Villagers keep the legend that a bell rings under the Orrin reservoir at night.", "a bell rings under the Orrin reservoir at night"],
  ])("%s", (sentence, clause) => {
    expect(readPropositions(sentence, "en").map((p) => [p.span.text, p.believed])).toEqual([[clause, true]]);
  });
});

const article = (outlet: string, date: string, title: string, body: string) => frontMatterArticle("en", outlet, date, title, body);

describe("a story told only as a conspiracy theory", () => {
  it("is the theory's clause, mentioned by an article with no verdict and reported false by one that calls it false", async () => {
    const root = await makeCase({
      "a.txt": article("Orrin Valley News", "2026-07-01", "Dam talk on the forums", "Forum posts pushed the conspiracy theory that the Orrin dam had been secretly drained by the water company. Engineers measured the reservoir on Friday."),
      "b.txt": article("Regional Checks", "2026-07-02", "The Orrin dam is full", "The conspiracy theory that the Orrin dam had been secretly drained by the water company is false, the regional council said on Thursday."),
      "c.txt": article("Hill Courier", "2026-07-03", "Old stories about the dam", "Some bloggers still repeat the myth that the Orrin dam had been secretly drained by the water company. Anglers fished there all week."),
    });
    const { graph } = await analyseCaseFolder(root);
    const claims = graph.filterNodes((_, a) => a.kind === "claim");
    const texts = claims.map((k) => (graph.getNodeAttributes(k) as { text: string }).text);
    const story = claims[texts.indexOf("the Orrin dam had been secretly drained by the water company")];
    expect(story, texts.join(" | ")).toBeDefined();
    const stanceOf = (article: string) => graph.filterInEdges(story!, (_, __, source) => source === article).map((e) => (graph.getEdgeAttributes(e) as { stance?: string }).stance);
    expect(stanceOf("a")).toEqual(["mentions"]);
    expect(stanceOf("b")).toEqual(["false"]);
    expect(stanceOf("c")).toEqual(["mentions"]);
  });
});
