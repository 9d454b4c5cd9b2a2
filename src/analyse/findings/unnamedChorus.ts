/**
 * circular_reporting by an unnamed chorus: a story that vouches for itself with "news outlets around the world are
 * reporting" and names no outlet. Where the sentence travels with the story (articles that took the text from one
 * another carry it), the only reports it can point to are the story and its copies: the confirmation is circular.
 * Cues are data, per language, each with a test.
 */
import { remember, rememberFor, textKey } from "../../core/memo.ts";
import type { TextSpan } from "../../core/spans.ts";
import type { Evidence, Finding } from "../../graph/types.ts";
import { edgeKeys, type FindingInputs } from "./inputs.ts";
import { articleName, listWords, quoteSnippet } from "./wording.ts";
import { contains } from "../../core/spans.ts";

/** Sentences that give unnamed outlets as confirmation, per language. */
export const UNNAMED_CHORUS_CUES: Readonly<Record<string, readonly RegExp[]>> = {
  en: [/\b(?:news|media)\s+(?:outlets|organi[sz]ations|sites|reports)\b(?:\s+[\p{L}’'-]+){0,4}?\s+(?:are|were|have|had|has)?\s*(?:been\s+)?(?:reporting|reported|circulated|circulating|confirm(?:ed|ing)?)\b/iu],
};

/**
 * Per language, a test every cue's match passes (each English cue spells "news" or "media", read with the same
 * flags): a sentence failing it is no cue, and most sentences are passed by it instead of by the cues' slower expressions.
 */
const CHORUS_WORDS: Readonly<Record<string, RegExp>> = { en: /news|media/iu };

/**
 * The sentences of a list that give unnamed outlets as confirmation. Whether a sentence does depends on its words and
 * language alone: kept between runs of a case (core/memo.ts) by the list (a reading's sentences are the same array on
 * each run) and, for a list met anew, by each sentence's text.
 */
function chorusSentences(sentences: readonly TextSpan[], language: string): readonly TextSpan[] {
  const cues = UNNAMED_CHORUS_CUES[language] ?? [];
  const words = CHORUS_WORDS[language];
  return rememberFor("chorusSentences", sentences, [language], () =>
    sentences.filter((s) => s.start >= 0 && remember("chorusCue", `${language}\u0000${textKey(s.text)}`, () => (!words || words.test(s.text)) && cues.some((c) => c.test(s.text)))),
  );
}

/** Articles saying it before the chorus reads as the story's own (fewer is one writer's turn of phrase). */
const MIN_ARTICLES = 3;

/** One finding for the unnamed chorus of a case, where the articles that carry it took the story from one another. */
export function unnamedChorus(inputs: FindingInputs): Finding[] {
  const { graph } = inputs;
  const evidence: Evidence[] = [];
  for (const r of inputs.readings.values()) {
    if (!graph.hasNode(r.article)) continue;
    for (const s of chorusSentences(r.sentences, r.language)) {
      // A sentence that names the outlets it means is a citation, not a chorus.
      if (r.attributions.some((at) => contains(s, at.span))) continue;
      if (!evidence.some((e) => e.article === r.article)) evidence.push({ article: r.article, start: s.start, end: s.end, text: s.text });
    }
  }
  const articles = evidence.map((e) => e.article);
  const inChorus = new Set(articles);
  const taken = inputs.relations.filter((r) => (r.kind === "copies" || r.kind === "quotes_same" || r.kind === "alters_quote") && inChorus.has(r.from) && inChorus.has(r.to));
  if (articles.length < MIN_ARTICLES || taken.length === 0) return [];
  return [
    {
      id: "circular_reporting:unnamed-outlets",
      type: "circular_reporting",
      articles,
      explanation:
        `${listWords(articles.slice(0, 5).map((a) => articleName(graph, a)))}${articles.length > 5 ? ` and ${articles.length - 5} more` : ""} say that unnamed outlets are reporting the story ("${quoteSnippet(evidence[0]!.text, 14)}") and name none. ` +
        "The sentence travels with the story from copy to copy: the reports it points to are the story itself, so the confirmation is circular.",
      evidence: evidence.slice(0, 6),
      edges: taken.flatMap((r) => edgeKeys(graph, r.kind, r.from, r.to)),
    },
  ];
}
