/**
 * unsupported_attribution of a credit whose name fell out of the text (most often a link whose words were dropped in
 * copying): "…, reports.", ". was barely two weeks old", "most articles on are satire". A reader cannot tell who is
 * credited, so the statement rests on no one the reader can check. Cues are data, per language, each with a test.
 */
import type { Evidence, Finding } from "../../graph/types.ts";
import type { FindingInputs } from "./inputs.ts";
import { articleName, listWords, quoteSnippet } from "./wording.ts";

/** Where a name is missing, per language: a credit verb with no one before it, a sentence with no subject, a preposition with no object. */
export const EMPTY_CREDIT_CUES: Readonly<Record<string, readonly { id: string; pattern: RegExp }[]>> = {
  en: [
    // "…despite it being false, reports." — the credit's subject is gone.
    { id: "en.credit_without_name", pattern: /,\s+(?:reports|reported|writes|wrote|notes|noted|says|said)\s*[.!?]\s*$/u },
    // "… of the election. was barely two weeks old" — a sentence that opens on its verb.
    { id: "en.sentence_without_subject", pattern: /^(?:was|were|is|are|has|had|reported|said|says|wrote|writes)\s+\p{Ll}/u },
    // "Most articles on are satire" — a preposition whose object is gone.
    { id: "en.preposition_without_object", pattern: /\b(?:on|at|by|from)\s+(?:are|is|was|were)\s+\p{Ll}/u },
    // "according to ." — nothing after the credit.
    { id: "en.according_to_nothing", pattern: /\baccording\s+to\s*[,.;]/u },
  ],
};

/** One finding for every credit of the case whose name is missing, with the sentences that show it. */
export function emptyCredits(inputs: FindingInputs): Finding[] {
  const { graph } = inputs;
  const evidence: Evidence[] = [];
  for (const r of inputs.readings.values()) {
    if (!graph.hasNode(r.article)) continue;
    const cues = EMPTY_CREDIT_CUES[r.language] ?? [];
    for (const s of r.sentences) if (s.start >= 0 && cues.some((c) => c.pattern.test(s.text.trim()))) evidence.push({ article: r.article, start: s.start, end: s.end, text: s.text });
  }
  const articles = [...new Set(evidence.map((e) => e.article))];
  if (articles.length === 0) return [];
  return [
    {
      id: "unsupported_attribution:empty-credit",
      type: "unsupported_attribution",
      articles,
      explanation:
        `${listWords(articles.map((a) => articleName(graph, a)))} credit${articles.length === 1 ? "s" : ""} someone whose name is missing from the text: ` +
        `${evidence.slice(0, 3).map((e) => `"${quoteSnippet(e.text, 14)}"`).join("; ")}. Most likely a link whose words were dropped in copying; a reader cannot tell who is credited.`,
      evidence: evidence.slice(0, 6),
      edges: [],
    },
  ];
}
