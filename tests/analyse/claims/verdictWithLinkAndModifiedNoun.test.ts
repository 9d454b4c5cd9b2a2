/**
 * Two English shapes of "claim noun + clause + verdict" the proposition reader missed, so a debunk sentence was grouped
 * as a claim of its own instead of the story it calls false:
 * - the noun with who made it or where between it and its clause ("Allegations made by councillors in the chamber that
 *   P are entirely inaccurate", "Claims circulating online that P …");
 * - a verdict worded with its verb and a word of degree ("are entirely inaccurate", "were wholly unfounded", "was
 *   incorrect"): the cue holds the link itself, and the clause ends before it; "unfounded", "baseless" and
 *   "groundless", which have no other use, are verdicts without it too ("made unfounded claims").
 * Invented texts.
 */
import { describe, expect, it } from "vitest";
import { readPropositions } from "../../../src/analyse/claims/propositions.ts";
import { debunkCues } from "../../../src/analyse/stance.ts";
import { analyseCaseFolder } from "../../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../../helpers.ts";

describe("a verdict after a claim noun that a modifier or a word of degree separates", () => {
  it.each([
    ["Allegations made by councillors in the chamber that wardens fined pensioners at the Orrin market are entirely inaccurate, the chief warden said.", "wardens fined pensioners at the Orrin market", "are entirely inaccurate"],
    ["Claims circulating online that the Orrin ferry line was sold to a bank were wholly unfounded.", "the Orrin ferry line was sold to a bank", "were wholly unfounded"],
    ["The rumour that the Orrin harbour master was fired last week was incorrect.", "the Orrin harbour master was fired last week", "was incorrect"],
  ])("%s", (sentence, clause, verdict) => {
    expect(readPropositions(sentence, "en").map((p) => [p.frame, p.span.text, p.verdict?.text])).toEqual([["denial", clause, verdict]]);
  });

  it.each([
    ["Harbour master: councillors made unfounded claims about the Orrin ferry", "unfounded"],
    ["The mayor called the talk of a sale of the Orrin library baseless.", "baseless"],
  ])("reads a verdict adjective with no other use without its verb: %s", (text, cue) => {
    expect(debunkCues(text, "en").map((c) => c.text)).toEqual([cue]);
  });

  it("reads no clause where 'that' after the noun's modifier opens a relative clause", () => {
    expect(readPropositions("The reports by the agency that was founded in 1990 are read widely.", "en")).toEqual([]);
  });
});

const article = (outlet: string, date: string, title: string, body: string) => frontMatterArticle("en", outlet, date, title, body);

describe("a story named by a modified claim noun and called inaccurate", () => {
  it("is the story's clause, reported false by each article, not the debunk sentence presented as true", async () => {
    const sentence = "Allegations made by councillors in the chamber that wardens fined pensioners at the Orrin market are entirely inaccurate, the chief warden said on Monday.";
    const root = await makeCase({
      "a.txt": article("Orrin Gazette", "2026-04-02", "Chief warden answers councillors", `${sentence}\n\nThe market reopens on Friday.`),
      "b.txt": article("Valley Weekly", "2026-04-03", "Wardens cleared", `${sentence}\n\nCouncillors have not answered.`),
      "c.txt": article("Lake Courier", "2026-04-03", "Market row", `${sentence}\n\nTraders had complained for weeks.`),
    });
    const { graph } = await analyseCaseFolder(root);
    const claims = graph.filterNodes((_, a) => a.kind === "claim");
    const texts = claims.map((k) => (graph.getNodeAttributes(k) as { text: string }).text);
    const story = claims[texts.indexOf("wardens fined pensioners at the Orrin market")];
    expect(story, texts.join(" | ")).toBeDefined();
    const stances = graph.mapInEdges(story!, (_, a, source) => [source, (a as { stance?: string }).stance]);
    expect(stances.sort()).toEqual([["a", "false"], ["b", "false"], ["c", "false"]]);
  });
});
