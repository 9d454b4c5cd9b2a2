// Block quotations (a paragraph without marks after "X said:") and speakers named before a short aside, on small invented texts.
import { describe, expect, it } from "vitest";
import type { CleanArticle } from "../../src/clean/types.ts";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { paragraphSpans } from "./helpers.ts";
import { readArticle } from "../../src/extract/read.ts";
import { findQuotes } from "../../src/extract/quotes.ts";

const registry = createOutletRegistry([]);

function article(body: string, language = "en"): CleanArticle {
  return { meta: { id: "t", file: "t.md", format: "markdown", outlet: "Quillon Gazette", language }, text: body, body, paragraphs: paragraphSpans(body), kept: [], removed: [], creditLines: [] };
}

const saidVerb = (leadIn: string) => /\b(?:said|added)\b/u.test(leadIn);

describe("block quotations", () => {
  it("reads a paragraph without marks after a lead-in with a speech verb and a colon as a quotation", () => {
    const body = "The harbour master spoke on Monday. Anna Berg, the harbour master, said:\n\nThe pumps stay on the north bank until the floods are over.\n\nThe council meets on Friday.";
    const qs = findQuotes(body, paragraphSpans(body), saidVerb);
    expect(qs.map((q) => body.slice(q.parts[0]!.start, q.parts[0]!.end))).toEqual(["The pumps stay on the north bank until the floods are over."]);
    expect(body.slice(qs[0]!.leadIn!.start, qs[0]!.leadIn!.end)).toBe("Anna Berg, the harbour master, said:");
  });

  it.each([
    ["a lead-in without a speech verb (a list, a heading)", "Here is what we know so far:\n\nThe pumps stay on the north bank until the floods are over."],
    ["no colon", "Anna Berg, the harbour master, said on Monday.\n\nThe pumps stay on the north bank until the floods are over."],
    ["without the lead-in reader", null],
  ])("reads none after %s", (_name, text) => {
    const body = text ?? "Anna Berg said:\n\nThe pumps stay on the north bank.";
    expect(findQuotes(body, paragraphSpans(body), text === null ? undefined : saidVerb)).toEqual([]);
  });

  it("gives a block quotation the speaker its lead-in names", () => {
    const r = readArticle(article("The harbour master spoke on Monday. Anna Berg, the harbour master, said:\n\nThe pumps stay on the north bank until the floods are over.\n\nThe council meets on Friday."), registry);
    const berg = r.sources.find((s) => s.name === "Anna Berg");
    expect(r.quotations).toHaveLength(1);
    expect(r.quotations[0]!.speaker).toBe(berg?.key);
  });
});

describe("a short aside between the speaker and the verb", () => {
  it("steps over it to the speaker and their role", () => {
    const r = readArticle(article("“The pumps stay where they are.” Anna Berg, the harbour master, in a statement on Monday, said the floods would last."), registry);
    const berg = r.sources.find((s) => s.name === "Anna Berg");
    expect(berg?.role).toBe("harbour master");
  });
});

describe("embedded social posts", () => {
  const sources = (body: string) => readArticle(article(body), registry);

  it("reads a paragraph signed on the next line '— Name (@handle) date' as the poster's words", () => {
    const body = "The mayor denied the rumour on Tuesday.\n\nThe ferry terminal is not closing. Anyone who says otherwise is spreading nonsense.\n\n— Ines Calder (@InesCalderPV) March 3, 2026\n\nThe port authority had no comment.";
    const reading = sources(body);
    const post = reading.quotations.find((q) => q.span.text.startsWith("The ferry terminal"));
    expect(post?.speaker).toBeDefined();
    expect(reading.sources.find((s) => s.key === post?.speaker)?.name).toBe("Ines Calder");
  });

  it("gives a post signed by a body to that body, and makes nothing of a dash line without a handle", () => {
    const council = sources("Roads close on Friday.\n\nAll harbour roads will close from six in the morning for the regatta.\n\n— Portvale Harbour Council (@PortvaleCouncil) May 2, 2026");
    expect(council.sources.map((s) => s.name)).toContain("Portvale Harbour Council");
    const byline = sources("Roads close on Friday.\n\nAll harbour roads will close from six in the morning for the regatta.\n\n— Reporting by Ines Calder");
    expect(byline.sources.map((s) => s.name)).not.toContain("Ines Calder");
  });
});

/** The name of whoever the article makes speak the quotation about the pumps. */
function speakerName(body: string): string | undefined {
  const r = readArticle(article(body), registry);
  const q = r.quotations.find((x) => x.span.text.includes("pumps"));
  return r.sources.find((s) => s.key === q?.speaker)?.name;
}

describe("a quotation in marks after a lead-in ending in a colon", () => {
  it.each([
    ["a named speaker", "The flood reached the quay on Sunday. Anna Berg, the harbour master, said on Monday:\n\n“The pumps stay on the north bank until the floods are over.”"],
    ["a statement issued", "The flood reached the quay on Sunday. Harbour master Anna Berg issued a statement on Monday:\n\n“The pumps stay on the north bank until the floods are over.”"],
  ])("is the words of the speaker it names (%s)", (_name, body) => expect(speakerName(body)).toBe("Anna Berg"));

  it("stays a quotation without a speaker when the lead-in names none", () => {
    const r = readArticle(article("Here is the notice the harbour posted:\n\n“The pumps stay on the north bank until the floods are over.”"), registry);
    expect(r.quotations.map((q) => [q.kind, q.speaker])).toEqual([["quotation", undefined]]);
  });
});

describe("a definite role as the speaker", () => {
  it.each([
    ["a role before the name", "Harbour master Anna Berg visited the quay on Sunday. The harbour master said on Monday: “The pumps stay on the north bank until the floods are over.”"],
    ["a role in apposition", "The mayor, Anna Berg, visited the quay on Sunday. “The pumps stay on the north bank until the floods are over,” the mayor said."],
  ])("is the person the article gave that role (%s)", (_name, body) => expect(speakerName(body)).toBe("Anna Berg"));

  it("is nobody when no one was given that role", () => {
    expect(speakerName("Mayor Anna Berg visited the quay on Sunday. The minister said on Monday: “The pumps stay on the north bank until the floods are over.”")).toBeUndefined();
  });
});
