// "Paul Dubreuil en a appelé à la prudence : « … »": "en appeler à" (to appeal to) is said aloud, and its subject speaks
// the quotation after it. Before: no speaker, as "appeler" is no French speech verb; alone it still is none ("a appelé la
// police" calls someone). Own invented texts.
import { describe, expect, it } from "vitest";
import { quotedSpeaker, readPlain, sourceLabels } from "./helpers.ts";

describe("fr: 'en appeler à'", () => {
  it("gives the quotation after it to its subject", () => {
    expect(quotedSpeaker(readPlain("Paul Dubreuil en a appelé à la prudence : « Restez chez vous ce soir. »", "fr"))).toBe("Paul Dubreuil");
  });

  it("makes its subject a source", () => {
    expect(sourceLabels(readPlain("Paul Dubreuil en appelle à la raison des habitants du quartier.", "fr"))).toEqual(["named:Paul Dubreuil"]);
  });

  it("'appeler' without 'en … à' is no speech verb", () => {
    expect(sourceLabels(readPlain("Paul Dubreuil a appelé la police vers minuit.", "fr"))).toEqual([]);
  });
});
