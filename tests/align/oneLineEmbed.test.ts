// A post a page embeds, its words and its signature left on one line ("… pic.twitter.com/… — Name (@handle) date"), is
// the poster's statement, as a post signed on the next line is; a later report that quotes the post in straight marks,
// the post's own straight marks nested inside ("We "warn" only …"), prints the same statement. Neither took the other's
// reporting text: the two print one quotation alike, and no copy is drawn. Invented texts.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

const POST_WORDS = `We only "warn" through our official channels and never through absurd chain messages on your phone. Do not forward messages of unknown origin`;

const EMBEDDING = [
  "The Marrow Bay police have denied a message spreading on phones this week, which warns of a gang that drugs passers-by with a scented hand gel before robbing them.",
  "The message, signed with a forged police crest, tells readers to refuse any sample offered in the street. Officers said no such gang has been reported anywhere in the region.",
  `${POST_WORDS} #StayCalm pic.twitter.com/Qm41Lx — Marrow Bay Police (@marrowbaypolice) February 9, 2026`,
  "The force said it had received dozens of calls from worried residents since Monday.",
].join("\n\n");

const QUOTING = [
  "A hoax that first went round two years ago is back on messaging apps, again borrowing the name of the Marrow Bay police and the story of a gang with a drugged hand gel.",
  `Back then the force answered on its official account: "We only "warn" through our official channels and never through absurd chain messages on your phone. Do not forward messages of unknown origin", it wrote.`,
  "The new version adds a made-up charity's name and asks readers to pass it on to everyone they know.",
].join("\n\n");

describe("a post embedded on one line", () => {
  it("is the statement a later report quotes in nested straight marks, not text it copied", async () => {
    const { graph } = await analyseCaseFolder(
      await makeCase({
        "tide.txt": frontMatterArticle("en", "Tide Gazette", "2026-02-10", "Police deny gel gang message", EMBEDDING),
        "shore.txt": frontMatterArticle("en", "Shore Post", "2028-03-01", "Gel gang hoax is back", QUOTING),
      }),
    );
    const kinds = (kind: string) => graph.filterEdges((_, a) => a.kind === kind).map((e) => `${graph.source(e)} -> ${graph.target(e)}`);
    expect(kinds("copies")).toEqual([]);
    expect(kinds("quotes_same")).toEqual(["shore -> tide"]);
  });
});
