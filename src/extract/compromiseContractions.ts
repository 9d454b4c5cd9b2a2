/**
 * compromise's `contractions` step (compromise 14, src/1-one/contraction-one/compute/), run only on a text that has a
 * term it can act on. The step looks at every term: it splits a word with an apostrophe ("didn't", "she'd"), expands a
 * word of its contraction list ("gonna", "cannot", "@"), and splits a number range ("2-4"); for each term it first
 * compares the word with every entry of the list (about 60). A term whose normal form is only the letters a to z and
 * is no entry's word is none of those (no apostrophe, no digit), so a text of such terms is left as the step would
 * leave it, and the step is not run.
 */
import nlp from "../core/nlp.ts";

interface ContractionsView {
  document: { normal: string }[][];
  world: { model: { one: { contractions?: { word?: string }[] } } };
}

const world = nlp.world() as unknown as { compute: Record<string, (view: ContractionsView) => unknown> };

/** compromise's own contractions step, as loaded. */
export const stockContractions = world.compute.contractions as (view: ContractionsView) => unknown;

/** A normal form the step cannot act on unless its list has it as a word. */
const PLAIN = /^[a-z]+$/;

/** The words of compromise's contraction list, by the list (read once per list). */
const listWords = new WeakMap<object, Set<string>>();

function wordsOf(list: readonly { word?: string }[]): Set<string> {
  let words = listWords.get(list);
  if (!words) listWords.set(list, (words = new Set(list.flatMap((c) => (c.word === undefined ? [] : [c.word])))));
  return words;
}

/** The contractions step, when some term may be a contraction or number range (else nothing to do). */
export function guardedContractions(view: ContractionsView): unknown {
  const words = wordsOf(view.world.model.one.contractions ?? []);
  for (const terms of view.document) {
    // A term without a normal form of text is left to the stock step (its list's entries without a word would match it).
    for (const t of terms) if (typeof t.normal !== "string" || !PLAIN.test(t.normal) || words.has(t.normal)) return stockContractions(view);
  }
  return undefined;
}

/** Puts the guarded step in compromise's world in place of the stock one (idempotent). */
export function installContractionsGuard(): void {
  world.compute.contractions = guardedContractions;
}
