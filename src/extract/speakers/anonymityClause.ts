/** Anonymity clauses ("who asked not to be named") at the start, the end or inside a speaker's phrase. */
import { allMatches } from "../../core/text.ts";
import type { SpeakerContext } from "./types.ts";

/**
 * One of the language's anonymity clauses in `text` (compiled in names.ts): at its `start`, ending it at its `end` (with
 * the commas that set it off), or after at least one word `inside` it. Undefined where none stands there.
 */
export function anonymityClauseAt(text: string, ctx: SpeakerContext, where: "start" | "end" | "inside"): { index: number; text: string } | undefined {
  if (!ctx.lang.frames.anonymityClauses) return undefined;
  // Only the stretch where such a clause can stand is read: a speaker's phrase and its clause are short, and the text
  // runs to the sentence's start or end, which in a hostile page is tens of thousands of words, read once per verb.
  const offset = where === "end" ? Math.max(0, text.length - CLAUSE_WINDOW) : 0;
  const window = where === "end" ? text.slice(offset) : text.slice(0, CLAUSE_WINDOW);
  for (const m of allMatches(ctx.lang.anonymityClause, window)) {
    const at = offset + (m.index ?? 0);
    const end = at + m[0].length;
    if (where === "start" ? /^\s*$/u.test(text.slice(0, at)) : where === "end" ? at > 0 && /^\s*$/u.test(text.slice(end)) : /\p{L}/u.test(text.slice(0, at))) return { index: at, text: m[0] };
  }
  return undefined;
}

/** Characters of a speaker's phrase read for an anonymity clause (the clause and the words it describes fit well within). */
const CLAUSE_WINDOW = 300;
