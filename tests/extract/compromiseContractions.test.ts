// compromise's contractions step run only on a text with a term it can act on (src/extract/compromiseContractions.ts):
// the same terms and tags as the stock step, whether or not the step runs.
import nlp from "../../src/core/nlp.ts";
import { afterAll, describe, expect, it } from "vitest";
import { guardedContractions, stockContractions } from "../../src/extract/compromiseContractions.ts";

const world = nlp.world() as unknown as { compute: Record<string, unknown> };

/** Texts of our own: apostrophes, list words, number ranges, a lone "@", and plain words alone. */
const TEXTS = [
  "The harbour master said the quay would reopen in May and the council agreed.",
  "She didn't say whether they'd sell the farm; we're gonna wait, he wrote.",
  "Tickets cost 20-30 euros and the ferry leaves at 5-6pm, organisers claimed.",
  "Meet me @ the mill, said Ivo Marek. I cannot come, Lena replied.",
  "Ils n'ont pas dit où l'usine serait construite, selon le maire.",
  "Dunno why the bridge was closed, wanna ask the mayor?",
  "",
];

/** Each term's text, normal form and tags, sentence by sentence. */
function terms(text: string): string[][] {
  return nlp(text).docs.map((s) => s.map((t) => `${t.text}|${t.normal}|${(t as { implicit?: string }).implicit ?? ""}:${[...(t.tags ?? [])].sort().join(",")}`));
}

describe("guarded contractions step", () => {
  const before = world.compute.contractions;
  afterAll(() => {
    world.compute.contractions = before;
  });

  it("gives the terms and tags of compromise's stock step", () => {
    world.compute.contractions = stockContractions;
    const stock = TEXTS.map(terms);
    world.compute.contractions = guardedContractions;
    expect(TEXTS.map(terms)).toEqual(stock);
    // The texts do exercise the step: without it, contractions and ranges stay whole.
    world.compute.contractions = () => undefined;
    const without = TEXTS.map(terms);
    for (const k of [1, 2, 3, 5]) expect(without[k]).not.toEqual(stock[k]);
    expect(without[0]).toEqual(stock[0]);
  });
});
