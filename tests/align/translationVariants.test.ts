/**
 * Two articles in one language that quote a speaker of another language (a foreign minister, as the articles say) in
 * different words rendered the statement apart: two translations, linked as a possible `alters_quote`
 * (`quote.translation_variant`), never charged as an altered or a recycled quotation. A speaker of the articles' own
 * language printed with changed words still is. Invented texts.
 */
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { speakerCountries } from "../../src/align/speakerLanguage.ts";
import type { ArticleReading } from "../../src/extract/types.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

async function analyse(language: string, first: string, second: string) {
  const { graph } = await analyseCaseFolder(
    await makeCase({
      "a.txt": frontMatterArticle(language, "Talbote Abend", "2023-05-10", "Kritik aus dem Ausland", first),
      "b.txt": frontMatterArticle(language, "Seeblatt Morgen", "2023-05-12", "Streit um den Fall", second),
    }),
  );
  const quoteEdges = graph.filterEdges((_e, a) => a.kind === "quotes_same" || a.kind === "alters_quote").map((e) => graph.getEdgeAttributes(e));
  const findings = graph.getAttribute("findings").filter((f) => f.type === "altered_quote" || f.type === "recycled_quote");
  return { quoteEdges, findings };
}

const DE_SAID = "Es steht fest, dass der Junge nicht aus eigenem Willen zwei Tage lang fortblieb. Wir erwarten eine gründliche Untersuchung und eine offene Antwort der Behörden.";
const DE_RENDERED = "Es steht fest, dass der Junge nicht aus eigenem Willen zwei Tage lang fortgeblieben war. Wir erwarten eine gründliche Untersuchung und eine offene Antwort der Behörden.";

describe("one foreign statement in two renderings", () => {
  it("is a translation variant, not an altered quotation (de: a word's tense rendered two ways)", async () => {
    const { quoteEdges, findings } = await analyse(
      "de",
      `Der ungarische Innenminister Lajos Fekete äußerte sich am Montag in Budapest. Dabei sagte Fekete: "${DE_SAID}"`,
      `Ungarns Innenminister Lajos Fekete hat die Ermittler kritisiert. Er erklärte in Budapest: "${DE_RENDERED}"`,
    );
    expect(quoteEdges.map((e) => [e.kind, e.rule])).toEqual([["alters_quote", "quote.translation_variant"]]);
    expect(quoteEdges[0]!.confidence).toBeLessThan(0.7);
    expect(findings).toEqual([]);
  });

  it("is a translation variant, not the same quotation, where the renderings part ways inside a sentence (en)", async () => {
    const { quoteEdges, findings } = await analyse(
      "en",
      `The Hungarian interior minister Lajos Fekete spoke in Budapest on Monday. Fekete said: "It is certain that the boy did not stay away of his own free will for two whole days and nights. We expect the police to answer every question."`,
      `Hungarian interior minister Lajos Fekete criticised the inquiry. Fekete said: "It is certain that the boy did not stay away of his own free will for two whole days and nights had passed. The families deserve the truth about that weekend."`,
    );
    expect(quoteEdges.map((e) => e.rule)).toEqual(["quote.translation_variant"]);
    expect(findings).toEqual([]);
  });

  it("is still an altered quotation where one printing only drops words from the other's rendering", async () => {
    const { quoteEdges, findings } = await analyse(
      "de",
      `Der ungarische Innenminister Lajos Fekete äußerte sich am Montag in Budapest. Dabei sagte Fekete: "${DE_SAID}"`,
      `Ungarns Innenminister Lajos Fekete hat die Ermittler kritisiert. Er erklärte in Budapest: "${DE_SAID.replace(" zwei Tage lang", "")}"`,
    );
    expect(quoteEdges.map((e) => e.rule)).not.toContain("quote.translation_variant");
    expect(findings.map((f) => f.type)).toEqual(["altered_quote"]);
  });

  it("is still an altered quotation where the renderings differ in a figure, which no translator changes", async () => {
    const said = "Es steht fest, dass der Junge 14 Stunden lang nicht aus eigenem Willen fortblieb. Wir erwarten eine gründliche Untersuchung und eine offene Antwort der Behörden.";
    const { quoteEdges, findings } = await analyse(
      "de",
      `Der ungarische Innenminister Lajos Fekete äußerte sich am Montag in Budapest. Dabei sagte Fekete: "${said}"`,
      `Ungarns Innenminister Lajos Fekete hat die Ermittler kritisiert. Er erklärte in Budapest: "${said.replace("14 Stunden", "41 Stunden")}"`,
    );
    expect(quoteEdges.map((e) => e.rule)).not.toContain("quote.translation_variant");
    expect(quoteEdges.map((e) => e.kind)).toEqual(["alters_quote"]);
    expect(findings.map((f) => f.type)).toEqual(["altered_quote"]);
  });

  it("is still an altered quotation where one article copied the other's text, rendering and all", async () => {
    const story = "Der ungarische Innenminister Lajos Fekete äußerte sich am Montag in Budapest vor Journalisten zu dem Fall des Jungen aus der Kleinstadt am Fluss, der im Frühjahr für zwei Tage verschwunden war und danach von einer Entführung erzählt hatte.";
    const { quoteEdges, findings } = await analyse("de", `${story} Dabei sagte Fekete: "${DE_SAID}"`, `${story} Dabei sagte Fekete: "${DE_RENDERED}"`);
    expect(quoteEdges.map((e) => e.rule)).not.toContain("quote.translation_variant");
    expect(findings.map((f) => f.type)).toEqual(["altered_quote"]);
  });

  it("is still an altered quotation where the speaker speaks the articles' language (control)", async () => {
    const { quoteEdges, findings } = await analyse(
      "de",
      `Der Innenminister Lajos Fekete äußerte sich am Montag in Bonn. Dabei sagte Fekete: "${DE_SAID}"`,
      `Innenminister Lajos Fekete hat die Ermittler kritisiert. Er erklärte in Bonn: "${DE_RENDERED}"`,
    );
    expect(quoteEdges.map((e) => e.rule)).not.toContain("quote.translation_variant");
    expect(findings.map((f) => f.type)).toEqual(["altered_quote"]);
  });
});

describe("speakerCountries", () => {
  const reading = (language: string, role?: string): ArticleReading => ({
    article: "x",
    language,
    sentences: [],
    quotations: [],
    sources: [{ key: "source:lajos-fekete", name: "Lajos Fekete", type: "named", ...(role ? { role } : {}), mentions: [] }],
    attributions: [],
    syndication: [],
  });
  it.each([
    ["de", "Der ungarische Innenminister Lajos Fekete sprach.", undefined, ["HU"]],
    ["de", "Lajos Fekete sprach.", "Ungarns Innenminister", ["HU"]],
    ["en", "The South Korean envoy Lajos Fekete spoke.", undefined, ["KR"]],
    ["de", "Der ungarische Botschafter traf sich am Montag. Lajos Fekete sprach.", undefined, []],
  ] as const)("%s: %s", (language, body, role, countries) => {
    expect([...speakerCountries(reading(language, role), body, "source:lajos-fekete")]).toEqual(countries);
  });
});
