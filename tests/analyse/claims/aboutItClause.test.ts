/**
 * Slovak and Czech name a claim's clause after the noun and "o tom" (about it) as often as right after it: "šíria sa
 * nepravdivé správy o tom, že P", "zprávy o tom, že P". Only "správy, že P" opened a clause, so a debunk worded the
 * common way was drawn as the whole debunk sentence, presented as true by every article. Invented texts.
 */
import { describe, expect, it } from "vitest";
import { readPropositions } from "../../../src/analyse/claims/propositions.ts";
import { analyseCaseFolder } from "../../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../../helpers.ts";

describe("a claim noun's clause after 'o tom'", () => {
  it.each([
    ["sk", "Od večera sa šíria nepravdivé správy o tom, že v Lipove vykradli tri lekárne.", "v Lipove vykradli tri lekárne"],
    ["cs", "Od večera se šíří nepravdivé zprávy o tom, že v Lipově vykradli tři lékárny.", "v Lipově vykradli tři lékárny"],
  ])("%s: %s", (language, sentence, clause) => {
    expect(readPropositions(sentence, language).map((p) => [p.frame, p.span.text])).toEqual([["claim", clause]]);
  });
});

describe("a Slovak debunk that names the story as 'správy o tom, že P'", () => {
  it("is the story's clause, reported false by each article", async () => {
    const sentence = "Polícia upozorňuje, že od večera sa šíria nepravdivé správy o tom, že v Lipove vykradli tri lekárne.";
    const article = (outlet: string, date: string, title: string, rest: string) => frontMatterArticle("sk", outlet, date, title, `${sentence}\n\n${rest}`);
    const root = await makeCase({
      "a.txt": article("Lipovské noviny", "2026-04-02", "Polícia varuje pred hoaxom", "Lekárne sú otvorené ako obvykle."),
      "b.txt": article("Denník Horec", "2026-04-03", "Lekárne nikto nevykradol", "Hovorca polície žiada ľudí, aby správy nešírili."),
      "c.txt": article("Týždeň pri Váhu", "2026-04-03", "Hoax o lekárňach", "Lekárnici sa sťažujú na telefonáty."),
    });
    const { graph } = await analyseCaseFolder(root);
    const claims = graph.filterNodes((_, a) => a.kind === "claim");
    const texts = claims.map((k) => (graph.getNodeAttributes(k) as { text: string }).text);
    const story = claims[texts.indexOf("v Lipove vykradli tri lekárne")];
    expect(story, texts.join(" | ")).toBeDefined();
    const stances = graph.mapInEdges(story!, (_, a, source) => [source, (a as { stance?: string }).stance]);
    expect(stances.sort()).toEqual([["a", "false"], ["b", "false"], ["c", "false"]]);
  });
});
