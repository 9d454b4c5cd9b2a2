// Where a later article had a quotation from: never a printing of only part of what it quotes, and, beyond the text it
// copied, only the first printing of the words (one a reprint printed before it is not). Invented texts.
import { describe, expect, it } from "vitest";
import { alignDocuments } from "../../src/align/align.ts";
import { classifyReuse } from "../../src/align/classify.ts";
import type { CleanArticle } from "../../src/clean/types.ts";
import { FILLER, FLOOD, article, body } from "./fixtures.ts";
import { handReading, type HandReading } from "./readings.ts";

function relations(articles: CleanArticle[], hand: Record<string, HandReading> = {}) {
  const pairs = alignDocuments(articles.map((a) => ({ id: a.meta.id, text: a.body }))).pairs;
  return classifyReuse({ articles, readings: articles.map((a) => handReading(a, hand[a.meta.id])), pairs });
}
const summary = (rs: ReturnType<typeof relations>) => rs.map((r) => `${r.kind} ${r.from}->${r.to}`).sort();

const FRAGMENT = "steady hand, sharp wit and her calm, patient manner with every angry voter";
const WHOLE = `With her ${FRAGMENT}, the new mayor is the leader this river town has waited for`;

describe("the printing a quotation is traced to", () => {
  it("is not an earlier printing of only a fragment of the quoted sentence", () => {
    const rs = relations([
      article("fragment", "Valley Post", "2021-03-01", body(FILLER[0]!, `Her supporters praised the mayor's \u201C${FRAGMENT}\u201D at the rally.`)),
      article("whole", "Harbour Herald", "2021-03-04", body(`\u201C${WHOLE},\u201D the Quillon Review wrote.`, FILLER[1]!)),
    ]);
    expect(summary(rs)).toEqual([]);
  });

  it("is an earlier printing of one whole sentence of a statement the later one quotes more sentences of", () => {
    const first = "The bridge will stay closed until the engineers have checked every support";
    const second = "We will not reopen it to heavy lorries before the spring";
    const rs = relations([
      article("one", "Valley Post", "2021-03-01", body(FILLER[0]!, `\u201C${first},\u201D the mayor said.`)),
      article("both", "Harbour Herald", "2021-03-04", body(`\u201C${first}. ${second},\u201D the mayor said.`, FILLER[1]!)),
    ]);
    expect(summary(rs)).toEqual(["quotes_same both->one"]);
  });

  it("is the earlier printing that holds the whole of it (control)", () => {
    const rs = relations([
      article("first", "Valley Post", "2021-03-01", body(FILLER[0]!, `\u201C${WHOLE},\u201D the Quillon Review wrote.`)),
      article("whole", "Harbour Herald", "2021-03-04", body(`\u201C${WHOLE},\u201D the Quillon Review wrote.`, FILLER[1]!)),
    ]);
    expect(summary(rs)).toEqual(["quotes_same whole->first"]);
  });

  it("beyond a copy's source, is not a printing that a reprint of the words predates", () => {
    const QUOTE = "We moved the pumps to the north bank because the old station could not hold the water any longer, and we will keep them there until spring";
    const berg = { sources: [{ name: "Anna Berg", type: "named" as const, names: ["Anna Berg"] }] };
    const rs = relations(
      [
        article("reprint", "Valley Post", "2021-03-01", body(`\u201C${QUOTE},\u201D Anna Berg said.`, FILLER[0]!, "This report first appeared in the Quillon Wire and is printed here with permission.")),
        article("between", "Hill Times", "2021-03-02", body(FILLER[3]!, `\u201C${QUOTE},\u201D Anna Berg said.`)),
        article("source", "Harbour Herald", "2021-03-03", body(FLOOD, `\u201C${QUOTE},\u201D Anna Berg said.`, FILLER[1]!)),
        article("site", "Ridge Courier", "2021-03-04", body(FLOOD, `\u201C${QUOTE},\u201D Anna Berg said.`, FILLER[2]!)),
      ],
      { reprint: { ...berg, syndication: [{ phrase: "first appeared in the Quillon Wire", outlet: "Quillon Wire" }] }, between: berg, source: berg, site: berg },
    );
    expect(summary(rs).filter((r) => r.includes("site->"))).toEqual(["copies site->source", "quotes_same site->source"]);
  });
});
