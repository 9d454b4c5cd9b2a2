/** Shared setup of the extraction tests: articles written for a test as plain text, paragraphs apart by a blank line. */
import type { CleanArticle } from "../../src/clean/types.ts";
import type { PublishedDate } from "../../src/core/dates.ts";
import { createOutletRegistry, type OutletRegistry } from "../../src/core/outlets.ts";
import type { Span } from "../../src/core/spans.ts";
import { readArticle } from "../../src/extract/read.ts";
import type { ArticleReading } from "../../src/extract/types.ts";

/** The paragraph spans of a body whose paragraphs are separated by exactly one blank line ("\n\n"), as the cleaner hands them on. */
export function paragraphSpans(body: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (const p of body.split("\n\n")) {
    out.push({ start, end: start + p.length });
    start += p.length + 2;
  }
  return out;
}

/** A test article "t" of one body as the cleaner hands it on: the whole text kept, no credit lines. */
export function textArticle(body: string, meta: { outlet: string; language?: string }): CleanArticle {
  return caseArticle("t", body, meta);
}

/** A test article of a case as the cleaner hands it on; a date written "2025-03-01" is that day, a PublishedDate as given. */
export function caseArticle(id: string, body: string, meta: { outlet: string; language?: string; published?: string | PublishedDate }): CleanArticle {
  const { published, ...rest } = meta;
  const date = typeof published === "string" ? { iso: published, precision: "day" as const, estimated: false } : published;
  return { meta: { id, file: `${id}.md`, format: "markdown", ...rest, ...(date ? { published: date } : {}) }, text: body, body, paragraphs: paragraphSpans(body), kept: [], removed: [], creditLines: [] };
}

/** The reading of a test article of one body (textArticle) against a registry of outlets. */
export function readText(body: string, registry: OutletRegistry, meta: { outlet: string; language?: string }): ArticleReading {
  return readArticle(textArticle(body, meta), registry);
}

/** The name of who speaks the reading's first quotation (not a scare quote or a title), if anyone. */
export function quotedSpeaker(reading: ArticleReading): string | undefined {
  const q = reading.quotations.find((x) => x.kind === "quotation");
  return reading.sources.find((s) => s.key === q?.speaker)?.name;
}

const NO_OUTLETS = createOutletRegistry([]);

/** The reading of a test article of one body in `language`, against a registry that knows no outlet: what the text alone says. */
export function readPlain(body: string, language: string, outlet = "Test Daily"): ArticleReading {
  return readText(body, NO_OUTLETS, { outlet, language });
}

/** A reading's sources as "type:name" (e.g. "anonymous:a senior official"), in the order read. */
export function sourceLabels(reading: ArticleReading): string[] {
  return reading.sources.map((s) => `${s.type}:${s.name}`);
}
