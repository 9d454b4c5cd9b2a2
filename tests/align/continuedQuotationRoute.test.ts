// A quotation that goes on in a sentence of its own after the one that says how the words came ('"…," the Valley Post
// quoted Anna Berg as saying. "…"') came by the same route: an earlier article that is not the Valley Post is not
// where the later one had either sentence from. Own invented texts.
import { describe, expect, it } from "vitest";
import { alignDocuments } from "../../src/align/align.ts";
import { classifyReuse } from "../../src/align/classify.ts";
import type { CleanArticle } from "../../src/clean/types.ts";
import { FILLER, article, body } from "./fixtures.ts";
import { handReading, type HandReading } from "./readings.ts";

function relations(articles: CleanArticle[], hand: Record<string, HandReading> = {}) {
  const pairs = alignDocuments(articles.map((a) => ({ id: a.meta.id, text: a.body }))).pairs;
  return classifyReuse({ articles, readings: articles.map((a) => handReading(a, hand[a.meta.id])), pairs });
}
const quoteEdges = (rs: ReturnType<typeof relations>) => rs.filter((r) => r.kind !== "copies").map((r) => `${r.kind} ${r.from}->${r.to}`).sort();

const FIRST = "We moved the pumps to the north bank because the old station could not hold the water any longer";
const SECOND = "Nobody in this town will sleep in a flooded house again while I am in charge of the harbour office";
const BERG = [{ name: "Anna Berg", type: "named" as const, names: ["Anna Berg"] }];
const RELAY = "the Valley Post quoted Anna Berg as saying";

function relayed(lead: string): ReturnType<typeof relations> {
  return relations(
    [
      article("early", "River Herald", "2026-05-01", body(FILLER[0]!, `"${FIRST}," Anna Berg told the River Herald. "${SECOND}."`, FILLER[1]!)),
      article("late", "Hill Times", "2026-05-03", body(FILLER[2]!, `"${FIRST}," ${lead}. "${SECOND}."`, FILLER[3]!)),
    ],
    { early: { sources: BERG }, late: { sources: BERG, cites: [{ phrase: RELAY, outlet: "Valley Post", frame: "quoted" }] } },
  );
}

describe("a quotation going on after the sentence that names its relay", () => {
  it("came by that relay, not from an earlier article of another outlet", () => {
    expect(quoteEdges(relayed(RELAY))).toEqual([]);
  });

  it("is drawn to the earlier printing where the later article names no relay", () => {
    expect(quoteEdges(relayed("Anna Berg said on Friday"))).toEqual(["quotes_same late->early"]);
  });
});
