/**
 * A speaker who calls a report false and then says what is so tells it as true: the verdict in their own words, in the
 * sentence before, judges the report they answer, not their next words (invented texts and names).
 */
import { describe, expect, it } from "vitest";
import { readStance, type StanceArticle } from "../../src/analyse/stance.ts";
import { sentenceSpans } from "./stanceArticle.ts";

/** An article of sentences laid end to end, with its quotations' speakers and its sources' mentions found by their words. */
function article(sentences: string[], quotes: [string, string][], mentions: [string, string][]): StanceArticle & { spans: { start: number; end: number; text: string }[] } {
  const spans = sentenceSpans(sentences);
  const body = sentences.join(" ");
  const speakers = quotes.map(([quoted, source]) => {
    const start = body.indexOf(quoted);
    return { start, end: start + quoted.length, source, name: source };
  });
  const sources = [...new Set(mentions.map(([, key]) => key))].map((key) => ({
    key,
    mentions: mentions.filter(([, k]) => k === key).map(([words]) => ({ start: body.indexOf(words), end: body.indexOf(words) + words.length })),
  }));
  return { language: "en", sentences: spans, spans, speakers, sources, quoted: speakers.map((q) => ({ ...q, text: body.slice(q.start, q.end) })) };
}

const WEATHER = ["Rain is expected across the valley on Monday.", "The market square will host a book fair.", "Two new bakeries opened in the old town."];
const claim = (a: { spans: { start: number; end: number; text: string }[] }, at: number) => ({ debunk: false, negated: false, statements: [a.spans[at] as never], wording: "The ferry keeps its winter timetable until April" });

describe("a verdict in the words of the one the statement quotes", () => {
  it("does not judge the facts they tell after it in quotation marks", () => {
    const quoted = article(
      [...WEATHER, "Posts shared on Sunday said the Lindholm ferry would stop running in June.", "“The posts saying the ferry drops its winter timetable before April are false,” said Mara Kell, a spokeswoman for the ferry line.", "“The ferry keeps its winter timetable until April,” Kell added."],
      [["“The posts saying the ferry drops its winter timetable before April are false,”", "source:mara-kell"], ["“The ferry keeps its winter timetable until April,”", "source:mara-kell"]],
      [["Mara Kell", "source:mara-kell"], ["Kell added", "source:mara-kell"]],
    );
    expect(readStance(quoted, claim(quoted, 5)).stance).toBe("true");
  });

  it("does not judge the facts they tell after it where the verdict follows their name outside quotation marks", () => {
    const told = article(
      [...WEATHER, "Posts shared on Sunday said the Lindholm ferry would stop running in June.", "The ferry line said the posts saying the ferry drops its winter timetable before April were false.", "“The ferry keeps its winter timetable until April,” the ferry line said."],
      [["“The ferry keeps its winter timetable until April,”", "source:ferry-line"]],
      [["The ferry line", "source:ferry-line"], ["the ferry line said.", "source:ferry-line"]],
    );
    expect(readStance(told, claim(told, 5)).stance).toBe("true");
  });

  it("still judges the words of someone else", () => {
    const other = article(
      [...WEATHER, "Posts shared on Sunday said the Lindholm ferry would stop running in June.", "“The posts saying the ferry drops its winter timetable before April are false,” said Mara Kell, a spokeswoman for the ferry line.", "“The ferry keeps its winter timetable until April,” Ola Berg added."],
      [["“The posts saying the ferry drops its winter timetable before April are false,”", "source:mara-kell"], ["“The ferry keeps its winter timetable until April,”", "source:ola-berg"]],
      [["Mara Kell", "source:mara-kell"], ["Ola Berg", "source:ola-berg"]],
    );
    expect(readStance(other, claim(other, 5)).stance).toBe("false");
    // Their name before the cue with no speech verb between: their words are what the verdict names, not its speaker.
    const named = article(
      [...WEATHER, "Posts shared on Sunday said the Lindholm ferry would stop running in June.", "The ferry line called Tom Brand's posts saying the ferry keeps its winter timetable until April false.", "“The ferry keeps its winter timetable until April,” Brand wrote."],
      [["“The ferry keeps its winter timetable until April,”", "source:tom-brand"]],
      [["Tom Brand", "source:tom-brand"], ["Brand wrote", "source:tom-brand"]],
    );
    expect(readStance(named, claim(named, 5)).stance).toBe("false");
  });

  it("judges the claimant's own words where they admit the falsehood", () => {
    const admitted = article(
      [...WEATHER, "Tom Brand admitted: “My post saying the ferry keeps its winter timetable until April was made up.”", "“The ferry keeps its winter timetable until April,” Brand had written."],
      [["“My post saying the ferry keeps its winter timetable until April was made up.”", "source:tom-brand"], ["“The ferry keeps its winter timetable until April,”", "source:tom-brand"]],
      [["Tom Brand", "source:tom-brand"], ["Brand had written", "source:tom-brand"]],
    );
    expect(readStance(admitted, claim(admitted, 4)).stance).toBe("false");
  });

  it("does not judge the clause of their own that follows it in the same quotation, but judges the clause it opens", () => {
    const own = article(
      [...WEATHER, "Posts shared on Sunday said the Lindholm ferry would stop running in June.", "Mara Kell of the ferry line wrote: “Not true, of course, the ferry keeps its winter timetable until April.”"],
      [["“Not true, of course, the ferry keeps its winter timetable until April.”", "source:mara-kell"]],
      [["Mara Kell", "source:mara-kell"]],
    );
    expect(readStance(own, claim(own, 4)).stance).toBe("true");
    const opened = article(
      [...WEATHER, "Posts shared on Sunday said the Lindholm ferry would stop running in June.", "Mara Kell of the ferry line wrote: “It is not true that the ferry keeps its winter timetable until April.”"],
      [["“It is not true that the ferry keeps its winter timetable until April.”", "source:mara-kell"]],
      [["Mara Kell", "source:mara-kell"]],
    );
    expect(readStance(opened, claim(opened, 4)).stance).toBe("false");
  });
});
