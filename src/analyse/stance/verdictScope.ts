/**
 * What a bare verdict is a verdict on. A fact check rates the claim it checks, not the facts it gives to correct it:
 * "Rating: FALSE. Posts claim the singer died in a crash. This is false. Her spokesman posted that she is at home." calls
 * the crash false, not the spokesman's post. A verdict that tells no story of its own ("This is false.", "Das ist
 * falsch.", "Calificación: FALSO", "Our verdict: Misleading") is about the story told just before it, or, standing at the
 * head of the article, about the story its lead tells; a claim the check states only after that story, in words that do
 * not speak of it, is one of the check's own findings, out of the verdict's reach. Told by the verdict's length, not by
 * its words, so it reads alike in every language; a verdict that tells a story ("It is false that the singer died") is
 * about that story and is left to stance.ts.
 */
import type { TextSpan } from "../../core/spans.ts";

/** How a bare verdict stands: a label rating the whole check, or a sentence answering what was just said. */
export type BareVerdict = "label" | "sentence";

/** Words besides its cues a bare verdict may have: a subject and a verb ("This is", "Das ist", "Our verdict"). */
const BARE_WORDS = 2;
/** The same in letters, for languages written without spaces ("这是" before "假的"). */
const BARE_LETTERS = 4;

/**
 * A verdict that tells no story of its own: a debunk cue (`cues`, offsets into the text) and at most a subject and verb
 * besides. A "label" names what it is before a colon ("Rating: FALSE", "Calificación: FALSO") and rates the whole check;
 * a "sentence" ("This is false.", "Das ist falsch.", "¿Verdadero o falso?") answers what was just said.
 */
export function bareVerdict(text: string, cues: readonly { start: number; end: number }[], wordBoundaries: boolean): BareVerdict | undefined {
  if (cues.length === 0) return undefined;
  const sorted = [...cues].sort((a, b) => a.start - b.start);
  let rest = "";
  let at = 0;
  for (const c of sorted) {
    rest += ` ${text.slice(at, Math.max(at, c.start))} `;
    at = Math.max(at, c.end);
  }
  rest += text.slice(at);
  const bare = wordBoundaries
    ? rest.split(/[^\p{L}\p{N}'’-]+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length <= BARE_WORDS
    : rest.replace(/[^\p{L}\p{N}]/gu, "").length <= BARE_LETTERS;
  if (!bare) return undefined;
  return /[:：]/u.test(text.slice(0, (sorted[0] as { start: number }).start)) ? "label" : "sentence";
}

/**
 * The sentences a verdict is about, by index. A bare verdict sentence at k after a sentence that tells a story is about
 * that sentence; a label, the headline's (k = -1) or one heading the lead, is about the stories of the lead's `lead`
 * sentences. Undefined when the verdict is not bare: it is about what it says itself.
 */
export function verdictTargets(k: number, bare: (j: number) => BareVerdict | undefined, lead: number): number[] | undefined {
  const kind = bare(k);
  if (kind === undefined) return undefined;
  if (kind === "sentence" && k > 0 && bare(k - 1) === undefined) return [k - 1];
  const stories: number[] = [];
  for (let j = 0; j < lead; j++) if (bare(j) === undefined) stories.push(j);
  return stories;
}

/**
 * Whether a verdict about the `targets` sentences reaches a claim: a statement of it is one of them or speaks of one
 * (`speaksOf`), or stands before them (the headline's; one earlier in the lead, which the verdict may still be about).
 * Only a statement after what the verdict is about, in other words, is out of its reach. A verdict about no story (a
 * lead of labels only) reaches every claim, as before.
 */
export function verdictReaches(
  targets: readonly number[],
  sentences: readonly TextSpan[],
  statements: readonly TextSpan[],
  speaksOf: (text: string, statements: readonly TextSpan[]) => boolean,
): boolean {
  if (targets.length === 0) return true;
  const first = (sentences[targets[0] as number] as TextSpan).start;
  return statements.some((s) => s.start < first || targets.some((t) => {
    const x = sentences[t] as TextSpan;
    return (x.start <= s.start && s.start < x.end) || speaksOf(x.text, [s]);
  }));
}
