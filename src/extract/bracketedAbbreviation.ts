/**
 * "A name, then its abbreviation in brackets" ("the Harbour Watch Group (HWG)", "Kepala Badan Reserse Perikanan Daerah
 * (Kabarespd)"): where such brackets stand, and which runs of the words before them the abbreviation spells.
 *
 * Two readers ask, and they spell differently on purpose (`Spelling`): spelledOutInitials.ts makes a map the whole
 * article's later bare initials are relabelled by ("the HWG said" → the Harbour Watch Group), so it takes only initials
 * (each capitalised word gives its capital, a small word none), where a looser match would relabel every later mention
 * wrongly; speakers/nameEntry.ts (bodyByItsAcronym) only asks whether the words before the brackets are a body's name
 * and not a person's, and must read the syllable acronyms of Indonesian and Malay officialese ("Kabarespd", "Polda"),
 * which no capitals spell.
 */
import { spellsInitials, type InitialsRule } from "../core/initials.ts";

/** An abbreviation in brackets: its letters as written, and where the brackets open and close in the text read. */
export interface BracketedAbbreviation {
  letters: string;
  start: number;
  end: number;
}

/** A run of words, by the index of its first and its last word (inclusive). */
export interface WordRun {
  first: number;
  last: number;
}

/**
 * How an abbreviation's letters come from its words. "capitals": initials (core/initials.ts, NAME_BEFORE_INITIALS): each
 * word gives the capitals that open it and each of its hyphenated parts ("Auditor-General’s" gives "AG"), a word in small
 * letters none ("of", "ng"), and the abbreviation's own capitals are compared ("ODrN" reads "ODN"), accents aside.
 * "prefixes": each word gives its first letter and maybe more of its letters in order ("ka" of "kepala", "res" of
 * "reserse"), letter case ignored.
 */
export type Spelling = "capitals" | "prefixes";

/** One word of letters, two to fourteen, in brackets ("(KPD)", "( Kabarespd )"), group 1 the letters. */
const BRACKETED = String.raw`\(\s*(\p{L}{2,14})\s*\)`;
const BRACKETED_ANYWHERE = new RegExp(BRACKETED, "gu");
const BRACKETED_FIRST = new RegExp(String.raw`^\s*${BRACKETED}`, "u");

/** Every abbreviation in brackets in `text`, in order. */
export function bracketedAbbreviations(text: string): BracketedAbbreviation[] {
  return [...text.matchAll(BRACKETED_ANYWHERE)].map((m) => ({ letters: m[1] as string, start: m.index, end: m.index + m[0].length }));
}

/** The abbreviation in brackets `text` opens with, spaces allowed before it ("(KPD), Bayu Pratama"); start is 0. */
export function bracketedAbbreviationFirst(text: string): BracketedAbbreviation | undefined {
  const m = BRACKETED_FIRST.exec(text);
  return m ? { letters: m[1] as string, start: 0, end: m[0].length } : undefined;
}

/** True when `piece` opens on `word`'s first letter and its letters stand in `word` in that order ("ka" in "kepala"). */
function shortens(piece: string, word: string): boolean {
  if (piece[0] !== word[0]) return false;
  let at = 1;
  for (const ch of word.slice(1)) if (ch === piece[at]) at++;
  return at >= piece.length;
}

/**
 * A name before its initials in brackets, read by core/initials.ts: a word in small letters gives no letter ("Office of
 * the Surveyor-General (OSG)"), and none gives more than its first (no compound's inner letter), for the map of
 * spelledOutInitials.ts relabels every later mention by it, where a looser match would relabel them wrongly; the run's
 * first word, article or not, is part of the name written.
 */
const NAME_BEFORE_INITIALS: InitialsRule = { uncapitalised: "gives-none", articleSilent: false, compoundLetter: false };

/** How many of the letters `rest` opens with a word may give as a prefix of itself (most first), letter case ignored. */
function prefixesGiven(word: string, rest: string): number[] {
  const lower = word.toLowerCase();
  const counts: number[] = [];
  for (let n = Math.min(lower.length, rest.length); n >= 1; n--) if (shortens(rest.slice(0, n), lower)) counts.push(n);
  return counts;
}

/** True when the words of `run`, each in turn giving a prefix of itself, give exactly `rest` (small letters). */
function prefixesSpell(rest: string, run: readonly string[]): boolean {
  const [word, ...others] = run;
  if (word === undefined) return rest === "";
  return prefixesGiven(word, rest).some((n) => prefixesSpell(rest.slice(n), others));
}

/** True when a run of words spells an abbreviation, by a spelling. */
const SPELLS: Readonly<Record<Spelling, (abbreviation: string, run: readonly string[]) => boolean>> = {
  capitals: (abbreviation, run) => spellsInitials(abbreviation, run, NAME_BEFORE_INITIALS),
  prefixes: (abbreviation, run) => prefixesSpell(abbreviation.toLowerCase(), run),
};

/** Every run of `words` that spells `abbreviation` by `spelling`, shortest first among those ending on the same word. */
export function runsSpelling(abbreviation: string, words: readonly string[], spelling: Spelling): WordRun[] {
  const runs: WordRun[] = [];
  for (let last = 0; last < words.length; last++) {
    for (let first = last; first >= 0; first--) if (SPELLS[spelling](abbreviation, words.slice(first, last + 1))) runs.push({ first, last });
  }
  return runs;
}
