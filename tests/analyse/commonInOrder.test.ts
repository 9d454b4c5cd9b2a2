// The words a quotation and a printing share in order are worked out from suffix lengths computed 32 at a time
// (align/suffixLcs.ts). They must be the pairs the cell-per-word-pair table gave: the same lengths, read by the same
// walk, on quotations printed with words dropped, doubled, swapped or cut short at the end.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { suffixLcs } from "../../src/align/suffixLcs.ts";
import { commonInOrder } from "../../src/analyse/findings/quoteWords.ts";

/** A last quoted word cut short where a stored text ends matches the word it starts (as quoteWords' sameWord). */
const sameLast = (q: string, p: string) => q === p || (() => {
  const [short, long] = q.length <= p.length ? [q, p] : [p, q];
  return short.length >= 3 && long.startsWith(short);
})();

/** The table of common-subsequence lengths of suffixes, a cell per word pair, and its walk from the first words. */
function tableWalk(a: readonly string[], b: readonly string[]): [number, number][] {
  const last = a.length - 1;
  const same = (i: number, j: number) => (i === last ? sameLast(a[i]!, b[j]!) : a[i] === b[j]);
  const t = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--) t[i]![j] = same(i, j) ? t[i + 1]![j + 1]! + 1 : Math.max(t[i + 1]![j]!, t[i]![j + 1]!);
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (same(i, j)) pairs.push([i++, j++]);
    else if (t[i + 1]![j]! >= t[i]![j + 1]!) i++;
    else j++;
  }
  return pairs;
}

const WORDS = ["the", "pier", "stays", "closed", "until", "engineers", "have", "surveyed", "storm", "damage", "all", "of", "surv"];
const word = fc.constantFrom(...WORDS);
/** A quotation and a printing of it: the same words with some dropped, added or changed, often many words long. */
const quotationAndPrinting = fc
  .tuple(fc.array(word, { minLength: 1, maxLength: 90 }), fc.array(fc.tuple(fc.nat(100), fc.constantFrom("drop", "add", "swap"), word), { maxLength: 8 }), fc.array(word, { maxLength: 5 }), fc.array(word, { maxLength: 5 }))
  .map(([quoted, edits, before, after]) => {
    const printed = [...quoted];
    for (const [at, edit, w] of edits) {
      const k = at % (printed.length + 1);
      if (edit === "drop") printed.splice(k, 1);
      else if (edit === "add") printed.splice(k, 0, w);
      else if (k < printed.length) printed[k] = w;
    }
    return [quoted, [...before, ...printed, ...after]] as const;
  });

describe("words shared in order", () => {
  it("are the pairs the cell-per-word-pair table gives", () => {
    fc.assert(
      fc.property(quotationAndPrinting, ([quoted, printed]) => {
        expect(commonInOrder(quoted, printed)).toEqual(tableWalk(quoted, printed));
      }),
      { numRuns: 1000, seed: 38 },
    );
  });

  it("rest on every suffix length the table holds, past 32 and 64 words", () => {
    fc.assert(
      fc.property(fc.array(fc.nat(5), { maxLength: 100 }), fc.array(fc.nat(5), { maxLength: 100 }), (x, y) => {
        const lengths = suffixLcs(x, y);
        const t = Array.from({ length: x.length + 1 }, () => new Array<number>(y.length + 1).fill(0));
        for (let i = x.length - 1; i >= 0; i--) for (let j = y.length - 1; j >= 0; j--) t[i]![j] = x[i] === y[j] ? t[i + 1]![j + 1]! + 1 : Math.max(t[i + 1]![j]!, t[i]![j + 1]!);
        for (let i = 0; i <= x.length; i++) for (let j = 0; j <= y.length; j++) expect(lengths.at(i, j)).toBe(t[i]![j]);
      }),
      { numRuns: 150, seed: 38 },
    );
  });
});
