/**
 * A claim's label is the claim, not who told it: a clause closing the sentence that only credits its source ("…,
 * according to the Daily Courier", "…, said the minister", "…, disse o ministro") stayed in the label wherever the
 * comma came before the sixth word; and where the speech verb closes the sentence after what was said (Japanese
 * "…と話した。", Turkish "… dedi.") the label was the whole sentence, speaker first, or only the speaker (invented texts).
 */
import { describe, expect, it } from "vitest";
import { withoutClosingCredit, withoutClosingSpeechVerb } from "../../../src/analyse/claims/label.ts";
import { analyseCaseFolder } from "../../../src/pipeline.ts";
import type { ClaimNodeAttrs } from "../../../src/graph/types.ts";
import { frontMatterArticle, makeCase } from "../../helpers.ts";

describe("a closing clause that only credits", () => {
  it.each([
    ["en", "The Kestrel Bridge will close, said the minister.", "The Kestrel Bridge will close"],
    ["en", "The Kestrel Bridge will close, the Daily Courier reported on Monday.", "The Kestrel Bridge will close"],
    ["en", "The Kestrel Bridge will close, port official Ada Moss told reporters.", "The Kestrel Bridge will close"],
    ["pt", "A ponte Kestrel vai fechar, disse o ministro.", "A ponte Kestrel vai fechar"],
    ["de", "Die Kestrel-Brücke wird gesperrt, sagte die Ministerin.", "Die Kestrel-Brücke wird gesperrt"],
    ["fr", "Le pont Kestrel va fermer, a déclaré le ministre.", "Le pont Kestrel va fermer"],
  ])("%s: %s", (language, text, label) => {
    expect(withoutClosingCredit(text, language)).toBe(label);
  });
  it.each([
    // The clause says more of the claim: a relative clause, a reported clause after the verb, a long tail.
    ["en", "The council closed the Kestrel Bridge, which engineers said was unsafe."],
    ["en", "The Kestrel Bridge will close, the minister said, adding that a ferry will run."],
    ["en", "The Kestrel Bridge will close, and the mayor said the ferry will run every hour from March."],
    ["pt", "A ponte Kestrel vai fechar, disse o ministro, que prometeu uma balsa."],
  ])("control %s: %s", (language, text) => {
    expect(withoutClosingCredit(text, language)).toBe(text);
  });
});

describe("a speech verb closing the sentence after what was said", () => {
  it.each([
    ["ja", "タルブリッジ市の市長は、ケストレル橋を3月から2年間閉鎖すると話した。", "ケストレル橋を3月から2年間閉鎖する"],
    ["ja", "ケストレル橋は3月から2年間閉鎖される、と地元紙が報じた。", "ケストレル橋は3月から2年間閉鎖される"],
    ["tr", "Belediye Başkanı Ayşe Demir, Kestrel Köprüsü mart ayından itibaren iki yıl kapalı kalacak dedi.", "Kestrel Köprüsü mart ayından itibaren iki yıl kapalı kalacak"],
    ["tr", "Ayşe Demir, köprünün iki yıl kapalı kalacağını iddia etti.", "Köprünün iki yıl kapalı kalacağını"],
    // The speaker after what was said.
    ["tr", "Kestrel Köprüsü mart ayından itibaren iki yıl kapalı kalacak, Ayşe Demir dedi.", "Kestrel Köprüsü mart ayından itibaren iki yıl kapalı kalacak"],
    ["fi", "Kestrel-silta suljetaan maaliskuusta alkaen kahdeksi vuodeksi, pormestari sanoi.", "Kestrel-silta suljetaan maaliskuusta alkaen kahdeksi vuodeksi"],
  ])("%s: %s", (language, text, label) => {
    expect(withoutClosingSpeechVerb(text, language)).toBe(label);
  });
  it.each([
    ["ja", "ケストレル橋は3月から2年間閉鎖される。"],
    ["tr", "Kestrel Köprüsü mart ayından itibaren iki yıl kapalı kalacak."],
    // Another language's verb order: left to the closing credit.
    ["en", "The Kestrel Bridge will close, said the minister."],
  ])("control %s: %s", (language, text) => {
    expect(withoutClosingSpeechVerb(text, language)).toBe(text);
  });
});

describe("the label of a claim several outlets credit", () => {
  it.each([
    ["en", "The Kestrel Bridge will close in March, according to the Daily Courier.", "The Kestrel Bridge will close in March"],
    ["tr", "Belediye Başkanı Ayşe Demir, Kestrel Köprüsü mart ayından itibaren iki yıl kapalı kalacak dedi.", "Kestrel Köprüsü mart ayından itibaren iki yıl kapalı kalacak"],
  ])("%s: %s", async (language, sentence, label) => {
    const root = await makeCase({
      "a.txt": frontMatterArticle(language, "Harbour Post", "2026-03-01", "x", sentence),
      "b.txt": frontMatterArticle(language, "Valley Times", "2026-03-02", "y", sentence),
    });
    const { graph } = await analyseCaseFolder(root);
    const labels = graph.nodes().map((k) => graph.getNodeAttributes(k) as ClaimNodeAttrs).filter((a) => a.kind === "claim").map((a) => a.label);
    expect(labels).toEqual([label]);
  });
});
