/**
 * Incremental analysis: a case analysed again after an article is added reuses what the case-level stages computed
 * from the other texts (pair alignments, fingerprints, sentence terms: core/memo.ts), and its graph is exactly the graph
 * a fresh analysis of the same articles gives — also when the added article changes which pairs are candidates or
 * which text leads a group of reprints. Texts, names and outlets are invented for this test.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { analyseLoadedCase, type CaseAnalysis } from "../../src/pipeline.ts";
import { serializeGraph } from "../../src/graph/build.ts";
import { storeCatalog } from "../../src/store/catalog.ts";
import { effectiveArticle, prepareArticle } from "../../src/store/prepare.ts";
import type { Store } from "../../src/store/store.ts";
import { createArticlePool } from "../../src/workers/pool.ts";
import { articleBytes, tempStore, testRegistry } from "./helpers.ts";

let store: Store;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ store, cleanup } = await tempStore()));
afterEach(async () => cleanup());

/** A wire story long enough for its reprints to be grouped as one text. */
const WIRE = [
  "The harbour board of Fenwold voted on Tuesday to close the old grain pier for two years while engineers rebuild its timber deck.",
  "Board chair Odile Marrant said the pier had carried ships since the early days of the port and could no longer bear modern cranes.",
  "\"We waited as long as we could, but the deck is rotten under the rails,\" Marrant said after the vote, which passed by seven votes to two.",
  "Fishing crews will move to the east basin, where the board plans to add forty new berths before the summer season begins.",
  "Traders at the market warned that the closure would raise the cost of moving grain through the town by about a fifth.",
].join("\n\n");

/** A printing of the wire story, with a dateline and a last line of its own (so each prints it at other offsets). */
const reprint = (day: number, tail: string) => ({
  fields: { title: "Fenwold to close grain pier", outlet: `Coast Weekly ${day}`, published: `2031-04-${String(day).padStart(2, "0")}` },
  body: `${"FENWOLD, ".repeat(1 + (day % 3))}April ${day}.\n\n${WIRE}\n\n${tail}`,
});

const FEATURE = {
  fields: { title: "What the pier closure means for Fenwold", outlet: "Tidewater Review", published: "2031-04-12" },
  body: [
    "Fishing crews will move to the east basin, where the board plans to add forty new berths before the summer season begins.",
    "Skipper Rowan Adebayo told the Tidewater Review that the east basin silts up every autumn and needs dredging twice a year.",
    "\"Forty berths sound generous until the mud comes back,\" Adebayo said, standing on the deck of his trawler.",
  ].join("\n\n"),
};

const LETTER = {
  fields: { title: "Letters: the basin needs dredging first", outlet: "Fenwold Courier", published: "2031-04-14" },
  body: [
    "Skipper Rowan Adebayo told the Tidewater Review that the east basin silts up every autumn and needs dredging twice a year.",
    "The council should fund the dredging before a single berth is built, a reader writes from the old town.",
  ].join("\n\n"),
};

/** Shares the letter's and the feature's sentences: an article that makes new candidate pairs of its own. */
const FOLLOW_UP = {
  fields: { title: "Council agrees to dredge the east basin", outlet: "Harbour Bulletin", published: "2031-04-20" },
  body: [
    "The council should fund the dredging before a single berth is built, a reader writes from the old town.",
    "On Monday the council agreed: Skipper Rowan Adebayo told the Tidewater Review that the east basin silts up every autumn and needs dredging twice a year.",
    "The dredger will arrive in May, the council said.",
  ].join("\n\n"),
};

