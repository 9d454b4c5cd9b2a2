/**
 * compromise, as every module of ours uses it (one instance, so one world: the fast sweep installed by
 * extract/compromiseSweep.ts serves all). Loaded from the package's own one-file build (its `require` entry,
 * builds/three/compromise-three.cjs, the same release as its `import` entry's src/) rather than from src/'s ~460 modules:
 * loading those took about 0.6 s more CPU in each thread under tsx (1.2-1.7 s against 0.6-0.9 s), and each pool worker
 * loads it.
 */
import { createRequire } from "node:module";
import type Nlp from "compromise";

const nlp = createRequire(import.meta.url)("compromise") as typeof Nlp;
export default nlp;

/**
 * compromise's tags for each term of a text, in order: its lexicon and tagger read each word in the context of the
 * others, so "Green Valley" and "Green" alone may be tagged differently.
 */
export function termTags(text: string): string[][] {
  return (nlp(text).terms().json() as { terms: { tags: string[] }[] }[]).map((t) => t.terms[0]?.tags ?? []);
}

/** True when compromise's lexicon knows a word as a given name ("Peter", "Anna", "Hans"). */
export function isKnownGivenName(word: string): boolean {
  return termTags(word)[0]?.includes("FirstName") ?? false;
}
