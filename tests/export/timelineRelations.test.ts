// The report's timeline ("How it spread") where dates are missing or equal: an article that cites, copies or quotes
// another comes after it, the entry says its place is inferred from that relation, and where nothing orders two
// articles the entry says the order cannot be told. Invented outlets and texts.
import { describe, expect, it } from "vitest";
import { buildReport, reportMarkdown } from "../../src/export/report.ts";
import type { ClaimNodeAttrs, ProvenanceGraph } from "../../src/graph/types.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

const STORY = "The Brevin water board will raise household tariffs by 12 percent from June, chair Odile Marsh said";

/** An article whose front matter gives no date. */
function undatedArticle(outlet: string, title: string, body: string): string {
  return `---\noutlet: ${outlet}\nlanguage: en\ntitle: ${title}\n---\n${body}\n`;
}

/** The claim node every given article carries. */
function claimOfAll(graph: ProvenanceGraph, articles: readonly string[]): string {
  const key = graph.filterNodes((_k, a) => a.kind === "claim" && !(a as ClaimNodeAttrs).debunks && articles.every((x) => (a as ClaimNodeAttrs).articles.includes(x)))[0];
  if (!key) throw new Error(`no claim carried by ${articles.join(", ")}`);
  return key;
}

async function timelineOf(files: Record<string, string>, articles: readonly string[]) {
  const { graph } = await analyseCaseFolder(await makeCase(files));
  const key = claimOfAll(graph, articles);
  const steps = buildReport(graph, { claim: key }).claims[0]?.timeline ?? [];
  return { graph, key, steps };
}

describe("the timeline where the dates leave two articles open", () => {
  it("puts an article after the one it cites the same day, whatever their ids, and says the order is inferred", async () => {
    const { graph, key, steps } = await timelineOf(
      {
        "a-echo.txt": frontMatterArticle("en", "Orrin Echo", "2031-04-10", "Water bills up", `${STORY}, the Brevin Ledger reported.\n\nCustomers were told by letter.`),
        "z-ledger.txt": frontMatterArticle("en", "Brevin Ledger", "2031-04-10", "Tariffs to rise", `${STORY}.\n\nThe board meets again in May.`),
      },
      ["a-echo", "z-ledger"],
    );
    expect(steps.map((s) => [s.article.key, s.order])).toEqual([
      ["z-ledger", "first"],
      ["a-echo", "inferred"],
    ]);
    expect(steps[1]?.orderUncertain).toBe(false);
    expect(steps[1]?.inferredAfter?.map((a) => a.key)).toEqual(["z-ledger"]);
    expect(reportMarkdown(graph, { claim: key })).toMatch(/\(a-echo\) — after Brevin Ledger, 10 Apr 2031 by what the texts show \(a citation, a credit or a copy\): the order is inferred/);
  });

  it("puts an undated article after the dated one it cites, the order inferred rather than unknown", async () => {
    const { steps } = await timelineOf(
      {
        "a-blog.txt": undatedArticle("Pellow Notes", "Bills", `${STORY}, the Brevin Ledger reported.\n\nI pay mine by post.`),
        "z-ledger.txt": frontMatterArticle("en", "Brevin Ledger", "2031-04-10", "Tariffs to rise", `${STORY}.\n\nThe board meets again in May.`),
      },
      ["a-blog", "z-ledger"],
    );
    expect(steps.map((s) => [s.article.key, s.order])).toEqual([
      ["z-ledger", "first"],
      ["a-blog", "inferred"],
    ]);
  });

  it("puts an undated article before the dated one that cites it", async () => {
    const { steps } = await timelineOf(
      {
        "a-wire.txt": frontMatterArticle("en", "Orrin Echo", "2031-04-12", "Water bills up", `${STORY}, the Kettle Gazette reported.\n\nCustomers were told by letter.`),
        "z-gazette.txt": undatedArticle("Kettle Gazette", "Tariffs to rise", `${STORY}.\n\nThe board meets again in May.`),
      },
      ["a-wire", "z-gazette"],
    );
    expect(steps.map((s) => [s.article.key, s.order])).toEqual([
      ["z-gazette", "first"],
      ["a-wire", "inferred"],
    ]);
  });

  it("says the order cannot be told where nothing orders an undated article with the ones above it", async () => {
    const { steps } = await timelineOf(
      {
        "ledger.txt": frontMatterArticle("en", "Brevin Ledger", "2031-04-10", "Tariffs to rise", `${STORY}.\n\nThe board meets again in May.`),
        "blog.txt": undatedArticle("Pellow Notes", "Bills", `${STORY}.\n\nI pay mine by post.`),
      },
      ["ledger", "blog"],
    );
    expect(steps.map((s) => [s.article.key, s.order, s.orderUncertain])).toEqual([
      ["ledger", "first", false],
      ["blog", "uncertain", true],
    ]);
  });
});
