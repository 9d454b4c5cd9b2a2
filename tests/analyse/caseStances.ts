import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

/**
 * Analyses a case of a few dated articles in one language (titles and bodies, files a.txt, b.txt … by outlets A, B …
 * on consecutive days) and gives each article's stance on the claim it carries, by article id.
 */
export async function caseStances(language: string, bodies: readonly [string, string][]): Promise<Record<string, string>> {
  const files = Object.fromEntries(bodies.map(([title, body], k) => [`${"abcd"[k]}.txt`, frontMatterArticle(language, `Outlet ${"ABCD"[k]}`, `2026-03-0${k + 1}`, title, body)]));
  const { graph } = await analyseCaseFolder(await makeCase(files));
  const out: Record<string, string> = {};
  graph.forEachEdge((_, attrs, source) => {
    if (attrs.kind === "asserts") out[source] = String(attrs.stance);
  });
  return out;
}
