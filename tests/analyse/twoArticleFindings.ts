/** A case of two articles in one language, analysed whole, and the explanations of its findings of one type (test helper). */
import type { FindingType } from "../../src/graph/types.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

/** One article of the case: its file name, outlet, date, title and body. */
export interface ArticleText {
  file: string;
  outlet: string;
  published: string;
  title: string;
  body: string;
}

export async function findingExplanations(type: FindingType, language: string, first: ArticleText, second: ArticleText): Promise<string[]> {
  const { graph } = await analyseCaseFolder(
    await makeCase(Object.fromEntries([first, second].map((a) => [a.file, frontMatterArticle(language, a.outlet, a.published, a.title, a.body)]))),
  );
  return graph
    .getAttribute("findings")
    .filter((f) => f.type === type)
    .map((f) => f.explanation);
}
