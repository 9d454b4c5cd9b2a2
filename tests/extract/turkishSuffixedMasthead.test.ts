/**
 * Turkish writes a proper name's case ending after an apostrophe ("Cumhuriyet’in haberinde"): an outlet whose masthead is a
 * common word (Cumhuriyet, the republic) is that outlet even where it opens the sentence, so suffixed. Without the apostrophe the
 * word is the common noun, and a sentence it opens cites nothing. Own invented texts; Cumhuriyet is a national daily.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { OutletRegistry } from "../../src/core/outlets.ts";
import { loadDefaultRegistry } from "../../src/ingest/loadCase.ts";
import { readText } from "./helpers.ts";

let registry: OutletRegistry;
beforeAll(async () => {
  registry = await loadDefaultRegistry();
});

const cited = (text: string): string[] => readText(text, registry, { outlet: "Kuzey Postası", language: "tr" }).attributions.map((a) => a.outletName);

describe("a Turkish masthead that is a common word, opening the sentence", () => {
  it.each([
    ["with a curly apostrophe", "Cumhuriyet’in 8 Mart tarihli haberinde, belediye başkanının istifa ettiği iddia edilmişti."],
    ["with a straight apostrophe", "Cumhuriyet'in haberinde, limanın kapandığı iddia edilmişti."],
  ])("%s before its case ending, is cited", (_, text) => {
    expect(cited(text)).toEqual(["Cumhuriyet"]);
  });

  it("without an apostrophe is the common noun", () => {
    expect(cited("Cumhuriyetin ilk yıllarında liman kapandı.")).toEqual([]);
  });
});
