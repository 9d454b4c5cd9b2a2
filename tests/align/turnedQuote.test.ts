// A quotation printed up to where the speaker turns against it ("I'd call it a breakthrough, but it isn't" printed as
// "I'd call it a breakthrough,") says the opposite of what was said. claimtrail read it as a shorter excerpt, the same
// words printed again (quotes_same, recycled_quote), since quoting part of a statement is no change of it.
import { describe, expect, it } from "vitest";
import { compareWording } from "../../src/align/quoteWording.ts";
import { CONTRAST_WORDS } from "../../src/core/contrasts.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

function compare(earlier: string, later: string, language?: string) {
  return compareWording(earlier, [{ start: 0, end: earlier.length }], later, [{ start: 0, end: later.length }], language);
}

describe("a quotation cut just before the speaker takes it back", () => {
  const said = "We would gladly call the new filter a breakthrough, but it is not one yet. The trial was small.";

  it("is a change of the words, not a shorter excerpt", () => {
    const c = compare(said, "We would gladly call the new filter a breakthrough,", "en");
    expect(c?.same).toBe(false);
    expect(c?.changes).toEqual(["stopped before 'but it is not one yet'"]);
  });

  it("is a change where a short negation takes it back", () => {
    expect(compare("The ferry line will reopen in May, not yet in April.", "The ferry line will reopen in May", "en")?.same).toBe(false);
  });

  it("reads the turn in the earlier printing's language", () => {
    const dicho = "Nos encantaría decir que el filtro funciona, pero todavía no lo sabemos.";
    expect(compare(dicho, "Nos encantaría decir que el filtro funciona", "es")?.same).toBe(false);
  });

  // Each language's contrastive words, on its own example: the quotation printed up to the comma before the word.
  const examples = Object.entries(CONTRAST_WORDS).flatMap(([language, cues]) => cues.map((c) => [language, c.cue, c.example] as const));
  it.each(examples)("%s /%s/: cut before the turn in %s", (language, cue, example) => {
    const quoted = /["“„«»]\s*([^"“”„«»]+?)\s*["”“»«]/u.exec(example)![1]!;
    const turn = new RegExp(`,\\s*(?:${cue})(?![\\p{L}])`, "iu").exec(quoted)!;
    expect(compare(quoted, quoted.slice(0, turn.index + 1), language)?.same).toBe(false);
  });

  it("control: an excerpt that stops before a sentence that merely goes on is the same words", () => {
    expect(compare(said, "We would gladly call the new filter a breakthrough, but it is not one yet.", "en")?.same).toBe(true);
    expect(compare("The ferry line will reopen in May, and the fares stay the same.", "The ferry line will reopen in May", "en")?.same).toBe(true);
  });

  it("is an altered quotation, not a recycled one, across two articles", async () => {
    const { graph } = await analyseCaseFolder(
      await makeCase({
        "gull.txt": frontMatterArticle("en", "The Gull Courier", "2026-03-02", "Filter trial in Marrowby", `A water filter was tried in twelve homes in Marrowby.\n\n"${said.split(". ")[0]}. The trial was small," engineer Hanna Pellow told The Gull Courier.`),
        "buzz.txt": frontMatterArticle("en", "Daily Wonder", "2026-03-03", "Breakthrough filter", `A new filter cleans all water, engineers say.\n\n"We would gladly call the new filter a breakthrough," engineer Hanna Pellow told The Gull Courier.`),
      }),
    );
    const kinds = graph.filterEdges((_, a) => a.kind === "quotes_same" || a.kind === "alters_quote").map((e) => graph.getEdgeAttribute(e, "kind"));
    expect(kinds).toEqual(["alters_quote"]);
    const types = graph.getAttribute("findings").map((f) => f.type);
    expect(types).toContain("altered_quote");
    expect(types).not.toContain("recycled_quote");
  });

  it("is an altered quotation where only the words join the two printings (no speaker named in one)", async () => {
    const { graph } = await analyseCaseFolder(
      await makeCase({
        "gull.txt": frontMatterArticle("en", "The Gull Courier", "2026-03-02", "Filter trial in Marrowby", `A water filter was tried in twelve homes in Marrowby.\n\n"${said.split(". ")[0]}. The trial was small," engineer Hanna Pellow told The Gull Courier.`),
        "post.txt": frontMatterArticle("en", "Wonder Feed", "2026-03-04", "Miracle filter", `Readers are sharing a miracle filter this week.\n\n"We would gladly call the new filter a breakthrough," the post says.`),
      }),
    );
    const findings = graph.getAttribute("findings").filter((f) => f.type === "altered_quote" || f.type === "recycled_quote");
    expect(findings.map((f) => f.type)).toEqual(["altered_quote"]);
    expect(findings[0]!.explanation).toContain(`the sentence goes on "but it is not one yet"`);
  });

  it("control: the same excerpt without the turn stays a recycled quotation", async () => {
    const { graph } = await analyseCaseFolder(
      await makeCase({
        "gull.txt": frontMatterArticle("en", "The Gull Courier", "2026-03-02", "Filter trial in Marrowby", `A water filter was tried in twelve homes in Marrowby.\n\n"We would gladly call the new filter a breakthrough, and we will test it in every school next year," engineer Hanna Pellow told The Gull Courier.`),
        "buzz.txt": frontMatterArticle("en", "Daily Wonder", "2026-03-03", "Breakthrough filter", `A new filter cleans all water, engineers say.\n\n"We would gladly call the new filter a breakthrough," engineer Hanna Pellow told The Gull Courier.`),
      }),
    );
    const types = graph.getAttribute("findings").map((f) => f.type);
    expect(types).toContain("recycled_quote");
    expect(types).not.toContain("altered_quote");
  });
});
