// A line two pages of one site print word for word and that has nothing to do with their stories (a portal's font-size
// widget and its sample sentence) is the site's furniture: removed from both bodies, it is no copy between the pages
// and no claim. A line two pages of one site share that belongs to their story stays. Own invented texts.
import { describe, expect, it } from "vitest";
import { cleanArticle, lineKeys } from "../../src/clean/clean.ts";
import { withSiteFurniture } from "../../src/clean/siteFurniture.ts";
import { functionWords } from "../../src/core/functionWords.ts";
import { hasUnspacedLetter, unspacedWords } from "../../src/core/text.ts";
import { detectLanguage } from "../../src/extract/frames/index.ts";
import type { RawArticle } from "../../src/ingest/types.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";

const page = (id: string, outlet: string, url: string, body: string): string =>
  `---\nid: ${id}\noutlet: ${outlet}\nurl: ${url}\npublished: 2026-03-0${id === "first" ? 2 : 3}\nlanguage: en\n---\n${body}\n`;

const NOTICE = "For the full context we recommend the original page.";
const WIDGET =
  "(Sample) Find the fastest headlines, varied information and lively talk on Portal Plus. Portal Plus brings home and world issues, live updates, culture and reports from every field.";

const FIRST =
  `Ferry service to Kellan Island cut after storm\n\n${NOTICE}\n\nThe ferry company Brightwater Lines said on Monday that crossings to Kellan Island run twice a day until the harbour wall is repaired.\n\n` +
  `Text size will change to this.\n${WIDGET}\n\nEngineers from the port authority inspected the damaged wall on Sunday and found two breaches near the pier.`;
const SECOND =
  `Mayor of Dunmore opens new library\n\n${NOTICE}\n\nThe mayor of Dunmore, Ilse Varga, opened the town's new library on Tuesday after three years of building work.\n\n` +
  `Text size will change to this.\n${WIDGET}\n\nThe library holds forty thousand books and a reading room for children on its first floor.`;

describe("site furniture", () => {
  it("is removed from both pages of one portal: no copy between them, no claim of it", async () => {
    const root = await makeCase({
      "first.txt": page("first", "Harbour Daily", "https://news.portalplus.example/v/1001", FIRST),
      "second.txt": page("second", "Dunmore Herald", "https://news.portalplus.example/v/2002", SECOND),
    });
    const { graph, cleaned } = await analyseCaseFolder(root);
    const kinds = graph.edges().map((e) => graph.getEdgeAttribute(e, "kind"));
    expect(kinds).not.toContain("copies");
    for (const c of cleaned) {
      expect(c.body).not.toContain("Portal Plus");
      expect(c.body).not.toContain("recommend the original page");
      expect(c.removed.filter((r) => r.reason === "site_furniture").map((r) => r.text).join("\n")).toContain("Portal Plus");
    }
    const claims = graph.nodes().filter((n) => graph.getNodeAttribute(n, "kind") === "claim").map((n) => JSON.stringify(graph.getNodeAttributes(n)));
    expect(claims.some((t) => /Portal Plus|original page/.test(t))).toBe(false);
  });

  it("is not found across two sites, nor in a line that shares a word with the rest of its page", () => {
    const raw = (id: string, url: string, text: string): RawArticle => ({ meta: { id, file: `${id}.txt`, format: "text", url, language: "en" }, text });
    const story = "The ferry company Brightwater Lines cut its crossings to Kellan Island after the storm broke the harbour wall.";
    const twoSites = withSiteFurniture([raw("a", "https://one.example/a", FIRST), raw("b", "https://two.example/b", SECOND)]);
    expect(twoSites.every((a) => a.siteFurniture === undefined)).toBe(true);
    const sameSite = withSiteFurniture([
      raw("a", "https://one.example/a", `${story}\n\nEngineers inspected the harbour wall on Sunday.`),
      raw("b", "https://one.example/b", `${story}\n\nThe island's school will stay shut on Monday.`),
    ]);
    expect(sameSite.every((a) => a.siteFurniture === undefined)).toBe(true);
    const portal = withSiteFurniture([raw("a", "https://news.portalplus.example/v/1", FIRST), raw("b", "https://news.portalplus.example/v/2", SECOND)]);
    expect(portal.map((a) => a.siteFurniture?.length)).toEqual([3, 3]);
  });

  it("never takes a fact-check's field, however many checks of the site print it", () => {
    const text =
      "Did the Kellan ferry sink?\n\nClaim:\nThe Kellan ferry sank on Monday with forty people on board.\n\nRating: Misleading\n\n" +
      "The ferry company Brightwater Lines said on Monday that its boat ran aground near the pier and that every passenger left it safely.";
    const raw: RawArticle = { meta: { id: "check", file: "check.txt", format: "text", language: "en" }, text, siteFurniture: lineKeys("Rating: Misleading\n\nClaim:") };
    const { body } = cleanArticle(raw);
    expect(body).toContain("Rating: Misleading");
    expect(body).toContain("Claim:");
  });
});

