/**
 * A debunk often names the story as a claim noun and gives its verdict on the noun after the story's clause: "A poster
 * claiming that P was misleading", "Reports that P are false", "La rumeur selon laquelle P a été démentie". The clause
 * ran on into the verdict, so the claim was the whole debunk sentence, presented as true by every debunk. The clause of
 * a nominal cue (StanceCue.nominal) now ends before the sentence's own verdict link (StanceWords.verdictLink) followed
 * by a debunk word, and is the object of that verdict: the claim is P, reported false. Invented texts.
 */
import { describe, expect, it } from "vitest";
import { readPropositions } from "../../../src/analyse/claims/propositions.ts";
import { analyseCaseFolder } from "../../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../../helpers.ts";

describe("a verdict on a claim noun after its clause", () => {
  it.each([
    ["en", "A leaflet claiming that the Orrin dam will be drained next spring was entirely misleading, the regulator found.", "the Orrin dam will be drained next spring", "was entirely misleading"],
    ["en", "Reports that the Orrin ferry line has been sold to a foreign bank are false.", "the Orrin ferry line has been sold to a foreign bank", "are false"],
    ["en", "The rumour that the Orrin library will shut its doors in June has been denied.", "the Orrin library will shut its doors in June", "has been denied"],
    ["de", "Die Behauptung, dass der Orrin-Damm im Frühjahr geleert werde, ist falsch.", "der Orrin-Damm im Frühjahr geleert werde", "ist falsch"],
    ["fr", "La rumeur selon laquelle la bibliothèque d'Orrin fermera en juin a été démentie.", "la bibliothèque d'Orrin fermera en juin", "a été démentie"],
    ["es", "La noticia de que la biblioteca de Orrin cerrará en junio es falsa.", "la biblioteca de Orrin cerrará en junio", "es falsa"],
    ["pt", "A notícia de que a biblioteca de Orrin vai fechar em junho é falsa.", "a biblioteca de Orrin vai fechar em junho", "é falsa"],
    ["it", "La notizia che la biblioteca di Orrin chiuderà a giugno è stata smentita.", "la biblioteca di Orrin chiuderà a giugno", "è stata smentita"],
    ["nl", "Het bericht dat de bibliotheek van Orrin in juni sluit, bleek onjuist.", "de bibliotheek van Orrin in juni sluit", "bleek onjuist"],
  ])("%s: %s", (language, sentence, clause, verdict) => {
    expect(readPropositions(sentence, language).map((p) => [p.frame, p.span.text, p.verdict?.text])).toEqual([["denial", clause, verdict]]);
  });

  it("keeps the clause of a verb whole: the verdict there is the claimant's", () => {
    expect(readPropositions("Several posts claimed that the new Orrin harbour crane was fake.", "en").map((p) => [p.frame, p.span.text])).toEqual([["claim", "the new Orrin harbour crane was fake"]]);
  });

  it("keeps the last verdict link: the clause's own verb stays in it", () => {
    expect(readPropositions("The rumour that the Orrin harbour master was fired last week was false.", "en").map((p) => p.span.text)).toEqual(["the Orrin harbour master was fired last week"]);
  });
});

const article = (outlet: string, date: string, title: string, body: string) => frontMatterArticle("en", outlet, date, title, body);

describe("a story named by a claim noun and called false", () => {
  it("is the story's clause, reported false by each article, not the debunk sentence presented as true", async () => {
    const root = await makeCase({
      "a.txt": article("Orrin Gazette", "2026-04-02", "Regulator rules on leaflet", "A leaflet claiming that the Orrin dam will be drained next spring was entirely misleading, the water regulator found on Tuesday.\n\nThe leaflet was handed out at the market."),
      "b.txt": article("Valley Weekly", "2026-04-03", "Leaflet misled readers", "The water regulator found on Tuesday that a leaflet claiming that the Orrin dam will be drained next spring was entirely misleading.\n\nIts authors have not answered."),
      "c.txt": article("Lake Courier", "2026-04-03", "Dam stays full", "A leaflet claiming that the Orrin dam will be drained next spring was misleading, the regulator said.\n\nAnglers had worried for weeks."),
    });
    const { graph } = await analyseCaseFolder(root);
    const claims = graph.filterNodes((_, a) => a.kind === "claim");
    const texts = claims.map((k) => (graph.getNodeAttributes(k) as { text: string }).text);
    const story = claims[texts.indexOf("the Orrin dam will be drained next spring")];
    expect(story, texts.join(" | ")).toBeDefined();
    const stances = graph.mapInEdges(story!, (_, a, source) => [source, (a as { stance?: string }).stance]);
    expect(stances.sort()).toEqual([["a", "false"], ["b", "false"], ["c", "false"]]);
  });
});
