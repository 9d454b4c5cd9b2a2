// How the report states the order of a claim's articles: a date of wider precision ("Apr 2031", month only) is
// neither before nor after a day it holds, however the timeline lists them; and an origin that is first only because
// the texts show the others taking the claim from it says that its place is inferred, not read from the dates.
import { describe, expect, it } from "vitest";
import { buildReport, reportMarkdown } from "../../src/export/report.ts";
import type { ClaimNodeAttrs, ProvenanceGraph } from "../../src/graph/types.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

const STORY = "The Brevin water board will raise household tariffs by 12 percent from June, chair Odile Marsh said";

/** The claim node every given article carries. */
function claimOfAll(graph: ProvenanceGraph, articles: readonly string[]): string {
  const key = graph.filterNodes((_k, a) => a.kind === "claim" && !(a as ClaimNodeAttrs).debunks && articles.every((x) => (a as ClaimNodeAttrs).articles.includes(x)))[0];
  if (!key) throw new Error(`no claim carried by ${articles.join(", ")}`);
  return key;
}

describe("a month-only date on the timeline", () => {
  it("leaves uncertain the order of every day of its month below it, not only the entry just after it", async () => {
    const root = await makeCase({
      "month.txt": frontMatterArticle("en", "Kettle Gazette", "2031-04", "Tariffs to rise", `${STORY}.\n\nThe board meets again in May.`),
      "tenth.txt": frontMatterArticle("en", "Orrin Daily", "2031-04-10", "Water bills up", `${STORY}, the board announced.\n\nCustomers were told by letter.`),
      "twentieth.txt": frontMatterArticle("en", "Sallow Post", "2031-04-20", "Brevin tariffs", `${STORY} on Monday.\n\nThe increase follows two dry years.`),
    });
    const { graph } = await analyseCaseFolder(root);
    const key = claimOfAll(graph, ["month", "tenth", "twentieth"]);
    const steps = buildReport(graph, { claim: key }).claims[0]?.timeline ?? [];
    // "Apr 2031" is listed from the 1st, yet may be the 25th: the 20th is not surely after it, though surely after the 10th.
    expect(steps.map((s) => [s.article.key, s.orderUncertain])).toEqual([
      ["month", false],
      ["tenth", true],
      ["twentieth", true],
    ]);
    expect(reportMarkdown(graph)).toMatch(/\(twentieth\) — order relative to the entries above uncertain/);
  });
});

describe("an origin first only by what the texts show", () => {
  const root = () =>
    makeCase({
      "ledger.txt": frontMatterArticle("en", "Brevin Ledger", "2031-04-10", "Tariffs to rise", `${STORY}.\n\nThe board meets again in May.`),
      "echo.txt": frontMatterArticle("en", "Orrin Echo", "2031-04-10", "Water bills up", `${STORY}, the Brevin Ledger reported.\n\nCustomers were told by letter.`),
    });

  it("says its place is inferred from the relations where another carrier is dated the same day", async () => {
    const { graph } = await analyseCaseFolder(await root());
    const key = claimOfAll(graph, ["ledger", "echo"]);
    const c = buildReport(graph, { claim: key }).claims[0];
    expect(c?.origins.map((o) => o.key)).toEqual(["ledger"]);
    expect(c?.inferredBefore?.map((a) => a.key)).toEqual(["echo"]);
    expect(reportMarkdown(graph, { claim: key })).toContain(
      "Its date alone does not put it first: Orrin Echo, 10 Apr 2031 is not dated after it, but the texts show it taking the claim from other articles of the case (a citation, a credit or a copy). This order is inferred from those relations.",
    );
  });

  it("says nothing of the kind where the dates alone put it first", async () => {
    const later = await makeCase({
      "ledger.txt": frontMatterArticle("en", "Brevin Ledger", "2031-04-10", "Tariffs to rise", `${STORY}.\n\nThe board meets again in May.`),
      "echo.txt": frontMatterArticle("en", "Orrin Echo", "2031-04-12", "Water bills up", `${STORY}, the Brevin Ledger reported.\n\nCustomers were told by letter.`),
    });
    const { graph } = await analyseCaseFolder(later);
    const key = claimOfAll(graph, ["ledger", "echo"]);
    const c = buildReport(graph, { claim: key }).claims[0];
    expect(c?.origins.map((o) => o.key)).toEqual(["ledger"]);
    expect(c?.inferredBefore).toBeUndefined();
    expect(reportMarkdown(graph, { claim: key })).not.toContain("Its date alone does not put it first");
  });
});

describe("where the case first carries a claim, when a debunk's date holds the first presenter's day", () => {
  const RUMOUR = "The Tarrow ferry will stop running to Kell Island for good in September";
  it("names both as where it may first appear, rather than the presenter alone", async () => {
    const root = await makeCase({
      "notice.txt": frontMatterArticle("en", "Kell Courier", "2031-05-14", "Ferry to stop", `${RUMOUR}, the Kell Courier has learned.\n\nIslanders fear for the school run.`),
      "check.txt": frontMatterArticle("en", "Fact Desk Weekly", "2031-05", "No, the ferry is not stopping", `Claims that ${RUMOUR} are false, the harbour office said. The story is fabricated.`),
    });
    const { graph } = await analyseCaseFolder(root);
    const key = claimOfAll(graph, ["notice", "check"]);
    const claim = graph.getNodeAttributes(key) as ClaimNodeAttrs;
    expect(claim.origins).toEqual(["notice"]);
    expect(claim.reportedFalse).toEqual(["check"]);
    // "May 2031" may be any day of May: the debunk may have printed the story before the 14th, or after.
    expect(buildReport(graph, { claim: key }).claims[0]?.firstCarried?.map((x) => [x.article.key, x.stance ?? "true"])).toEqual([
      ["notice", "true"],
      ["check", "false"],
    ]);
    expect(reportMarkdown(graph, { claim: key })).toMatch(/It first appears in this case in [^\n]*\(notice\); or in [^\n]*\(check\), which reports it as false, [^\n]*\(these cannot be ordered by their dates\)\./);
  });
});
