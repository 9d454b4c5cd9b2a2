// The cheap test of whether a tag rule can match a clause (src/extract/compromiseLead.ts) never rules out a rule that
// compromise's own matcher finds, for every rule of the tagger's net on every clause of texts of our own; with and
// without the clause's bit-mask index, which must agree.
import nlp from "../../src/core/nlp.ts";
import { describe, expect, it } from "vitest";
import { type ClauseIndex, indexClause, matchLead, mayMatch, mayMatchIndexed, MAX_INDEXED_TERMS, type MatchReg, type MatchTerm } from "../../src/extract/compromiseLead.ts";

interface Rule {
  match: string;
  regs: MatchReg[];
}
interface Net {
  hooks: Record<string, Rule[]>;
  always: Rule[];
}
type Methods = { one: { match(document: unknown[][], rule: Rule): { ptrs: unknown[] } } };
const world = nlp.world() as unknown as { methods: { one: { bulkMatch: (document: unknown[][], net: Net, methods: Methods, opts?: object) => unknown } } };

/** Texts of our own: contractions, hyphens, commas, quotations, titles, numbers, a sentence longer than the index holds. */
const TEXTS = [
  "“We won't reopen the quay before May,” said Marta Keller, the harbour master, who'd already left.",
  "The well-known chef-owner, Dr. Ilse Brandt, didn't say whether the plant would close; she'd only confirm 40 jobs.",
  "According to the Valley Courier, Mayor Tom Reyes was seen in Lisbon on Friday, 3 March 2021, at 5pm, and then he flew home.",
  "They're going to have to sell the farm, the barn and the mill unless the bank agrees, the family wrote in a letter.",
  "It is not true that the new ferry, which was built in two years by a small yard near the river mouth, has been sold to a buyer from abroad for less than half of what the town paid for it.",
  "Sold! 2,500 tickets in an hour — a record, organisers claimed. Isn't it great? Will Garnett will not attend.",
  "He had been running, but she has never been seen there; do not go, they said, and were gone.",
];

/** What the test found over every sweep compromise runs on the texts (the tagger's and the chunker's nets). */
interface Tally {
  clauses: MatchTerm[][];
  matched: number;
  ruledOut: number;
  /** Rules ruled out on a clause where compromise's matcher finds them, and disagreements of the two readings. */
  wrong: string[];
}

/** Each sweep's clauses checked against each rule of its net when the sweep runs (the terms' tags as it sees them). */
function checkSweeps(): Tally {
  const before = world.methods.one.bulkMatch;
  const tally: Tally = { clauses: [], matched: 0, ruledOut: 0, wrong: [] };
  world.methods.one.bulkMatch = (document, net, methods, opts) => {
    const rules = [...new Set([...Object.values(net.hooks).flat(), ...net.always])];
    for (const terms of document as MatchTerm[][]) {
      tally.clauses.push(terms);
      const clause = indexClause(terms);
      for (const rule of rules) {
        const lead = matchLead(rule.regs);
        const may = mayMatch(terms, lead);
        const text = terms.map((t) => t.text).join(" ");
        if (clause && mayMatchIndexed(clause, lead) !== may) tally.wrong.push(`index disagrees: ${rule.match} on ${text}`);
        if (methods.one.match([terms], rule).ptrs.length > 0) {
          tally.matched++;
          if (!may) tally.wrong.push(`ruled out: ${rule.match} on ${text}`);
        } else if (!may) tally.ruledOut++;
      }
    }
    return before(document, net, methods, opts);
  };
  try {
    for (const t of TEXTS) nlp(t);
  } finally {
    world.methods.one.bulkMatch = before;
  }
  return tally;
}

describe("leading-token test of compromise's tag rules", () => {
  it("never rules out a rule that matches, and reads the same with and without the index", () => {
    const { clauses, matched, ruledOut, wrong } = checkSweeps();
    expect(wrong).toEqual([]);
    // The texts exercise it: rules match, most others are ruled out, one clause is too long to index, some hold contractions.
    expect(matched).toBeGreaterThan(50);
    expect(ruledOut).toBeGreaterThan(matched);
    expect(clauses.some((c) => c.length > MAX_INDEXED_TERMS)).toBe(true);
    expect(clauses.some((c) => c.some((t) => t.implicit))).toBe(true);
  });
});

/** compromise's own reading of a match string, and the tagged terms of a one-clause text. */
const parseMatch = (match: string): MatchReg[] => (nlp as unknown as { parseMatch(match: string): MatchReg[] }).parseMatch(match);
function clauseOf(text: string): MatchTerm[] {
  return (nlp(text) as unknown as { docs: MatchTerm[][] }).docs[0] as MatchTerm[];
}

describe("optional, repeated and method tokens in the leading-token test", () => {
  // Each rule is ruled out on the second text only where the test reads past its optional or repeated token, or runs
  // the method: compromise's matcher agrees (it finds the rule in the first text and not in the second).
  it.each([
    ["an optional word", "the big? dog", "the dog barked at noon", "the cat barked at noon"],
    ["an optional word that passes", "the big? dog", "the big dog barked", "the big cat barked"],
    ["an optional block", "the (very|so)? old dog", "the so old dog slept", "the so old cat slept"],
    ["a repeated block", "the (#Adverb|not)+? old dog", "the very very old dog slept", "the very very old cat slept"],
    ["a repeated word", "a red+ car", "a red red car stopped", "a red red bus stopped"],
    ["a term method", "(well && @hasHyphen) known", "a well-known baker from Durnby", "a well known baker from Durnby"],
  ])("%s: %s", (_, rule, matching, notMatching) => {
    const lead = matchLead(parseMatch(rule));
    for (const [text, expected] of [
      [matching, true],
      [notMatching, false],
    ] as const) {
      const terms = clauseOf(text);
      expect(nlp(text).has(rule), `compromise on "${text}"`).toBe(expected);
      expect(mayMatch(terms, lead), `"${text}"`).toBe(expected);
      expect(mayMatchIndexed(indexClause(terms) as ClauseIndex, lead), `"${text}", indexed`).toBe(expected);
    }
  });
});
