/** The reference case (data/cases/baghdadi-2019) loaded and cleaned, with hand-made readings of what a careful reader finds in it. */
import { cleanArticle } from "../../src/clean/clean.ts";
import type { CleanArticle } from "../../src/clean/types.ts";
import type { ArticleReading } from "../../src/extract/types.ts";
import { loadCase, loadDefaultRegistry } from "../../src/ingest/loadCase.ts";
import path from "node:path";

const REFERENCE_CASE = path.resolve(import.meta.dirname, "../../data/cases/baghdadi-2019");
import { handReading, type HandReading } from "./readings.ts";

// Sources and citations as truth.json lists them; quotations are found by their marks.
const HASHEMI = { name: "Hisham al-Hashemi", type: "named" as const, names: ["Hisham al-Hashemi", "Hashemi"] };
const HAND: Record<string, HandReading> = {
  "asiatimes-2019-03-28": {
    sources: [HASHEMI, { name: "a Syrian source", type: "anonymous", names: ["the Syrian source", "The source"] }, { name: "Sofia Amara", type: "named", names: ["Sofia Amara", "Amara"] }],
    cites: [
      { phrase: "CNN reported in February", outlet: "CNN" },
      { phrase: "told AFP", outlet: "AFP" },
    ],
  },
  "southfront-2019-03-29": {
    sources: [HASHEMI, { name: "The Iraqi experts", type: "anonymous", names: ["The Iraqi experts"] }, { name: "a Syria source", type: "anonymous", names: ["the Hong Kong-based outlet quoted the sources"] }],
    cites: [{ phrase: "the Asia Times reported on March 28", outlet: "Asia Times", article: "asiatimes-2019-03-28" }],
  },
  "southfront-2019-04-28": {
    sources: [HASHEMI, { name: "an Iraqi intelligence official", type: "anonymous", names: ["an Iraqi intelligence official", "the source said"] }],
    cites: [
      { phrase: "These claims are in line with a recent report of the Asia Times", outlet: "Asia Times", article: "asiatimes-2019-03-28" },
      { phrase: "The report, that was released on March 28, says", outlet: "Asia Times", article: "asiatimes-2019-03-28" },
      { phrase: "according to al-Khaleej", outlet: "al-Khaleej" },
    ],
  },
};

/** The five reference articles cleaned, and their hand-made readings. */
export async function referenceCase(): Promise<{ articles: CleanArticle[]; readings: ArticleReading[] }> {
  const loaded = await loadCase(REFERENCE_CASE, await loadDefaultRegistry());
  const articles = loaded.articles.map(cleanArticle);
  return { articles, readings: articles.map((a) => handReading(a, HAND[a.meta.id])) };
}
