// A text quoted line by line after a lead-in, with a mark only where it opens and where it closes (a forwarded message,
// a short notice printed whole): one quotation over its lines. Each inner line used to be the article's own narrative,
// so a debunk that prints the message stated every line of it as its own claim.
import { describe, expect, it } from "vitest";
import { paragraphSpans } from "./helpers.ts";
import { findQuotes } from "../../src/extract/quotes.ts";

/** Each line its own paragraph, as a page prints a message line by line. */
const lines = (text: string) => text.replace(/\n/g, "\n\n");
const quoted = (body: string) => findQuotes(body, paragraphSpans(body)).map((q) => q.parts.map((p) => body.slice(p.start, p.end)).join(" | "));

describe("a quotation marked only on its first and last line", () => {
  it("is one quotation after a lead-in", () => {
    const body = lines('A forwarded note about the ferry went round the island this week. It reads:\n"Notice to all residents.\nThe ferry stops for ten days from tomorrow.\nThe school is closed too.\nPass this on."\nThe harbour office said the note is false.');
    expect(quoted(body)).toEqual(["Notice to all residents. | The ferry stops for ten days from tomorrow. | The school is closed too. | Pass this on."]);
  });

  it("is not joined where a line between holds a mark of its own, or without a lead-in", () => {
    const marked = lines('The note reads:\n"Notice to all residents.\nThe office said "stay home" today.\nPass this on."\nThe office denied it.');
    expect(quoted(marked).some((q) => q.includes("Notice to all residents. |"))).toBe(false);
    const noLeadIn = lines('The ferry office spoke on Monday.\n"Notice to all residents.\nThe ferry stops for ten days.\nPass this on."\nNothing else changed.');
    expect(quoted(noLeadIn).some((q) => q.includes("|"))).toBe(false);
  });
});
