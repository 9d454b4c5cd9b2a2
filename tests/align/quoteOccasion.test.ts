// A post and a speech of one person on one topic are two utterances, not one quotation altered: where both texts say
// the medium (a post on X, words told reporters, a press conference), quotations of different media are never read
// as `alters_quote`. Where only one says it, or the words are printed alike, the reading stays. Invented texts.
import { describe, expect, it } from "vitest";
import { mediaNamed } from "../../src/align/quoteOccasion.ts";
import { framesFor, LANGUAGES } from "../../src/extract/frames/index.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

const POST = 'Mayor Ines Calder answered the rumours about her health this week.\n\nIn a post on X on Monday, Mayor Ines Calder wrote: "Many people hoped I was gone for good, but the Harlow bridge will reopen in May."\n';
const SPOKEN = "Many people hoped that I had died in hospital, but the Harlow bridge will reopen in May.";

async function quoteRelations(later: string): Promise<string[]> {
  const root = await makeCase({
    "a.txt": frontMatterArticle("en", "Harlow Gazette", "2026-03-02", "Mayor back", POST),
    "b.txt": frontMatterArticle("en", "Tessby Courier", "2026-03-04", "Mayor speaks", later),
  });
  const { graph } = await analyseCaseFolder(root);
  const findings = graph.getAttribute("findings").filter((f) => f.type === "altered_quote").map((f) => f.type);
  return [...graph.mapEdges((_, a) => a.kind as string).filter((k) => k === "alters_quote" || k === "quotes_same"), ...findings];
}

describe("quotations given in different media", () => {
  it("reads no altered quotation between a post and words told reporters", async () => {
    expect(await quoteRelations(`Mayor Ines Calder returned to the council on Tuesday.\n\nMayor Ines Calder told reporters at the town hall: "${SPOKEN}"\n`)).toEqual([]);
  });

  it("reads the medium in the sentence before a bare tag", async () => {
    expect(await quoteRelations(`Mayor Ines Calder returned to the council on Tuesday.\n\nThe mayor spoke at a press conference in the town hall. She said: "${SPOKEN}"\n`)).toEqual([]);
  });

  it("still reads an altered quotation where the later text gives no medium (control)", async () => {
    expect(await quoteRelations(`Mayor Ines Calder returned to the council on Tuesday.\n\nMayor Ines Calder said: "${SPOKEN}"\n`)).toEqual(["alters_quote", "altered_quote"]);
  });

  it("still reads the same words as one quotation whatever the media (control)", async () => {
    expect(await quoteRelations('Mayor Ines Calder returned to the council on Tuesday.\n\nMayor Ines Calder told reporters at the town hall: "Many people hoped I was gone for good, but the Harlow bridge will reopen in May."\n')).toEqual(["quotes_same"]);
  });

  it("names media in several languages, each by its own frames, and none in a plain tag", () => {
    expect([...mediaNamed("a écrit la maire dans un tweet", framesFor("fr"))]).toEqual(["post"]);
    expect([...mediaNamed("sagte sie auf einer Pressekonferenz", framesFor("de"))]).toEqual(["spoken"]);
    expect([...mediaNamed("dijo en un comunicado", framesFor("es"))]).toEqual([]);
    expect([...mediaNamed("in a statement posted on Facebook", framesFor("en"))]).toEqual(["post"]);
    expect([...mediaNamed("the mayor said on Monday", framesFor("en"))]).toEqual([]);
    // A language's words are read in that language's texts: "opslag" is a Danish post, an English text's word is not.
    expect([...mediaNamed("skrev borgmesteren i et opslag", framesFor("da"))]).toEqual(["post"]);
    expect([...mediaNamed("skrev borgmesteren i et opslag", framesFor("en"))]).toEqual([]);
  });

  it("gives every language's medium words as frames data, none a word of both media", () => {
    for (const frames of LANGUAGES) {
      const { post = [], spoken = [] } = frames.occasionMedia ?? {};
      for (const word of [...post, ...spoken]) expect(() => new RegExp(word, "iu"), `${frames.language}: ${word}`).not.toThrow();
      expect(post.filter((w) => spoken.includes(w)), frames.language).toEqual([]);
    }
  });
});
