// One invented ferry story printed by invented sites, shared by the tests of a quotation read against its printers
// (quoteFirstPrinter, quoteVariantPrinter): the findings on the words alone, no reuse relation given.
import { findFindings } from "../../src/analyse/findings.ts";
import type { Finding } from "../../src/graph/types.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

export const QUOTE = "The northern ferry will keep sailing twice a day until the new harbour wall is finished next spring";

export type Article = { id: string; outlet: string; date: string; quote: string };

const story = (a: Article) =>
  `Islanders crowded the quay on Tuesday as the council met.\n\nPort director Maren Sollit said: "${a.quote}." Passengers were asked to book ahead.`;

/** The altered and recycled quotation findings of a case of these articles. */
export async function wordFindings(articles: readonly Article[]): Promise<Finding[]> {
  const files = Object.fromEntries(articles.map((a) => [`${a.id}.txt`, frontMatterArticle("en", a.outlet, a.date, "Ferry", story(a))]));
  const { graph, readings } = await analyseCaseFolder(await makeCase(files));
  return findFindings({ graph, claims: [], relations: [], figureConflicts: [], drift: [], readings: new Map(readings.map((r) => [r.article, r])) }).filter(
    (f) => f.type === "altered_quote" || f.type === "recycled_quote",
  );
}

/** The sorted article lists of the findings of one type. */
export const articlesOf = (findings: readonly Finding[], type: string) => findings.filter((f) => f.type === type).map((f) => [...f.articles].sort());
