// "Auparavant, la maire de Lormont, Claire Dumas, avait félicité …": the word before the first comma is an opening
// adverb; the role belongs to the name written right after it. Reading the adverb as the person the role describes
// made a named source of it, and a pronoun after a quotation ("a-t-elle réagi") credited the quotation to it.
// Own invented story.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

async function sources(lang: string, body: string): Promise<string[]> {
  const { graph } = await analyseCaseFolder(await makeCase({ "a.txt": frontMatterArticle(lang, "Info Garonne", "2021-04-04", "Un chat sauvé", body) }));
  return graph.filterNodes((_, a) => a.kind === "source").sort();
}

describe("an opening adverb before a role and a name", () => {
  it("credits the named person, not the adverb (French)", async () => {
    const found = await sources("fr", "Un jeune homme a sauvé un chat samedi.\n\nAuparavant, la maire de Lormont, Claire Dumas, avait félicité le jeune homme. \"Un grand merci à Paul Tessier pour son courage\", a-t-elle réagi sur Twitter.\n");
    expect(found).not.toContain("source:auparavant");
    expect(found).toContain("source:claire-dumas");
  });

  it("credits the named person, not the adverb (English)", async () => {
    const found = await sources("en", "A young man saved a cat on Saturday.\n\nEarlier, the mayor of Lormont, Claire Dumas, had praised the young man. \"A big thank you to Paul Tessier for his courage,\" she wrote on Twitter.\n");
    expect(found).not.toContain("source:earlier");
    expect(found).toContain("source:claire-dumas");
  });

  it("still reads a name before its role as that person's", async () => {
    const found = await sources("en", "A young man saved a cat on Saturday.\n\nClaire Dumas, the mayor of Lormont, had praised the young man. \"A big thank you to Paul Tessier for his courage,\" she wrote on Twitter.\n");
    expect(found).toContain("source:claire-dumas");
  });
});
