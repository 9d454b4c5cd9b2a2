// A quotation printed with another figure is another claim. A probe case grouped a minister's words and their altered
// version into one claim, so the paper that later printed the original words was charged with outliving the
// fact-check that had reported the altered version false.
import { describe, expect, it } from "vitest";
import { changesFigure, correctedBy, figureConflicts, witnessedConflicts, type QuotePair } from "../../src/analyse/claims/versions.ts";
import { readStance, type StanceArticle } from "../../src/analyse/stance.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";
import { stanceArticle } from "./stanceArticle.ts";

const original = "We will raise the basic pension by 3 percent in January and look at the rest in the autumn budget,";
const altered = "We will raise the basic pension by 30 percent in January,";

describe("two versions of one quotation", () => {
  it("differ where a figure was changed, not where one was cut or the thousands marks differ", () => {
    expect(changesFigure(altered, original)).toBe(true);
    expect(changesFigure("We built 1,200 homes", "We built 1.200 homes")).toBe(false);
    expect(changesFigure("We built 1,200 homes this year", "We built homes this year")).toBe(false);
  });

  it("stay apart: the article that prints the original after a fact-check of the altered one outlives no debunk", async () => {
    const root = await makeCase({
      "wire.txt": `---\nid: wire\noutlet: Harbour Wire\npublished: 2024-03-01\n---\nPension rise to come in stages, minister says\n\nFinance minister Oda Strandvik said on Friday that pensions would rise in two steps next year. "${original}" Strandvik told reporters in Velm.\n\nThe opposition called the plan too timid.\n`,
      "post.txt": `---\nid: post\noutlet: Truth Post Daily\npublished: 2024-03-02\n---\nMinister promises huge pension boost\n\nFinance minister Oda Strandvik has promised pensioners a windfall. "${altered}" Strandvik said. Share this before they delete it!\n\nPensioners across the country welcomed the news.\n`,
      "check.txt": `---\nid: check\noutlet: CheckIt\npublished: 2024-03-04\n---\nFact check: Strandvik did not promise a 30 percent pension rise\n\nA quote circulating online claims that finance minister Oda Strandvik said "We will raise the basic pension by 30 percent in January." This is false. The quote has been altered: according to the Harbour Wire, what Strandvik said was that the pension would rise by 3 percent in January.\n\nRating: ALTERED\n`,
      "gazette.txt": `---\nid: gazette\noutlet: Westmarch Gazette\npublished: 2024-03-06\n---\nPensions to rise by 3 percent in January\n\nFinance minister Oda Strandvik said pensions would rise in two steps. "${original}" she said last week, according to the Harbour Wire.\n\nPensioner groups said 3 percent would not cover rising rents.\n`,
    });
    const { graph } = await analyseCaseFolder(root);
    const findings = graph.getAttribute("findings");
    expect(findings.filter((f) => f.type === "altered_quote").map((f) => [...f.articles].sort())).toEqual([["post", "wire"]]);
    expect(findings.filter((f) => f.type === "claim_outlives_debunk")).toEqual([]);
    // No claim holds both the original and the altered words.
    const claimWords = graph.filterEdges((_e, a) => a.kind === "asserts").map((e) => {
      const a = graph.getEdgeAttributes(e);
      return [graph.target(e), a.kind === "asserts" ? (a.evidence ?? []).map((x) => x.text).join(" ") : ""] as const;
    });
    const byClaim = new Map<string, string>();
    for (const [claim, words] of claimWords) byClaim.set(claim, `${byClaim.get(claim) ?? ""} ${words}`);
    for (const words of byClaim.values()) expect(words.includes("by 3 percent") && words.includes("by 30 percent")).toBe(false);
  });
});

describe("a quotation retold with another figure", () => {
  const printing = (article: string, text: string) => ({ article, start: 0, end: text.length, text });
  const q48 = "Nettle tea clears the marsh fever virus in 48 hours.";
  const q24 = "Nettle tea clears the marsh fever virus in 24 hours.";
  const pairs: QuotePair[] = [
    { kind: "quotes_same", from: printing("relay", q48), to: printing("remedy", q48) },
    { kind: "alters_quote", from: printing("later", q24), to: printing("remedy", q48) },
  ];
  const sentence = (start: number, text: string) => ({ start, end: start + text.length, text });
  it("is one claim drifting where no article weighs one version against the other", () => {
    const sentences = (article: string) => [sentence(0, article === "later" ? q24 : q48), sentence(100, "Readers shared the recipe widely.")];
    expect(witnessedConflicts(figureConflicts(pairs), sentences)).toEqual([]);
  });
  it("is two claims where an article prints one version and gives the other's figure as what was said", () => {
    const sentences = (article: string) => [sentence(0, article === "later" ? q24 : q48), ...(article === "later" ? [sentence(100, "The doctor's post said 48 hours, not 24.")] : [])];
    const witnessed = witnessedConflicts(figureConflicts(pairs), sentences);
    expect(witnessed.map((w) => [...w.witnesses])).toEqual([["later"]]);
    // The witness prints the 24-hour version: its debunk is of that one, not of the articles printing 48 hours.
    expect(Object.fromEntries([...correctedBy(witnessed)].map(([a, by]) => [a, [...by]]))).toEqual({ remedy: ["later"], relay: ["later"] });
  });
});

describe("a fact-check's correction", () => {
  const article = (sentences: string[], title: string): StanceArticle => stanceArticle(sentences, { language: "en", title });
  it("gives as true what it sets straight, and as false what its headline calls false", () => {
    const a = article(["A post claims the ferry will stop in March.", "In fact, the ferry will run until May, the harbour office said."], "Fact check: the ferry is not stopping in March");
    const corrected = readStance(a, { statements: [a.sentences[1]!], debunk: false, negated: false, wording: "The ferry will run until May" });
    expect([corrected.stance, corrected.rule]).toEqual(["true", "stance.corrects"]);
    expect(readStance(a, { statements: [a.sentences[0]!], debunk: false, negated: false, wording: "The ferry will stop in March" }).stance).toBe("false");
  });
  it("does not take a correction of the story for a restatement of it", () => {
    const a = article(["The study says chocolate helps you lose weight.", "Its author is in fact a journalist who set out to test the press."], "The chocolate diet study was a hoax");
    const reading = readStance(a, { statements: [a.sentences[0]!, a.sentences[1]!], debunk: false, negated: false, wording: "The study says chocolate helps you lose weight" });
    expect(reading.stance).toBe("false");
  });
  it("does not take a denial that opens with the same words for a correction", () => {
    const a = article(["In fact, the study was never published.", "Several sites shared it."], "Fact check: chocolate study is a hoax");
    expect(readStance(a, { statements: [a.sentences[0]!], debunk: false, negated: false, wording: "The study was published" }).stance).toBe("false");
  });
});
