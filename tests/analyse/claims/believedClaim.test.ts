/**
 * A story no article states plainly, only as what people believed or rumoured ("Se creía que P", "it was rumoured that
 * P"), was drawn as the whole sentence, frame and all, and an article telling the belief with no debunk word beside it
 * "presented it as true" — and laundering was found between it and a debunk. The belief frame is a proposition cue
 * (StanceCue.belief): the claim is P in the texts' own words, only mentioned where no verdict stands beside it.
 * Invented texts.
 */
import { describe, expect, it } from "vitest";
import { readPropositions } from "../../../src/analyse/claims/propositions.ts";
import { analyseCaseFolder } from "../../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../../helpers.ts";

describe("a clause told as what people believed or rumoured", () => {
  it.each([
    ["en", "For a month it was widely rumoured that the Kestrel lighthouse would be sold to a hotel chain.", "the Kestrel lighthouse would be sold to a hotel chain"],
    ["es", "Durante un mes se rumoreaba que el faro de Kestrel sería vendido a una cadena hotelera.", "el faro de Kestrel sería vendido a una cadena hotelera"],
    ["it", "Per un mese si diceva che il faro di Kestrel sarebbe stato venduto a una catena di alberghi.", "il faro di Kestrel sarebbe stato venduto a una catena di alberghi"],
    ["pt", "Durante um mês dizia-se que o farol de Kestrel seria vendido a uma cadeia de hotéis.", "o farol de Kestrel seria vendido a uma cadeia de hotéis"],
    ["fr", "Pendant un mois, on disait que le phare de Kestrel serait vendu à une chaîne d'hôtels.", "le phare de Kestrel serait vendu à une chaîne d'hôtels"],
  ])("%s: %s", (language, sentence, clause) => {
    expect(readPropositions(sentence, language).map((p) => [p.span.text, p.believed])).toEqual([[clause, true]]);
  });

  it("is no belief where one person's account is given", () => {
    expect(readPropositions("The harbour master reported that the Kestrel lighthouse would be sold to a hotel chain.", "en")[0]?.believed).toBeUndefined();
    expect(readPropositions("The harbour master believed the Kestrel lighthouse would be sold.", "en")).toEqual([]);
  });
});

const article = (outlet: string, date: string, title: string, body: string) => frontMatterArticle("en", outlet, date, title, body);

describe("a story told only as a rumour", () => {
  it("is the rumoured clause, mentioned where nothing is said of it and reported false where a denial stands beside it", async () => {
    const root = await makeCase({
      "a.txt": article("Kestrel Gazette", "2026-06-01", "The lighthouse stays public", "For a month it was rumoured that the Kestrel lighthouse would be sold to a hotel chain by the harbour board. The harbour board denied it on Monday and called the rumour false."),
      "b.txt": article("Coastal Weekly", "2026-06-03", "A summer of lighthouse talk", "All spring it was widely believed that the Kestrel lighthouse would be sold to a hotel chain by the harbour board. Visitors kept coming to the cliffs all the same."),
      "c.txt": article("Bay Courier", "2026-06-04", "Lighthouse rumour was false", "Many residents believed that the Kestrel lighthouse would be sold to a hotel chain by the harbour board. It was a false rumour, the board said."),
    });
    const { graph } = await analyseCaseFolder(root);
    const claims = graph.filterNodes((_, a) => a.kind === "claim");
    const texts = claims.map((k) => (graph.getNodeAttributes(k) as { text: string }).text);
    const story = claims[texts.indexOf("the Kestrel lighthouse would be sold to a hotel chain by the harbour board")];
    expect(story, texts.join(" | ")).toBeDefined();
    const stanceOf = (article: string) => graph.filterInEdges(story!, (_, __, source) => source === article).map((e) => (graph.getEdgeAttributes(e) as { stance?: string }).stance);
    expect(stanceOf("b")).toEqual(["mentions"]);
    expect(stanceOf("a")).toEqual(["false"]);
    expect(stanceOf("c")).toEqual(["false"]);
    const findings = (graph.getAttribute("findings") as { type: string }[] | undefined) ?? [];
    expect(findings.map((f) => f.type)).not.toContain("laundering");
  });
});
