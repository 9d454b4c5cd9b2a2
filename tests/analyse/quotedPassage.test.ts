/**
 * Stance: a passage an article quotes over several sentences (a message, a statement it reproduces) is someone's text;
 * a claim told only inside it is mentioned, not presented as true (invented texts).
 */
import { describe, expect, it } from "vitest";
import { readStance } from "../../src/analyse/stance.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";
import { sentenceSpans } from "./stanceArticle.ts";

/** An article of consecutive sentences, with quoted words from `quoteFrom` to `quoteTo` (sentence indices, marks excluded). */
function article(sentences: string[], quoteFrom: number, quoteTo: number) {
  const spans = sentenceSpans(sentences);
  const first = spans[quoteFrom] as { start: number; end: number; text: string };
  const last = spans[quoteTo] as { start: number; end: number; text: string };
  const start = first.start + first.text.indexOf("“") + 1;
  const end = last.start + last.text.indexOf("”");
  return { spans, article: { language: "en", sentences: spans, quoted: [{ start, end, text: sentences.join(" ").slice(start, end) }] } };
}

describe("a claim told only inside a passage quoted over several sentences", () => {
  const sentences = [
    "Residents of Dunmore forwarded a message about the new tram line this week.",
    "“The tram will be free for pensioners from May.",
    "Tickets for everyone else will cost five crowns,” says the message.",
    "The transport office will answer questions on Friday.",
    "The bus timetable also changes in June.",
    "A separate post about a closed bridge turned out to be a hoax.",
  ];
  it("is mentioned, in an article that doubts something: the words are the message's", () => {
    const { spans, article: a } = article(sentences, 1, 2);
    const reading = readStance(a, { debunk: false, negated: false, statements: [spans[1] as never] });
    expect([reading.stance, reading.rule]).toEqual(["mentions", "stance.quoted_passage"]);
  });
  it("is presented as true by an article that doubts nothing: it vouches for what it reprints", () => {
    const { spans, article: a } = article(sentences.slice(0, 5), 1, 2);
    expect(readStance(a, { debunk: false, negated: false, statements: [spans[1] as never] }).stance).toBe("true");
  });
  it("a quotation inside one sentence is no passage: a short quote stays what it was", () => {
    const one = ["Residents of Dunmore forwarded a message this week.", "“The tram will be free for pensioners from May,” the mayor said on Monday.", ...sentences.slice(3)];
    const { spans, article: a } = article(one, 1, 1);
    expect(readStance(a, { debunk: false, negated: false, statements: [spans[1] as never] }).stance).toBe("true");
  });
  it("in a case, the article that quotes the message mentions the claim, and those that state it present it", async () => {
    const story = (outlet: string, date: string, body: string) => `---\noutlet: ${outlet}\npublished: ${date}\n---\n${body}\n`;
    const free = "The new tram will be free for all pensioners of Dunmore from the first of May.";
    const root = await makeCase({
      "a.txt": story("Dunmore Courier", "2026-03-02", `Residents of Dunmore forwarded a message about the new tram line this week. “${free} Tickets for everyone else will cost five crowns,” says the message.\n\nThe city transport office will answer questions on Friday. The bus timetable also changes in June.\n\nA separate post about a closed bridge turned out to be a hoax.`),
      "b.txt": story("Valley Herald", "2026-03-03", `${free}\n\nThe new line has twelve stops between the station and the hospital.`),
      "c.txt": story("Lakeside Times", "2026-03-04", `${free.slice(0, -1)}, the city council said.\n\nTickets for everyone else will cost five crowns.`),
    });
    const { graph } = await analyseCaseFolder(root);
    const stances = graph.filterEdges((_e, a) => a.kind === "asserts").map((e) => {
      const attrs = graph.getEdgeAttributes(e);
      return [graph.source(e), attrs.kind === "asserts" ? attrs.stance : undefined];
    });
    expect(Object.fromEntries(stances)).toEqual({ a: "mentions", b: "true", c: "true" });
  });
});
