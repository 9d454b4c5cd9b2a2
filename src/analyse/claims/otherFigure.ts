/**
 * A statement that gives another figure for what a claim counts ("17 people have died" beside "Twelve people have
 * died", linked through the governor, the channel and the verb, as a translation that changed a figure is linked) tells
 * the claim with its figure changed: it repeats the claim, and the change is number drift. provenance.ts keeps such an
 * article among those presenting the claim as true, noting both figures; only a figure dated after the claim's article
 * ("the governor said on 16 April that nine people died") is a later count, another claim. Pure.
 */
import { datedAfter, MAX_RETOLD_RATIO, numberMentions } from "../../align/drift.ts";
import type { PublishedDate } from "../../core/dates.ts";
import { foldWord } from "../../align/tokens.ts";
import { namedDays } from "../../ingest/textDate.ts";
import { framesFor } from "../../extract/frames/index.ts";
import { misrenderedFigures, scalesFor } from "../../core/scales.ts";
import type { NumberMention } from "../../align/types.ts";

/** A statement as compared here: its words and their language. */
export interface FigureStatement {
  language: string;
  span: { text: string };
}

/** A statement's figures with what each counts, read once per text and language (a claim compares its representative with each member). */
const mentionsMemo = new Map<string, readonly NumberMention[]>();
const MENTIONS_MEMO_LIMIT = 50_000;
/** Any instant serves to read where a statement names a day: only the spans are used. */
const DAY_REFERENCE = new Date(Date.UTC(2026, 0, 1));

