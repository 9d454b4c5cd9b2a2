/**
 * Site furniture benchmark: the case-wide search for lines that pages of one site share and that belong to none of their
 * stories (src/clean/siteFurniture.ts), on a generated case whose pages all come from one host, as a monitoring export
 * of one portal would. Each page prints the portal's furniture lines, a lead shared with its family of ten (reprints
 * within the site), its own paragraphs and a "read also" line shared with one other page. Reports CPU time per size
 * and its growth per doubling of the pages (linear: about 2×). A second table holds the pages at 200 and doubles their
 * length instead: long pages printed twice by the site (a story and its reprint), every line shared. In-process: the
 * search is a function of the articles. Env: FURNITURE_PAGES (default "500,1000,2000,4000"), FURNITURE_LINES (lines per
 * page, default "100,200,400,800"), FURNITURE_ROUNDS (default 3: the least CPU time of that many runs per size is
 * reported, the others are the load's). Run: npm run bench -- furniture
 */
import os from "node:os";
import type { RawArticle } from "../src/ingest/types.ts";
import { generatedArticle } from "./loadCorpus.ts";
import { benchCode } from "./measure.ts";

/** The portal's furniture, printed by every page (synthetic text; no two lines share a content word, so each is furniture). */
const FURNITURE = [
  "Home | Region | Sport | Weather | Contact",
  "Sign up for the morning letter and get our headlines every day.",
  "Share this story with friends on your favourite network.",
  "All rights reserved by Example Media Group and partners.",
];

/** Page `i` of the one-host case: furniture around a generated story (bench/loadCorpus.ts), without its front matter. */
function page(i: number, pages: number): RawArticle {
  const story = generatedArticle(i).replace(/^---\n[\s\S]*?\n---\n/u, "");
  const readAlso = `Read also: generated report ${Math.min(i ^ 1, pages - 1)} and ${Math.min(i | 1, pages - 1)}.`;
  const text = [FURNITURE[0], story.trim(), readAlso, ...FURNITURE.slice(1)].join("\n\n");
  return { meta: { id: `p${i}`, file: `p${i}.txt`, format: "text", url: `https://www.portal.example/news/${i}` }, text };
}

/** Page `i` of a site of long pages: furniture around `lines` lines of a story it shares with its twin (i ^ 1). */
function longPage(i: number, lines: number): RawArticle {
  const story = Array.from({ length: lines }, (_, k) => `Story ${i >> 1} tells in line ${k} of item ${(i >> 1) * 100_000 + k}.`);
  const text = [FURNITURE[0], ...story, ...FURNITURE.slice(1)].join("\n\n");
  return { meta: { id: `l${i}`, file: `l${i}.txt`, format: "text", url: `https://www.portal.example/long/${i}` }, text };
}

type Search = typeof import("../src/clean/siteFurniture.ts").withSiteFurniture;

/** The least CPU time (ms) of `rounds` searches of `articles`, and the last search's answer. */
function timed(search: Search, articles: readonly RawArticle[], rounds: number): { ms: number; out: RawArticle[] } {
  let ms = Infinity;
  let out: RawArticle[] = [];
  for (let r = 0; r < rounds; r++) {
    const cpu = process.cpuUsage();
    out = search(articles);
    const spent = process.cpuUsage(cpu);
    ms = Math.min(ms, (spent.user + spent.system) / 1000);
  }
  return { ms, out };
}

export default async function furnitureBench(): Promise<void> {
  const sizes = (process.env.FURNITURE_PAGES ?? "500,1000,2000,4000").split(",").map(Number);
  const rounds = Number(process.env.FURNITURE_ROUNDS ?? 3);
  const module = benchCode() === "dist" ? "../dist/clean/siteFurniture.js" : "../src/clean/siteFurniture.ts";
  const { withSiteFurniture } = (await import(module)) as typeof import("../src/clean/siteFurniture.ts");
  console.log(`${os.availableParallelism()} cores, load average ${os.loadavg()[0]!.toFixed(1)} at start (a shared machine: read CPU time, and growth within the table); code: ${benchCode()}`);
  console.log("| pages of one host | CPU ms (least of rounds) | µs per page | growth from the size before | pages given furniture | furniture lines |");
  console.log("|---|---|---|---|---|---|");
  // A first run compiles the code and loads the language tables: not the search's own cost.
  withSiteFurniture([page(0, 2), page(1, 2)]);
  let before: { pages: number; ms: number } | undefined;
  for (const n of sizes) {
    const articles = Array.from({ length: n }, (_, i) => page(i, n));
    const { ms: best, out } = timed(withSiteFurniture, articles, rounds);
    const given = out.filter((a) => a.siteFurniture?.length);
    const lines = new Set(given.flatMap((a) => a.siteFurniture ?? [])).size;
    const growth = before ? `${(best / before.ms).toFixed(2)}× for ${(n / before.pages).toFixed(1)}× the pages` : "–";
    console.log(`| ${n} | ${best.toFixed(0)} | ${((best * 1000) / n).toFixed(0)} | ${growth} | ${given.length} | ${lines} |`);
    before = { pages: n, ms: best };
  }
  const lengths = (process.env.FURNITURE_LINES ?? "100,200,400,800").split(",").map(Number);
  console.log("\n| 200 pages of one host, lines per page | CPU ms (least of rounds) | growth from the length before |");
  console.log("|---|---|---|");
  let shorter: { lines: number; ms: number } | undefined;
  for (const lines of lengths) {
    const { ms } = timed(withSiteFurniture, Array.from({ length: 200 }, (_, i) => longPage(i, lines)), rounds);
    console.log(`| ${lines} | ${ms.toFixed(0)} | ${shorter ? `${(ms / shorter.ms).toFixed(2)}× for ${(lines / shorter.lines).toFixed(1)}× the lines` : "–"} |`);
    shorter = { lines, ms };
  }
}