describe("incremental analysis", { timeout: 180_000 }, () => {
  it("gives after each added article the graph a fresh analysis of the same articles gives", async () => {
    const registry = await testRegistry();
    const id = store.createCase({ title: "Pier closure" });
    const add = (a: { fields: Record<string, string>; body: string }) => store.addArticle(id, prepareArticle({ format: "markdown", bytes: articleBytes(a.fields, a.body) }, registry).article);
    add(reprint(5, "Coast Weekly 5 will follow the works."));
    add(reprint(6, "Reporting by the Coast Weekly 6 desk."));
    add(reprint(7, "More on the harbour in Saturday's paper."));
    add(FEATURE);
    add(LETTER);

    const catalog = storeCatalog(store, registry, "incremental-test");
    // The reference: the case's articles as the store gives them, analysed from scratch with nothing kept or cached.
    const freshAnalysis = (): CaseAnalysis => {
      const ingested = store.articleHeads(id).map((h) => effectiveArticle({ ...h, original: store.original(id, h.id)! }, registry));
      const loaded = { id, title: "Pier closure", root: `store:${id}`, articles: ingested.map((i) => i.article!), problems: ingested.flatMap((i) => i.problems), outlets: [] };
      return analyseLoadedCase(loaded, registry);
    };
    const same = (incremental: CaseAnalysis) => {
      const full = freshAnalysis();
      expect(serializeGraph(incremental.graph)).toEqual(serializeGraph(full.graph));
      expect(incremental.reuse?.pairs).toEqual(full.reuse?.pairs);
      return full;
    };
    const first = catalog.get(id)!;
    same(first);
    // Three printings of the wire story: too few to group, each aligned with the others.
    expect(first.reuse?.stats.grouped).toBe(0);
    const reused = () => catalog.stats.caseResults.reused;

    // A fourth printing makes a group, led by the earliest: the others are aligned with it alone.
    let before = reused();
    add(reprint(9, "Coast Weekly 9 thanks its readers."));
    const grouped = catalog.get(id)!;
    same(grouped);
    expect(grouped.reuse?.stats.grouped).toBe(3);
    expect(reused()).toBeGreaterThan(before);

    // An earlier printing leads the group now: every member's pair is with it.
    before = reused();
    add(reprint(2, "First published by the Coast Weekly 2."));
    const led = catalog.get(id)!;
    same(led);
    expect(led.reuse?.stats.grouped).toBe(4);
    expect(led.reuse?.stats.candidatePairs).not.toBe(grouped.reuse?.stats.candidatePairs);
    expect(reused()).toBeGreaterThan(before);

    // An article sharing text with two others: new candidate pairs, the old ones' alignments reused.
    before = reused();
    add(FOLLOW_UP);
    const followed = catalog.get(id)!;
    same(followed);
    expect(followed.reuse!.stats.candidatePairs).toBeGreaterThan(led.reuse!.stats.candidatePairs);
    expect(reused()).toBeGreaterThan(before);

    // Deleting it again gives the earlier graph back.
    const last = store.articleHeads(id).at(-1)!;
    store.deleteArticle(id, last.id);
    expect(serializeGraph(same(catalog.get(id)!).graph)).toEqual(serializeGraph(led.graph));
  });

  it("gives the fresh graph's claims, links and stances after each article added to or removed from a story", async () => {
    // One invented story told in many words: claims the articles share (linked statements, merged groups, leads),
    // a debunk that reports it false, and articles that only grow the case (every claim-link score drifts a little).
    const registry = await testRegistry();
    const id = store.createCase({ title: "Lighthouse keeper" });
    const add = (a: { fields: Record<string, string>; body: string }) => store.addArticle(id, prepareArticle({ format: "markdown", bytes: articleBytes(a.fields, a.body) }, registry).article);
    const telling = (k: number, extra: string) => ({
      fields: { title: `Keeper of Brannock light to retire after forty years`, outlet: `Shore Herald ${k}`, published: `2032-03-${String(k + 1).padStart(2, "0")}` },
      body: [
        `Ingrid Vasset, the last keeper of the Brannock lighthouse, will retire in May after forty years on the rock${k % 2 ? ", the harbour trust said" : ""}.`,
        `The trust plans to run the lamp from the mainland once she leaves, and the keeper's cottage will become a small museum.`,
        `${extra}`,
      ].join("\n\n"),
    });
    const other = (k: number) => ({
      fields: { title: `Ferry timetable changes for the spring ${k}`, outlet: `Island Notes ${k}`, published: `2032-04-${String(k + 1).padStart(2, "0")}` },
      body: [`The morning ferry ${k} to Skarra will leave twenty minutes earlier from the first of April.`, `Tickets bought before the change stay valid, the operator said.`].join("\n\n"),
    });
    const DEBUNK = {
      fields: { title: "No, the Brannock keeper is not retiring", outlet: "Fact Lantern", published: "2032-03-20" },
      body: [
        "Posts claiming that Ingrid Vasset, the last keeper of the Brannock lighthouse, will retire in May after forty years on the rock are a hoax.",
        "The harbour trust said it has no plan to run the lamp from the mainland, and the story began as a joke on a satire page.",
      ].join("\n\n"),
    };
    [0, 1, 2, 3].forEach((k) => add(telling(k, `Neighbours on the quay said they would miss the light in her window number ${k}.`)));
    add(other(0));
    const catalog = storeCatalog(store, registry, "incremental-claims-test");
    // The reference: the case's articles analysed from scratch, with no memo at all.
    const same = () => {
      const incremental = catalog.get(id)!;
      const ingested = store.articleHeads(id).map((h) => effectiveArticle({ ...h, original: store.original(id, h.id)! }, registry));
      const loaded = { id, title: "Lighthouse keeper", root: `store:${id}`, articles: ingested.map((i) => i.article!), problems: ingested.flatMap((i) => i.problems), outlets: [] };
      const full = analyseLoadedCase(loaded, registry);
      expect(JSON.stringify(serializeGraph(incremental.graph))).toBe(JSON.stringify(serializeGraph(full.graph)));
      return incremental;
    };
    const first = same();
    expect(first.claims.length).toBeGreaterThan(0);
    add(telling(4, "A relief crew will keep the light until the mainland system is ready."));
    same();
    const debunk = add(DEBUNK);
    const debunked = same();
    expect(debunked.claims.some((c) => c.reportedFalse.length > 0)).toBe(true);
    for (let k = 1; k <= 4; k++) {
      add(other(k));
      same();
    }
    store.deleteArticle(id, debunk);
    expect(same().claims.some((c) => c.reportedFalse.length > 0)).toBe(false);
  });

  it("gives the fresh graph when an added article changes how a kept pair's passage reads, and when it copies an article", async () => {
    // Two articles share an engineer's words as their own prose (a copy); articles that print the words in quotation
    // marks make them someone's quotation for the pair too, though neither of its articles changed (the pair's kept
    // classification must not be reused). A reprint of an article is aligned with every article it shares text with.
    const registry = await testRegistry();
    const id = store.createCase({ title: "Basin dredging" });
    const add = (a: { fields: Record<string, string>; body: string }) => store.addArticle(id, prepareArticle({ format: "markdown", bytes: articleBytes(a.fields, a.body) }, registry).article);
    const WORDS = "the east basin will need dredging twice a year before any of the forty new berths can be used safely by the trawlers";
    const prose = (outlet: string, day: number, lead: string, said: string, end: string) => ({
      fields: { title: `Basin plan questioned ${day}`, outlet, published: `2033-05-${String(day).padStart(2, "0")}` },
      body: [lead, `${said} ${WORDS}.`, end].join("\n\n"),
    });
    const quoting = (outlet: string, day: number) => ({
      fields: { title: `Engineer warns on basin ${day}`, outlet, published: `2033-05-${String(day).padStart(2, "0")}` },
      body: [`An engineer has warned the Fenwold board about its berth plan.`, `"${WORDS[0]!.toUpperCase()}${WORDS.slice(1)}," Lise Tormod told ${outlet} on Tuesday.`, `The board did not reply.`].join("\n\n"),
    });
    const first = prose("Fenwold Courier", 2, "Questions were raised on Monday at the Fenwold council meeting.", "Lise Tormod, who inspected the pier last year, said", "Costings follow in June.");
    add(first);
    add(prose("Coast Weekly", 3, "A harbour expert spoke at length at the council.", "In her report, engineer Tormod wrote that", "Readers can send their views to the paper."));
    const catalog = storeCatalog(store, registry, "incremental-classify-test");
    const same = () => {
      const incremental = catalog.get(id)!;
      const ingested = store.articleHeads(id).map((h) => effectiveArticle({ ...h, original: store.original(id, h.id)! }, registry));
      const loaded = { id, title: "Basin dredging", root: `store:${id}`, articles: ingested.map((i) => i.article!), problems: ingested.flatMap((i) => i.problems), outlets: [] };
      const full = analyseLoadedCase(loaded, registry);
      expect(JSON.stringify(serializeGraph(incremental.graph))).toBe(JSON.stringify(serializeGraph(full.graph)));
      return incremental;
    };
    const kindsBetweenProse = (a: CaseAnalysis) => (a.reuse?.relations ?? []).filter((r) => [r.from, r.to].every((x) => a.cleaned.find((c) => c.meta.id === x)?.meta.outlet?.match(/Courier|Weekly/))).map((r) => r.kind);
    const before = kindsBetweenProse(same());
    add(quoting("Harbour Bulletin", 4));
    same();
    add(quoting("Island Notes", 5));
    const after = kindsBetweenProse(same());
    expect(after).not.toEqual(before);
    // A reprint of the first article under a dateline (the store keeps no second copy of a text).
    add({ fields: { ...first.fields, outlet: "Fenwold Courier Online", published: "2033-05-06" }, body: `FENWOLD. ${first.body}` });
    same();
  });

  it("keeps the case-level results in the case worker when the case is analysed off the calling thread (the server's path)", async () => {
    const registry = await testRegistry();
    const id = store.createCase({ title: "Pier closure" });
    const add = (a: { fields: Record<string, string>; body: string }) => store.addArticle(id, prepareArticle({ format: "markdown", bytes: articleBytes(a.fields, a.body) }, registry).article);
    [reprint(5, "Coast Weekly 5 will follow the works."), reprint(6, "Reporting by the Coast Weekly 6 desk."), FEATURE, LETTER].forEach(add);
    const pool = createArticlePool(1);
    try {
      const background = storeCatalog(store, registry, "incremental-worker-test", { background: true, pool });
      const analysed = async () => {
        background.get(id);
        await background.idle();
        return background.get(id)!;
      };
      await analysed();
      const before = { ...background.stats.caseResults };
      add(FOLLOW_UP);
      const after = await analysed();
      // The worker found most of what it computed for the four earlier articles: a fresh memo would find nothing.
      expect(background.stats.caseResults.reused - before.reused).toBeGreaterThan(background.stats.caseResults.computed - before.computed);
      // … and the graph is the one the calling thread computes from scratch.
      const onThread = storeCatalog(store, registry, "incremental-worker-test-reference").get(id)!;
      expect(JSON.stringify(serializeGraph(after.graph))).toBe(JSON.stringify(serializeGraph(onThread.graph)));
    } finally {
      await pool.destroy();
    }
  });
});
