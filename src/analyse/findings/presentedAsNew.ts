/**
 * Whether a later printing of a quotation presents it as new: the ground a recycled_quote finding rests on. Words
 * printed again are recycled only where the later article gives them as part of its own story. Not where a fact-check
 * quotes them to answer them ("the fake story even contained a hoax quote"), nor where the article dates them to when
 * they were said ("she said on 3 May 2021"): its reader is then told they are the earlier words.
 */
import type { TextSpan } from "../../core/spans.ts";
import type { Evidence } from "../../graph/types.ts";
import { namedDays, writtenDates } from "../../ingest/textDate.ts";
import { rebuttalCues } from "../stance.ts";
import { claimsToState, stanceOf } from "./claimViews.ts";
import { confident, type FindingInputs } from "./inputs.ts";

/** Why a printing is not the quotation presented as new, with the words that say so. */
export type NotPresentedAsNew = { why: "fact_check" } | { why: "answered" | "dated"; words: string };

/** A day far after any case: a date named without its year is read as the last one before it (namedDays). */
const NO_REFERENCE = new Date(Date.UTC(2100, 0, 1));

/**
 * The case's fact-checks: articles that report one of the story's claims false on words about it (the headline, beside
 * a statement of it; not a cue somewhere in the lead), and not as a joke made as one (satire passed on tells the joke).
 */
export function factChecks(inputs: FindingInputs): Set<string> {
  const out = new Set<string>();
  for (const claim of claimsToState(inputs.claims))
    for (const a of claim.articles) {
      const s = stanceOf(claim, a);
      if (s?.stance === "false" && confident(s.confidence) && s.satire !== true && s.rule !== "stance.lead_cue" && s.rule !== "stance.declared_satire") out.add(a);
    }
  return out;
}

/**
 * Why `printing` (words of a quotation in its article) is not the quotation presented as new, or undefined where it is:
 * its article is a fact-check; a debunk word that answers the story (rebuttalCues) stands in the printing's sentence or
 * one either side (as stance reads beside a statement); or the sentence that gives the words, or the line that opens
 * them with a colon, names the day or the month and year they were said. The quoted words themselves are the
 * speaker's, never the article's verdict or date: they are left out of what is read.
 */
export function notPresentedAsNew(inputs: FindingInputs, checks: ReadonlySet<string>, printing: Evidence): NotPresentedAsNew | undefined {
  if (checks.has(printing.article)) return { why: "fact_check" };
  const reading = inputs.readings.get(printing.article);
  const node = inputs.graph.hasNode(printing.article) ? inputs.graph.getNodeAttributes(printing.article) : undefined;
  if (!reading || node?.kind !== "article" || printing.start < 0) return undefined;
  const body = node.body;
  const quoted: { start: number; end: number }[] = [printing, ...reading.quotations.filter((q) => q.span.start >= 0 && q.span.start < printing.end && printing.start < q.span.end).map((q) => q.span)];
  const quoteEnd = Math.max(...quoted.map((q) => q.end));
  const sentences = reading.sentences;
  const first = sentences.findIndex((s) => s.end > printing.start);
  if (first < 0) return undefined;
  let last = first;
  while (last + 1 < sentences.length && sentences[last + 1]!.start < quoteEnd) last++;
  // The text between `from` and `to` with the quoted words blanked (same length, so offsets hold).
  const outsideQuotes = (from: number, to: number) => {
    let text = body.slice(from, to);
    for (const q of quoted) {
      const [a, b] = [Math.max(q.start, from), Math.min(q.end, to)];
      if (a < b) text = text.slice(0, a - from) + " ".repeat(b - a) + text.slice(b - from);
    }
    return text;
  };
  const language = reading.detectedLanguage ?? reading.language;
  const near = outsideQuotes(sentences[Math.max(0, first - 1)]!.start, sentences[Math.min(sentences.length - 1, last + 1)]!.end);
  const cue = rebuttalCues(near, language)[0];
  if (cue) return { why: "answered", words: cue.text };
  const opener: TextSpan | undefined = sentences[first - 1];
  const tag = outsideQuotes(opener && /:\s*$/u.test(opener.text) ? opener.start : sentences[first]!.start, sentences[last]!.end);
  const date = [...writtenDates(tag, language), ...namedDays(tag, language, NO_REFERENCE)][0];
  if (date) return { why: "dated", words: tag.slice(date.start, date.end) };
  return undefined;
}
