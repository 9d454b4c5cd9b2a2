/** Shared setup of the claim-grouping tests: small invented articles read by the reading stage's sentence tagger. */
import type { StatementSource } from "../../src/analyse/claims.ts";
import { analyseSentences } from "../../src/extract/sentences.ts";

/** An article of a small invented story, one sentence a paragraph, read by the reading stage's sentence tagger. */
export function source(article: string, day: number, sentences: string[], nonPlaces: string[] = [], extra: { title?: string; language?: string } = {}): StatementSource {
  const body = sentences.join("\n");
  let offset = 0;
  const paragraphs = sentences.map((text) => {
    const span = { start: offset, end: offset + text.length };
    offset += text.length + 1;
    return span;
  });
  const tagged = analyseSentences(body, paragraphs, extra.language ?? "en");
  return {
    article,
    ...extra,
    outlet: article.split("-")[0] as string,
    published: { iso: `2022-04-${String(day).padStart(2, "0")}`, precision: "day", estimated: false },
    sentences: tagged.sentences,
    verbs: tagged.verbs,
    people: tagged.people,
    nonPlaces,
  };
}
