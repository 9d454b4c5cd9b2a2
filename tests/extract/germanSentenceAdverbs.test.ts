// German capitalises a sentence's first word, so an adverb opening it before the verb ("Weiter heißt es in dem Bericht,
// …", "Später sagte ein Sprecher …") was read as a person who said the words, and the real speaker after the verb was
// lost. Own invented text.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

describe("a German adverb opening a sentence", () => {
  it("names no source, and the speaker after the verb is read", async () => {
    const body =
      "Ein 14-jähriger Junge aus Lindenau war zwei Tage verschwunden, berichtete der Sender Kanal Eins. " +
      "Weiter heißt es in dem Bericht, der Junge sei in ein Auto gelockt und festgehalten worden. " +
      "Später sagte ein Sprecher der Polizei, der Junge sei bei einem Freund gewesen.";
    const { graph } = await analyseCaseFolder(await makeCase({ "a.txt": frontMatterArticle("de", "Nordblatt", "2024-03-01", "Junge verschwunden", body) }));
    const sources = graph.filterNodes((_, a) => a.kind === "source").map((n) => String(graph.getNodeAttribute(n, "label")));
    expect(sources.some((s) => /^(?:Weiter|Später)$/u.test(s))).toBe(false);
    expect(sources.some((s) => /Sprecher/u.test(s))).toBe(true);
  });
});
