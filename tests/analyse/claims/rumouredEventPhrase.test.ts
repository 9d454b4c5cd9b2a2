/**
 * A rumour told as a noun phrase ("rumours of the mayor's death", "la rumeur de la mort du maire", "Gerüchte über den
 * Tod des Bürgermeisters") names the proposition it spreads: the death. Without a "that" clause no proposition was
 * read, so the debunk sentence itself became the claim, presented as true by every article denying the rumour. The
 * phrase is now the rumour's content (StanceWords.rumouredEvent), and a verdict right after it calls it false. Invented texts.
 */
import { describe, expect, it } from "vitest";
import { readPropositions } from "../../../src/analyse/claims/propositions.ts";
import { STANCE_WORDS } from "../../../src/analyse/stance/index.ts";
import { analyseCaseFolder } from "../../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../../helpers.ts";

describe("the noun phrase a rumour names", () => {
  const examples = Object.values(STANCE_WORDS).flatMap((w) => (w.rumouredEvent ? [[w.language, w.rumouredEvent.example, w.rumouredEvent.phrase] as const] : []));
  it("has an example in en, fr, de, es, it and pt", () => {
    expect(new Set(examples.map(([l]) => l))).toEqual(new Set(["en", "fr", "de", "es", "it", "pt"]));
  });
  it.each(examples)("%s: %s", (language, example, phrase) => {
    expect(readPropositions(example, language).map((p) => p.span.text)).toEqual([phrase]);
  });

  it.each([
    ["en", "Claims of the arrest of the bandleader Otto Brem were false, the band said.", "denial", "the arrest of the bandleader Otto Brem"],
    ["fr", "La rumeur de la démission de la ministre Irène Vasseur est fausse.", "denial", "la démission de la ministre Irène Vasseur"],
    ["de", "Berichte über die Festnahme des Sängers Otto Brem machten am Sonntag die Runde.", "claim", "die Festnahme des Sängers Otto Brem"],
    // A nickname in quotation marks is part of the name.
    ["en", "Rumours of the death of bandleader Otto “Ottie” Brem were false, his manager said.", "denial", "the death of bandleader Otto “Ottie” Brem"],
  ])("%s: %s", (language, sentence, frame, phrase) => {
    expect(readPropositions(sentence, language).map((p) => [p.frame, p.span.text])).toEqual([[frame, phrase]]);
  });

  it.each([
    // A topic, not an event: nothing one could check is named.
    ["en", "Rumours about the health of the bandleader Otto Brem spread on Sunday."],
    // A pronoun's event says too little to be a claim of its own.
    ["en", "Reports of his arrest spread on Sunday."],
    ["fr", "Des bruits concernant la santé du maire Marc Quillet circulent depuis lundi."],
  ])("%s: none in %s", (language, sentence) => {
    expect(readPropositions(sentence, language)).toEqual([]);
  });
});

describe("articles denying rumours of a death", () => {
  it("make the death the claim, reported false by each, not the denial presented as true", async () => {
    const article = (outlet: string, date: string, body: string) => frontMatterArticle("en", outlet, date, "", body);
    const root = await makeCase({
      "a.txt": article("Weston Gazette", "2026-03-02", "Rumours of bandleader Otto Brem's death are false, his manager said on Monday. The musician is resting at home in Weston."),
      "b.txt": article("Brookfield Star", "2026-03-02", "The manager of Weston bandleader Otto Brem dismissed rumours of Otto Brem's death as a hoax on Monday."),
      "c.txt": article("Valley Wire", "2026-03-03", "Weston officials said on Monday that reports of bandleader Otto Brem's death were fabricated."),
    });
    const { graph } = await analyseCaseFolder(root);
    const claims = graph.filterNodes((_, a) => a.kind === "claim");
    const texts = claims.map((k) => (graph.getNodeAttributes(k) as { text: string }).text);
    const death = claims.find((k) => /Otto Brem's death$/u.test((graph.getNodeAttributes(k) as { text: string }).text));
    expect(death, texts.join(" | ")).toBeDefined();
    const stances = graph.mapInEdges(death!, (_, a, source) => [source, (a as { stance?: string }).stance]);
    expect(stances.sort()).toEqual([["a", "false"], ["b", "false"], ["c", "false"]]);
  });
});