// The search reads each page's line and word counts instead of scanning a page's lines for every line it shares (the
// site's cost per line grew with its pages). Its answer must be the definition's, read the slow way: here, on seeded
// random sites of invented lines (furniture, story lines that share words, lines printed twice on one page, lines of
// function words only, a run of unspaced script), the definition restated as a scan against the search.
describe("site furniture, read from counts", () => {
  const wordsOf = (key: string): string[] =>
    key.split(" ").flatMap((w) => (w && hasUnspacedLetter(w) ? unspacedWords(w).map((s) => w.slice(s.start, s.end)) : w ? [w] : []));
  /** The definition as a scan: a shared line is furniture of each page that prints it when no page printing it holds
   *  any of its content words in another line, and the page has at least as many content words of its own. */
  function bySlowScan(articles: readonly RawArticle[]): (string[] | undefined)[] {
    const site = (a: RawArticle) => (a.meta.url ? new URL(a.meta.url).hostname.replace(/^www\./u, "") : a.meta.outlet?.toLowerCase());
    const lines = articles.map((a) => lineKeys(a.text));
    const isContent = articles.map((a) => {
      const stop = new Set(functionWords(a.meta.language ?? detectLanguage(a.text)));
      return (w: string) => !stop.has(w) && !/^\p{N}+$/u.test(w);
    });
    const out: (string[] | undefined)[] = articles.map(() => undefined);
    articles.forEach((a, i) => {
      const mates = articles.map((_, j) => j).filter((j) => site(articles[j]!) !== undefined && site(articles[j]!) === site(a));
      if (mates.length < 2) return;
      const printers = (line: string) => mates.filter((j) => lines[j]!.includes(line));
      const own = lines[i]!.filter((l) => l && printers(l).length < 2).flatMap(wordsOf).filter(isContent[i]!).length;
      const found: string[] = [];
      for (const line of new Set(lines[i])) {
        const by = printers(line);
        if (!line || by.length < 2) continue;
        const content = wordsOf(line).filter(isContent[by[0]!]!);
        const elsewhere = (j: number) => content.some((w) => lines[j]!.some((l) => l !== line && wordsOf(l).includes(w)));
        if (content.length > 0 && !by.some(elsewhere) && own >= content.length) found.push(line);
      }
      if (found.length > 0) out[i] = found;
    });
    return out;
  }

  const seeded = (seed: number) => () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const LINES = [
    "Home | Region | Sport | Weather",
    "Sign up for our morning letter.",
    "Share this page with your friends.",
    "All rights reserved by Tarn Media.",
    "The mayor of Oskel opened the new bridge on Friday.",
    "The bridge over the Tarn river cost nine million crowns.",
    "Engineers said the Oskel bridge would carry trams from June.",
    "A storm closed the harbour at Vell for two days.",
    "Fishermen at Vell said the storm broke three boats.",
    "Weather: rain in the region on Sunday.",
    "It was and is of the.",
    "2026",
    "東京の市場で魚の値段が上がった",
  ];

  it("gives what the definition gives, read the slow way", () => {
    const r = seeded(17);
    let pagesWithFurniture = 0;
    for (let round = 0; round < 60; round++) {
      const n = 2 + Math.floor(r() * 7);
      const articles: RawArticle[] = Array.from({ length: n }, (_, i) => {
        const lines = Array.from({ length: 2 + Math.floor(r() * 6) }, () => LINES[Math.floor(r() * LINES.length)]!);
        if (r() < 0.3) lines.push(lines[0]!);
        const host = ["one.example", "two.example"][Math.floor(r() * 2)];
        const meta = r() < 0.8 ? { url: `https://www.${host}/p/${i}` } : { outlet: r() < 0.5 ? "Tarn Post" : undefined };
        return { meta: { id: `p${i}`, file: `p${i}.txt`, format: "text", ...(r() < 0.7 ? { language: "en" } : {}), ...meta }, text: lines.join("\n\n") };
      });
      const searched = withSiteFurniture(articles).map((a) => (a.siteFurniture ? [...a.siteFurniture].sort() : undefined));
      expect(searched, `round ${round}`).toEqual(bySlowScan(articles).map((f) => f?.sort()));
      pagesWithFurniture += searched.filter((f) => f !== undefined).length;
    }
    // The rounds must hold furniture to find, or the comparison says little.
    expect(pagesWithFurniture).toBeGreaterThan(20);
  });
});
