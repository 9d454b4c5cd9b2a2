/**
 * Reuse relations kept from a case's last run (src/align/classifyCarry.ts): random sequences of added and removed
 * articles give, run after run with the memo, exactly the relations of a run from nothing; and the last run's
 * relations are kept only where the change touches no pair, citation order or outlet a credit names. Texts, names and
 * outlets are invented for this test.
 */
import { describe, expect, it } from "vitest";
import { analyseReuse } from "../../src/align/index.ts";
import { STATE } from "../../src/align/classifyCarry.ts";
import { cleanArticle } from "../../src/clean/clean.ts";
import type { CleanArticle } from "../../src/clean/types.ts";
import { recall, ResultMemo, withMemo } from "../../src/core/memo.ts";
import { readArticle, resolveReadings } from "../../src/extract/index.ts";
import type { ArticleReading } from "../../src/extract/types.ts";
import { loadCase } from "../../src/ingest/loadCase.ts";
import { rng } from "../../bench/rng.ts";
import { makeCase } from "../helpers.ts";
import { testRegistry } from "../store/helpers.ts";

const WIRE = [
  "The harbour board of Fenwold voted on Tuesday to close the old grain pier for two years while engineers rebuild its timber deck.",
  "Board chair Odile Marrant said the pier had carried ships since the early days of the port and could no longer bear modern cranes.",
  "\u201CWe waited as long as we could, but the deck is rotten under the rails,\u201D Marrant said after the vote, which passed by seven votes to two.",
  "Fishing crews will move to the east basin, where the board plans to add forty new berths before the summer season begins.",
].join("\n\n");

const md = (fields: Record<string, string>, body: string) => `---\n${Object.entries(fields).map(([k, v]) => `${k}: ${v}`).join("\n")}\n---\n${body}\n`;

/** The pool: printings of one story (a pair each), articles that share nothing, one citing an outlet of the case, the outlet a credit names. */
const POOL: Record<string, string> = {
  "articles/wire-3.md": md({ title: "Fenwold to close grain pier", outlet: "Coast Weekly", published: "2031-04-03" }, `FENWOLD, April 3.\n\n${WIRE}\n\nMore on Saturday.`),
  "articles/wire-4.md": md({ title: "Grain pier to close", outlet: "Valley Post", published: "2031-04-04" }, `${WIRE}\n\nThis report first appeared in the Harbour Wire and is printed here with permission.`),
  "articles/wire-5.md": md({ title: "Pier closure voted", outlet: "River Herald" }, `FENWOLD.\n\n${WIRE}`),
  "articles/feature.md": md(
    { title: "What the closure means", outlet: "Tidewater Review", published: "2031-04-12" },
    "Fishing crews will move to the east basin, where the board plans to add forty new berths before the summer season begins.\n\n\u201CForty berths sound generous until the mud comes back,\u201D skipper Rowan Adebayo said on his trawler.",
  ),
  "articles/ferry.md": md({ title: "Ferry timetable changes", outlet: "Island Notes", published: "2031-04-06" }, "The morning ferry to Skarra will leave twenty minutes earlier from the first of April.\n\nTickets bought before the change stay valid, the operator said."),
  "articles/market.md": md({ title: "Market hall reopens", outlet: "Town Crier" }, "The covered market hall on Quay Street reopened on Friday after a winter of repairs to its glass roof.\n\nStallholders said trade was brisk."),
  "articles/citing.md": md(
    { title: "Traders fear costs", outlet: "Fenwold Courier", published: "2031-04-08" },
    "Grain traders fear higher costs now that the harbour board of Fenwold will shut the pier, according to the Coast Weekly.\n\nThe chamber of commerce will meet the board next month to discuss the tariffs.",
  ),
  "articles/harbour-wire.md": md({ title: "Lighthouse lamp replaced", outlet: "Harbour Wire", published: "2031-04-02" }, "A new lamp was fitted at the Brannock lighthouse on Monday, the harbour trust said.\n\nThe old lamp will go to the town museum."),
};

interface PoolArticle {
  cleaned: CleanArticle;
  reading: ArticleReading;
}

async function pool(): Promise<PoolArticle[]> {
  const registry = await testRegistry();
  const loaded = await loadCase(await makeCase(POOL), registry);
  // Each article cleaned and read once, as the workspace's stage cache hands the same objects to every run.
  return loaded.articles.map((a) => {
    const cleaned = cleanArticle(a);
    return { cleaned, reading: readArticle(cleaned, registry) };
  });
}

/** The relations of the articles `chosen`, run with `memo` (the case's next run) or from nothing. */
async function relationsOf(articles: readonly PoolArticle[], memo?: ResultMemo): Promise<string> {
  const registry = await testRegistry();
  const cleaned = articles.map((a) => a.cleaned);
  const run = () => analyseReuse(cleaned, resolveReadings(articles.map((a) => a.reading), cleaned, registry), registry).relations;
  memo?.nextGeneration();
  return JSON.stringify(memo ? withMemo(memo, run) : run());
}

/** Whether the run on `articles` after a run with `memo` keeps the last run's relations (leaves the state it found). */
async function keeps(articles: readonly PoolArticle[], memo: ResultMemo): Promise<boolean> {
  const before = withMemo(memo, () => recall(STATE));
  await relationsOf(articles, memo);
  return withMemo(memo, () => recall(STATE)) === before;
}

describe("reuse relations kept between runs", { timeout: 120_000 }, () => {
  it("gives the relations of a run from nothing after random additions and removals", async () => {
    const all = await pool();
    let kept = 0;
    let made = 0;
    for (const seed of [1, 2, 3, 4]) {
      const random = rng(seed);
      const memo = new ResultMemo();
      let chosen = all.filter(() => random() < 0.5);
      for (let step = 0; step < 12; step++) {
        const before = withMemo(memo, () => recall(STATE));
        expect(await relationsOf(chosen, memo)).toBe(await relationsOf(chosen));
        if (before !== undefined && withMemo(memo, () => recall(STATE)) === before) kept++;
        else made++;
        const toggled = all[Math.floor(random() * all.length)] as PoolArticle;
        // Added at a random place (the case's order decides conventional orientations), or removed.
        if (chosen.includes(toggled)) chosen = chosen.filter((a) => a !== toggled);
        else chosen.splice(Math.floor(random() * (chosen.length + 1)), 0, toggled);
      }
    }
    // Both ways were taken: the relations kept, and made afresh.
    expect(kept).toBeGreaterThan(3);
    expect(made).toBeGreaterThan(3);
  });

  it("keeps them for an article that shares nothing, not for one that is paired, cited, or named by a credit", async () => {
    const all = await pool();
    const byId = (id: string) => all.find((a) => a.cleaned.meta.id === id) as PoolArticle;
    const base = ["wire-3", "wire-4", "feature", "ferry"].map(byId);
    const after = async (added: string): Promise<boolean> => {
      const memo = new ResultMemo();
      await relationsOf(base, memo);
      return keeps([...base, byId(added)], memo);
    };
    expect(await after("market")).toBe(true);
    // A third printing of the story makes pairs.
    expect(await after("wire-5")).toBe(false);
    // A citation of the Coast Weekly orders the citing article after wire-3.
    expect(await after("citing")).toBe(false);
    // The outlet wire-4's credit names is now in the case: the credit may orient wire-4's pairs.
    expect(await after("harbour-wire")).toBe(false);
    // And relations kept from a case are the same as a run from nothing.
    const memo = new ResultMemo();
    await relationsOf(base, memo);
    expect(await relationsOf([...base, byId("market")], memo)).toBe(await relationsOf([...base, byId("market")]));
  });
});
