/**
 * Laundering: a chain of re-reports that drops the satire, the doubt or the original source on the way. Found two
 * ways, each resting on exact words:
 *  - by the case's own relations: an article presents a claim as true that it took (copy, quotation, citation) from an
 *    article that reported it as satire, false or doubtful;
 *  - by what the articles say happened: a sentence that tells of the label being lost ("removed the satire
 *    disclaimer", "had no idea the news was satire", "made no mention of satire", "calls it satirical but fails to do
 *    so in the English version"). Cues are data, per language, each with a test.
 */
import { rememberFor } from "../core/memo.ts";
import type { TextSpan } from "../core/spans.ts";
import type { ArticleReading } from "../extract/types.ts";
import type { Evidence } from "../graph/types.ts";

/** A label that tells a reader not to take a text as news: satire, parody, joke, hoax, a disclaimer. */
const LABEL = String.raw`(?:satir\w*|parod\w*|jok\w*|spoof\w*|hoax\w*|humou?r\w*|disclaim\w*|fake\w*|fiction\w*)`;
/** Up to n words in between. */
const gap = (n: number) => String.raw`(?:[\p{L}\p{N}'’-]+[\s,]+){0,${n}}`;

/** Sentences that tell of a label lost on the way, per language (`en`). */
export const LABEL_LOSS_CUES: Readonly<Record<string, readonly { id: string; pattern: RegExp }[]>> = {
  en: [
    // "removed the satire disclaimer", "stripped the parody label", "cut the joke"
    { id: "en.label_removed", pattern: new RegExp(String.raw`\b(?:remov|dropp|stripp|omitt|delet|lost|los|left out)\w*\s+${gap(3)}${LABEL}`, "iu") },
    // "made no mention of satire", "had no idea that the news was satire", "did not realise it was a joke"
    {
      id: "en.label_unknown",
      pattern: new RegExp(String.raw`\b(?:no|not|n't|never|without)\s+${gap(2)}(?:mention\w*|idea|know\w*|knew|realis\w*|realiz\w*|aware|notic\w*|label\w*|say\w*|said)\s+${gap(5)}${LABEL}`, "iu"),
    },
    // "the French edition says the site is a parody ... but the English one fails to"
    { id: "en.label_in_one_version", pattern: new RegExp(String.raw`${LABEL}\s+${gap(14)}(?:but|yet)\s+(?:fails?|failed|does\s+not|did\s+not|doesn't|didn't|omits?|omitted)\b`, "iu") },
  ],
};

/**
 * Per language, a test every cue's match passes (each English cue spells a LABEL, read with the same flags): a
 * sentence failing it tells of no label lost, and most sentences are passed by it instead of by three long expressions.
 */
const LABEL_WORDS: Readonly<Record<string, RegExp>> = { en: new RegExp(LABEL, "iu") };

/** A sentence of an article that tells of the label lost, with the cue that found it. */
export interface LabelLoss {
  article: string;
  rule: string;
  evidence: Evidence;
}

/** Sentences of each article that tell of a satire, hoax or doubt label being lost. Articles in a language without cues are skipped. */
export function labelLosses(readings: Iterable<ArticleReading>): LabelLoss[] {
  const out: LabelLoss[] = [];
  for (const r of readings) {
    if ((LABEL_LOSS_CUES[r.language] ?? []).length === 0) continue;
    for (const { sentence: s, rule } of cuedSentences(r.sentences, r.language)) out.push({ article: r.article, rule, evidence: { article: r.article, start: s.start, end: s.end, text: s.text } });
  }
  return out;
}

/**
 * The sentences of a list that tell of a label lost, each with its cue. They depend on the sentences and the language
 * alone: kept between runs of a case (core/memo.ts) by the list, a reading's sentences being the same array on each run.
 */
function cuedSentences(sentences: readonly TextSpan[], language: string): readonly { sentence: TextSpan; rule: string }[] {
  return rememberFor("labelLossSentences", sentences, [language], () => {
    const cues = LABEL_LOSS_CUES[language] ?? [];
    const words = LABEL_WORDS[language];
    const found: { sentence: TextSpan; rule: string }[] = [];
    for (const s of sentences) {
      if (words && !words.test(s.text)) continue;
      const cue = cues.find((c) => c.pattern.test(s.text));
      if (cue) found.push({ sentence: s, rule: cue.id });
    }
    return found;
  });
}
