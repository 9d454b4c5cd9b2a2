/**
 * A statement that gives another figure for what a claim counts does not state the claim. "So far we know of seven
 * dead, and five more are missing" shares the governor, the channel and the verb with "Twelve people have died", and
 * the links (linkPairs.ts) may join the two, as a translation that changed a figure is joined, so that the drift
 * between them is seen; but an article that counts seven dead does not say twelve died, and must not stand as one that
 * presents "twelve" as true, nor as where it first appeared (provenance.ts withStance). Pure.
 */
import { numberMentions } from "../../align/drift.ts";
import { foldWord } from "../../align/tokens.ts";
import { scalesFor } from "../../core/scales.ts";
import type { NumberMention } from "../../align/types.ts";

/** A statement as compared here: its words and their language. */
export interface FigureStatement {
  language: string;
  span: { text: string };
}

/** A statement's figures with what each counts, read once per text and language (a claim compares its representative with each member). */
const mentionsMemo = new Map<string, readonly NumberMention[]>();
const MENTIONS_MEMO_LIMIT = 50_000;

function mentionsOf(s: FigureStatement): readonly NumberMention[] {
  const key = `${s.language}\u0000${s.span.text}`;
  let found = mentionsMemo.get(key);
  if (!found) {
    const text = s.span.text;
    const scales = scalesFor(s.language);
    found = numberMentions(text, { start: 0, end: text.length }, s.language)
      // A time or a written date ("at 9:30", "14.04.2026") counts nothing, nor a figure inside a name ("Kanal 9 Nachrichten").
      .filter((m) => !/\d[:/]\d|\d\.\d+\.\d/u.test(text.slice(Math.max(0, m.span.start - 1), m.span.end + 3)) && !inName(text, m))
      // The language's scale word read as the noun ("50 bin göçmen") multiplies the figure, as terms.ts reads it.
      .map((m) => {
        const scale = m.noun === undefined ? undefined : scales.of(m.noun);
        return scale === undefined ? m : { span: m.span, value: m.value * scale, qualifier: m.qualifier };
      });
    if (mentionsMemo.size >= MENTIONS_MEMO_LIMIT) mentionsMemo.clear();
    mentionsMemo.set(key, found);
  }
  return found;
}

/** Whether a figure stands between two capitalised words, as a channel's or a product's number does ("Kanal 9 Nachrichten"). */
function inName(text: string, m: NumberMention): boolean {
  const digits = /^[^\p{N}]*\p{N}+/u.exec(text.slice(m.span.start, m.span.end));
  if (!digits) return false;
  const before = /(\p{Lu}[\p{L}\p{N}]*)\s+$/u.exec(text.slice(Math.max(0, m.span.start - 30), m.span.start));
  const after = /^\s+\p{Lu}/u.test(text.slice(m.span.start + digits[0].length, m.span.start + digits[0].length + 3));
  return before !== null && after;
}

/** A counted noun as compared: folded, a plural's "s" dropped. */
function nounKey(noun: string): string {
  const w = foldWord(noun);
  return w.length > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.slice(0, -1) : w;
}

/** Whether a text uses a word beginning with the noun's key ("dead" in "are dead", "resident" in "residents"). */
function uses(text: string, key: string): boolean {
  return text.split(/[^\p{L}\p{N}]+/u).some((w) => w !== "" && foldWord(w).startsWith(key));
}

/**
 * Whether two figures may count the same thing: in one language, the same noun, or each sentence speaking of what the
 * other counts ("seven dead, and five more people are missing" and "twelve people are dead" count one thing; "a group
 * of 120 volunteers" and "300 people of the volunteers were cured" two). Across languages the nouns cannot be
 * compared, and the figures are taken to count one thing.
 */
function mayCountSame(x: NumberMention, a: FigureStatement, y: NumberMention, b: FigureStatement): boolean {
  if (a.language !== b.language || (x.noun === undefined && y.noun === undefined)) return true;
  // A bare figure ("five more people", "eight-page") counts what the other counts where its sentence speaks of it.
  if (x.noun === undefined) return uses(a.span.text, nounKey(y.noun as string));
  if (y.noun === undefined) return uses(b.span.text, nounKey(x.noun));
  const kx = nounKey(x.noun);
  const ky = nounKey(y.noun);
  return kx === ky || (uses(b.span.text, kx) && uses(a.span.text, ky));
}

/**
 * Whether `b` gives a figure `a` does not, for a thing `a` counts with a figure `b` does not give: one of them changed
 * the count. A figure only one of them gives, or one both give, is no change ("12 killed, 300 evacuated" and "300
 * evacuated" agree).
 */
export function givesOtherFigure(a: FigureStatement, b: FigureStatement): boolean {
  const ma = mentionsOf(a);
  const mb = mentionsOf(b);
  if (ma.length === 0 || mb.length === 0) return false;
  const va = new Set(ma.map((m) => m.value));
  const vb = new Set(mb.map((m) => m.value));
  const onlyA = ma.filter((m) => !vb.has(m.value));
  const onlyB = mb.filter((m) => !va.has(m.value));
  return onlyA.some((x) => onlyB.some((y) => mayCountSame(x, a, y, b)));
}

/**
 * Whether `a` gives a figure `b` does not, where `b` counts `shared` (a count, not a year): `b` tells only the part of
 * `a` that gives that count.
 */
export function countsMore(a: FigureStatement, b: FigureStatement, shared: number): boolean {
  const vb = new Set(mentionsOf(b).map((m) => m.value));
  return vb.has(shared) && mentionsOf(a).some((m) => !vb.has(m.value));
}
