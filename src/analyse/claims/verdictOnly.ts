/**
 * A verdict that only points back: "None of these events were true, the police said", "The emails are false", "Tieto
 * správy sú nepravdivé" (these reports are false). Its clause holds a debunk word and what it points back with (a
 * determiner or demonstrative, a generic noun, a verb) and no name or figure: it judges the story told before it and
 * tells nothing a reader could check on its own. Every debunk of a story prints such a line, often in the same words
 * (a spokesman's verdict they all quote), so it was grouped and drawn as a claim of its own, which the debunks then
 * "presented as true". It is a stance: stance.ts reads it beside the statement it follows (near, lead and headline
 * cues) and reports that claim false; here it links to no other statement and so makes no claim.
 *
 * Told by the verdict clause's length and the absence of names and figures, so it reads alike in every spaced
 * language with debunk words. Not a verb of denial ("The club denied the report": an event with an agent, a claim of
 * its own, `denial` in isDenialClaim) nor a sentence whose other clauses negate or give a figure ("The reports are
 * false, the mayor was never arrested": the negation restates the claim, stance.ts negates_restated).
 */
import { type CueHit, debunkCues, isDenial, negationCues } from "../stance.ts";
import { stanceWordsFor } from "../stance/index.ts";

/** Most words besides its debunk cue the verdict's clause may hold: a determiner, the noun it points back with and a verb ("These reports are", "emailet janë"). */
const SUBJECT_WORDS = 3;
/** Most words the rest of the sentence may hold: who gave the verdict and a short reason ("A police spokesman, X, said", "we checked the cameras"). */
const REST_WORDS = 10;

/** What ends a clause inside a sentence: a comma, colon, semicolon, dash, bracket or quotation mark. */
const CLAUSE_END = /[,;:()“”"«»„]|\s[-–—]\s|[–—]/gu;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** The words of a text outside the given spans (offsets into it). */
function wordsOutside(text: string, spans: readonly { start: number; end: number }[], from: number): { word: string; at: number }[] {
  const out: { word: string; at: number }[] = [];
  for (const m of text.matchAll(WORD)) {
    const at = from + m.index;
    const end = at + m[0].length;
    if (!spans.some((s) => s.start < end && at < s.end)) out.push({ word: m[0], at });
  }
  return out;
}

/**
 * Whether a sentence (or headline) is only a verdict on what was told before it: one of its clauses holds a debunk cue
 * (not a verb of denial) and at most SUBJECT_WORDS other words, none a name (`names`, the sentence's names as claim
 * grouping reads them, or a capitalised word inside the sentence) or a figure; the rest of the sentence is short, with
 * no figure and no negation. Spaced scripts only: elsewhere a clause's words cannot be counted. `found`: the text's
 * debunk cues, where the caller has them. Pure.
 */
export function verdictOnly(text: string, language: string, names: readonly string[] = [], found: readonly CueHit[] = debunkCues(text, language)): boolean {
  if (!(stanceWordsFor(language)?.wordBoundaries ?? true)) return false;
  if (/\p{N}/u.test(text)) return false;
  const cues = found.filter((c) => !isDenial(c, language));
  if (cues.length === 0) return false;
  // Clause bounds: offsets between clause ends.
  const bounds: { start: number; end: number }[] = [];
  let at = 0;
  for (const m of text.matchAll(CLAUSE_END)) {
    bounds.push({ start: at, end: m.index });
    at = m.index + m[0].length;
  }
  bounds.push({ start: at, end: text.length });
  const firstWord = text.search(/[\p{L}\p{N}]/u);
  const verdict = bounds.find((b) => {
    const inside = cues.filter((c) => b.start <= c.start && c.end <= b.end);
    if (inside.length === 0) return false;
    const clause = text.slice(b.start, b.end);
    const all = clause.match(WORD) ?? [];
    // A lone word ("No, the mayor has not resigned", "Fake: …") heads what follows; it is not a clause of its own.
    if (all.length < 2) return false;
    const besides = wordsOutside(clause, inside.map((c) => ({ start: c.start - b.start, end: c.end - b.start })), b.start);
    if (besides.length > SUBJECT_WORDS) return false;
    if (besides.some((w) => w.at !== firstWord && /^\p{Lu}/u.test(w.word))) return false;
    return !names.some((n) => n.length > 0 && clause.includes(n));
  });
  if (!verdict) return false;
  const rest = `${text.slice(0, verdict.start)} ${text.slice(verdict.end)}`;
  if ((rest.match(WORD) ?? []).length > REST_WORDS) return false;
  return negationCues(rest, language).length === 0;
}
