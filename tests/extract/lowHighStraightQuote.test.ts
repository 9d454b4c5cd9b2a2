// A quotation opened with „ and closed with a straight " (web copy of German, Czech, Polish papers) ends at that mark.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { findQuotes } from "../../src/extract/quotes.ts";
import { paragraphSpans, quotedSpeaker, readText } from "./helpers.ts";

const registry = createOutletRegistry([]);
const quoted = (body: string) => findQuotes(body, paragraphSpans(body)).map((q) => q.parts.map((p) => body.slice(p.start, p.end)).join(" "));

describe("„ closed by a straight mark", () => {
  it.each([
    ["de", '„Die Fähre fährt ab Mai wieder stündlich", sagte Anna Berg.', "Die Fähre fährt ab Mai wieder stündlich", "Anna Berg"],
    ["cs", '„Trajekt pojede od května každou hodinu," uvedla Jana Nováková.', "Trajekt pojede od května každou hodinu,", "Jana Nováková"],
    ["pl", '„Prom będzie kursował co godzinę od maja" – powiedziała Anna Kowalska.', "Prom będzie kursował co godzinę od maja", "Anna Kowalska"],
  ])("%s: the quotation ends at the straight mark and keeps its speaker", (language, body, words, speaker) => {
    expect(quoted(body)).toEqual([words]);
    expect(quotedSpeaker(readText(body, registry, { outlet: "Velmarer Bote", language }))).toBe(speaker);
  });

  it("closes at the straight mark even where a curly one follows, which closes the next quotation", () => {
    expect(quoted('„Die Fähre fährt", sagte sie, „ab Mai wieder“.')).toEqual(["Die Fähre fährt", "ab Mai wieder"]);
  });

  it("keeps a straight pair nested inside „…“ (control)", () => {
    expect(quoted('„Sie fragte: "Fährt sie?"“, sagte Anna Berg.')).toEqual(['Sie fragte: "Fährt sie?"']);
  });
});
