// compromise's rule matcher and the fast one put in its place (src/extract/compromiseSweep.ts): the same matches in the
// same order, so every term ends with the same tags.
import nlp from "../../src/core/nlp.ts";
import { afterAll, describe, expect, it } from "vitest";
import { fastBulkMatch, leanPostTagger, stockBulkMatch, stockPostTagger } from "../../src/extract/compromiseSweep.ts";

const world = nlp.world() as unknown as { methods: { one: { bulkMatch: unknown } }; compute: Record<string, unknown> };

/** Short texts of our own, with what the tagger's rules react to: names, titles, contractions, numbers, quotes, French. */
const TEXTS = [
  "“We will reopen the quay in May,” said Marta Keller, the harbour master. The council has not yet voted.",
  "Dr. Ilse Brandt didn't say whether the plant would close; she'd only confirm that 40 jobs were at risk.",
  "According to the Valley Courier, Mayor Tom Reyes was seen in Lisbon on Friday, 3 March 2021, at 5pm.",
  "The ministry's spokesman, who asked not to be named, told reporters: “It is not true.” He then left.",
  "They're going to have to sell the farm unless the bank agrees, the family wrote in a letter published Tuesday.",
  "Le maire a déclaré que la route serait rouverte en juin, selon le journal local.",
  "Sold!!! 2,500 tickets in an hour — a record, organisers claimed. Isn't it great? Yes, very great.",
  "",
  "a",
];

/** Each term's text and tags after compromise's tagger, sentence by sentence. */
function tagged(text: string): string[][] {
  const doc = nlp(text);
  return doc.docs.map((terms) => terms.map((t) => `${t.text}:${[...(t.tags ?? [])].sort().join(",")}`));
}

describe("fast bulk matcher", () => {
  const before = world.methods.one.bulkMatch;
  afterAll(() => {
    world.methods.one.bulkMatch = before;
  });

  it("tags every term as compromise's stock matcher does", () => {
    world.methods.one.bulkMatch = stockBulkMatch;
    const stock = TEXTS.map(tagged);
    world.methods.one.bulkMatch = fastBulkMatch;
    const fast = TEXTS.map(tagged);
    expect(fast).toEqual(stock);
    // Again, and reversed: clauses now find their candidate rules kept from the first pass.
    expect(TEXTS.map(tagged)).toEqual(stock);
    expect([...TEXTS].reverse().map(tagged)).toEqual([...stock].reverse());
    // The texts do exercise the rules: names and verbs were tagged.
    expect(stock.flat(2).some((t) => t.includes("Person"))).toBe(true);
  });

  it("finds the same matches in the same order, for the tagger's net and with matchOne", () => {
    const doc = nlp(TEXTS.join(" ")) as unknown as { docs: unknown[][]; methods: unknown };
    const net = nlp.buildNet([
      { match: "#Person+", tag: "Person" },
      { match: "[said] #Person", group: 0 },
      { match: "the #Noun", tag: "Noun" },
      { match: "will #Verb" },
      { match: "(quay|farm|plant)" },
      { match: "#Value+ tickets" },
    ]) as never;
    const pointers = (fn: typeof stockBulkMatch, opts = {}) => fn(doc.docs, net, doc.methods as never, opts).map((m) => [m.match, ...m.pointer]);
    expect(pointers(fastBulkMatch)).toEqual(pointers(stockBulkMatch));
    expect(pointers(fastBulkMatch).length).toBeGreaterThan(3);
    expect(pointers(fastBulkMatch, { matchOne: true })).toEqual(pointers(stockBulkMatch, { matchOne: true }));
  });
});

describe("lean post-tagger", () => {
  const before = world.compute.postTagger;
  afterAll(() => {
    world.compute.postTagger = before;
  });

  it("tags every term as compromise's stock post-tagger does", () => {
    world.compute.postTagger = stockPostTagger;
    const stock = TEXTS.map(tagged);
    world.compute.postTagger = leanPostTagger;
    // Twice: its first call is the stock step (which builds the rule net), the later ones its own.
    expect(TEXTS.map(tagged)).toEqual(stock);
    expect([...TEXTS].reverse().map(tagged)).toEqual([...stock].reverse());
    // The post-tagger's rules did change tags: without it the texts are tagged otherwise.
    world.compute.postTagger = () => undefined;
    expect(TEXTS.map(tagged)).not.toEqual(stock);
  });
});
