/** A name written right after the noun of the place or thing it names (`nounsBeforeNames`: "tỉnh Hà Giang", "tài khoản Quillbook"): no person's, no outlet's. Pure. */
import { escapeRegExp } from "../core/text.ts";
import { perLanguage } from "./frames/common.ts";
import type { LanguageFrames } from "./frames/types.ts";

/** How far before a name its noun, and the names listed after the noun before it, may reach. */
const REACH = 80;

/** Per language: the text before a name ends in a noun of `nounsBeforeNames`, then any names listed after it with commas. */
const nounBefore = perLanguage((frames) => {
  const nouns = [...(frames.nounsBeforeNames ?? [])].sort((a, b) => b.length - a.length).map(escapeRegExp);
  if (nouns.length === 0) return undefined;
  return new RegExp(`(?:^|[^\\p{L}])(?:${nouns.join("|")})\\s+(?:\\p{Lu}[\\p{L}\\p{M}]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}]*)*\\s*,\\s*)*$`, "u");
});

/**
 * True when the name at `at` in `text` is the name of the place or thing a noun in small letters right before it is
 * ("tài khoản Quillbook", an account; "huyện Sông Mây, Lũng Vân", two districts): a head-first language writes what a
 * thing is called after its noun, so the name speaks for no one.
 */
export function namesItsNounBefore(text: string, at: number, frames: LanguageFrames): boolean {
  return nounBefore(frames)?.test(text.slice(Math.max(0, at - REACH), at)) ?? false;
}

/** The noun of `nounsBeforeNames` ending `before` (with the space after it), as written; undefined where none does. */
export function unitNounAtEnd(before: string, frames: LanguageFrames): string | undefined {
  const nouns = [...(frames.nounsBeforeNames ?? [])].sort((a, b) => b.length - a.length).map(escapeRegExp);
  if (nouns.length === 0) return undefined;
  return new RegExp(`(?:^|[^\\p{L}])((?:${nouns.join("|")})\\s+)$`, "u").exec(before)?.[1];
}
