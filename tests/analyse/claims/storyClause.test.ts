// A debunk prints the story's claim as someone's claim ("… repeated the rumour that P: none of it is true"): the claim
// node is P in the texts' own words, reported false by the debunks, not the debunk sentence asserted true.
import { describe, expect, it } from "vitest";
import { storyClause } from "../../../src/analyse/claims/storyClause.ts";
import type { ClaimGroup } from "../../../src/analyse/claims/types.ts";
import { analyseCaseFolder } from "../../../src/pipeline.ts";
import { makeCase } from "../../helpers.ts";

const group = (statements: { article: string; text: string }[]): ClaimGroup => ({
  key: "claim:g",
  text: statements[0]!.text,
  label: statements[0]!.text,
  statements: statements.map((s) => ({ article: s.article, span: { start: 0, end: s.text.length, text: s.text } })),
  articles: [...new Set(statements.map((s) => s.article))],
  main: true,
});

describe("storyClause", () => {
  it("redraws a wording that tells a clause as someone's claim as that clause, with each article's frame", () => {
    const g = group([
      { article: "a", text: "Posts repeated the rumour that the mayor of Dunmore had married a smuggler from Kessport: none of it is true." },
      { article: "b", text: "The town hall denied that the mayor of Dunmore had married a smuggler." },
      { article: "c", text: "The woman who claimed that the mayor of Dunmore had married a smuggler now admits she invented it." },
    ]);
    const told = storyClause(g, () => "en", new Set());
    expect(told.text).toBe("the mayor of Dunmore had married a smuggler from Kessport");
    expect(told.statements).toEqual(g.statements);
    expect(told.frames).toEqual({ a: "claim", b: "denial", c: "retracted" });
    expect(told.key).not.toBe(g.key);
  });

  it("reads another article's wording where the chosen one is a debunk sentence that tells no clause", () => {
    const g = group([
      { article: "a", text: "The whole story is a hoax, the town hall of Dunmore said on Sunday." },
      { article: "b", text: "Chain messages repeated the rumour that the mayor of Dunmore had married a smuggler: it is false." },
    ]);
    const told = storyClause(g, () => "en", new Set());
    expect(told.text).toBe("the mayor of Dunmore had married a smuggler");
    expect(told.frames).toEqual({ b: "claim" });
    // A chosen wording that tells the story plainly stays the claim, whatever another article frames.
    const plain = group([
      { article: "a", text: "The mayor of Dunmore married a smuggler from Kessport in May." },
      { article: "b", text: "Chain messages repeated the rumour that the mayor of Dunmore had married a smuggler: it is false." },
    ]);
    expect(storyClause(plain, () => "en", new Set())).toBe(plain);
  });

  it("reads the clause of a Russian debunk, which ends at the comma that closes it", () => {
    const g = group([{ article: "a", text: "Слухи о том, что мэр Дунмора женился на контрабандистке, оказались фейком." }]);
    expect(storyClause(g, () => "ru", new Set()).text).toBe("мэр Дунмора женился на контрабандистке");
  });

  it("leaves a wording that tells no clause, one too short, or a claim frame with no debunk word beside it, as it is", () => {
    const plain = group([{ article: "a", text: "The mayor of Dunmore married a smuggler from Kessport in May." }]);
    expect(storyClause(plain, () => "en", new Set())).toBe(plain);
    const short = group([{ article: "a", text: "The council reported that it was so." }]);
    expect(storyClause(short, () => "en", new Set())).toBe(short);
    // Someone's account with no debunk word beside it is the claim as the article gives it, not a story it debunks.
    const account = group([{ article: "a", text: "The Kessport Courier reported that the mayor of Dunmore had married a smuggler from Kessport." }]);
    expect(storyClause(account, () => "en", new Set())).toBe(account);
  });
});

const article = (outlet: string, date: string, title: string, body: string) => `---\noutlet: ${outlet}\npublished: ${date}\nlanguage: en\ntitle: ${title}\n---\n${body}\n`;

describe("the story's claim in a case of debunks", () => {
  it("is the clause the debunks tell as a rumour, reported false by each, not their debunk sentence asserted true", async () => {
    const root = await makeCase({
      "a.txt": article("Dunmore Herald", "2026-04-03", "What we know about the mayor", "Chain messages shared on Saturday repeated the rumour that Ilse Varga, the mayor of Dunmore, had married a smuggler from Kessport: none of it is true. Varga has never been married, the town hall said on Sunday."),
      "b.txt": article("Kessport Daily", "2026-04-04", "The mayor and the smuggler", "Thousands of posts spread the rumour that Ilse Varga, the mayor of Dunmore, had married a smuggler from Kessport: none of it is true. The town hall said Varga has never been married."),
      "c.txt": article("Valley Checks", "2026-04-05", "Was the Dunmore mayor married to a smuggler?", "Messages on social networks repeated the rumour that Ilse Varga, the mayor of Dunmore, had married a smuggler from Kessport: none of it is true. Varga has never been married, the town hall said."),
    });
    const { graph } = await analyseCaseFolder(root);
    const claims = graph.filterNodes((_, a) => a.kind === "claim" && (a as { main?: boolean }).main === true);
    const texts = claims.map((k) => (graph.getNodeAttributes(k) as { text: string }).text);
    expect(texts).toContain("Ilse Varga, the mayor of Dunmore, had married a smuggler from Kessport");
    expect(texts.some((t) => /none of it is true/.test(t))).toBe(false);
    const story = claims[texts.indexOf("Ilse Varga, the mayor of Dunmore, had married a smuggler from Kessport")]!;
    const stances = graph.filterInEdges(story, () => true).map((e) => (graph.getEdgeAttributes(e) as { stance?: string }).stance);
    expect(stances).toEqual(["false", "false", "false"]);
  });
});