function mentionsOf(s: FigureStatement): readonly NumberMention[] {
  const key = `${s.language}\u0000${s.span.text}`;
  let found = mentionsMemo.get(key);
  if (!found) {
    const text = s.span.text;
    const scales = scalesFor(s.language);
    // The days the statement names ("on 20 May", "am 3. Mai"): their figures date it, they count nothing. The year
    // chrono assumes does not move where a day is written.
    const days = namedDays(text, s.language, DAY_REFERENCE);
    found = numberMentions(text, { start: 0, end: text.length }, s.language)
      // A time or a written date ("at 9:30", "14.04.2026") counts nothing, nor a figure inside a name ("Kanal 9 Nachrichten").
      .filter((m) => !/\d[:/]\d|\d\.\d+\.\d/u.test(text.slice(Math.max(0, m.span.start - 1), m.span.end + 3)) && !inName(text, m, s.language))
      .filter((m) => !days.some((d) => d.start <= m.span.start && m.span.start < d.end))
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

/** A capitalised word just before a figure; the second, not a sentence's first word. */
const CAPITAL_BEFORE = /(\p{Lu}[\p{L}\p{N}]*)\s+$/u;
const CAPITAL_BEFORE_MID_SENTENCE = /(?<=[\p{L}\p{N},;:)»"”]\s+)(\p{Lu}[\p{L}\p{N}]*)\s+$/u;

/** Whether a figure stands between two capitalised words, as a channel's or a product's number does ("Kanal 9 Nachrichten"). */
function inName(text: string, m: NumberMention, language: string): boolean {
  const digits = /^[^\p{N}]*\p{N}+/u.exec(text.slice(m.span.start, m.span.end));
  if (!digits) return false;
  // Where every noun is capitalised (frames `capitalisedNouns`), a sentence's capitalised first word says nothing of a
  // name: "Mindestens 12 Menschen" is a count.
  const wordBefore = framesFor(language).capitalisedNouns === true ? CAPITAL_BEFORE_MID_SENTENCE : CAPITAL_BEFORE;
  const before = wordBefore.exec(text.slice(Math.max(0, m.span.start - 30), m.span.start));
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

/** Whether two values may be one quantity retold: within the ratio number drift allows, or one misrendered as the other. */
function oneQuantity(a: number, b: number): boolean {
  return (Math.max(a, b) <= MAX_RETOLD_RATIO * Math.min(a, b) && Math.min(a, b) > 0) || misrenderedFigures(a, b);
}

/**
 * Whether two figures may count the same thing: in one language, the same noun, or each sentence speaking of what the
 * other counts ("seven dead, and five more people are missing" and "twelve people are dead" count one thing; "a group
 * of 120 volunteers" and "300 people of the volunteers were cured" two). Across languages the nouns cannot be
 * compared (nor two bare figures), and only close values are taken to count one thing.
 */
function mayCountSame(x: NumberMention, a: FigureStatement, y: NumberMention, b: FigureStatement): boolean {
  // Nouns that cannot be compared leave the values: one quantity retold stays within the ratio number drift allows
  // (an age, "(41)", and "three" days are two things).
  if (a.language !== b.language || (x.noun === undefined && y.noun === undefined)) return oneQuantity(x.value, y.value);
  // A bare figure ("five more people", "eight-page") counts what the other counts where its sentence speaks of it.
  if (x.noun === undefined) return uses(a.span.text, nounKey(y.noun as string));
  if (y.noun === undefined) return uses(b.span.text, nounKey(x.noun));
  const kx = nounKey(x.noun);
  const ky = nounKey(y.noun);
  return kx === ky || (uses(b.span.text, kx) && uses(a.span.text, ky));
}

/** A figure changed between two statements: `a`'s and the one `b` gives in its place, offsets into each statement's text. */
export interface FigureChange {
  from: NumberMention;
  to: NumberMention;
}

/**
 * The first figure `b` gives in place of one `a` gives, for a thing `a` counts with a figure `b` does not give: one of
 * them changed the count. A figure only one of them gives, or one both give, is no change ("12 killed, 300 evacuated"
 * and "300 evacuated" agree).
 */
export function otherFigure(a: FigureStatement, b: FigureStatement): FigureChange | undefined {
  const ma = mentionsOf(a);
  const mb = mentionsOf(b);
  if (ma.length === 0 || mb.length === 0) return undefined;
  const va = new Set(ma.map((m) => m.value));
  const vb = new Set(mb.map((m) => m.value));
  const onlyA = ma.filter((m) => !vb.has(m.value));
  const onlyB = mb.filter((m) => !va.has(m.value));
  for (const y of onlyB) for (const x of onlyA) if (mayCountSame(x, a, y, b)) return { from: x, to: y };
  return undefined;
}

/**
 * Whether `a` gives a figure `b` does not, where `b` counts `shared` (a count, not a year): `b` tells only the part of
 * `a` that gives that count.
 */
export function countsMore(a: FigureStatement, b: FigureStatement, shared: number): boolean {
  const vb = new Set(mentionsOf(b).map((m) => m.value));
  return vb.has(shared) && mentionsOf(a).some((m) => !vb.has(m.value));
}

/** A statement with the publication date of the article that prints it. */
export interface DatedStatement extends FigureStatement {
  published?: PublishedDate;
}

/** How an article tells a claim's count in another figure: as the claim with its figure changed, or as a later count. */
export type FigureTelling = { kind: "other_figure"; change: FigureChange } | { kind: "later_count" };

/**
 * How an article's statements of a claim tell what it counts, where each gives another figure than the claim's
 * wording (`claim`): as the claim with its figure changed on the way ("17 dead" where it said "12 dead"), which still
 * presents it as true and is number drift; or, where each dates its figure after the claim's article was published
 * ("the governor said on 16 April that nine people died", drift.ts datedAfter), as a count of a later day, another
 * claim that the article only sets beside this one. Undefined where a statement gives the claim's figure or none.
 */
export function figureTelling(claim: DatedStatement, own: readonly DatedStatement[]): FigureTelling | undefined {
  const changes = own.map((s) => otherFigure(claim, s));
  const first = changes[0];
  if (first === undefined || changes.some((c) => c === undefined)) return undefined;
  const later = own.every((s, i) => datedAfter(s.span.text.slice(0, (changes[i] as FigureChange).to.span.start), s.language, s.published, claim.published));
  return later ? { kind: "later_count" } : { kind: "other_figure", change: first };
}
