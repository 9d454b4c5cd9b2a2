// A line two pages of one site print word for word and that has nothing to do with their stories (a portal's font-size
// widget and its sample sentence) is the site's furniture: removed from both bodies, it is no copy between the pages
// and no claim. A line two pages of one site share that belongs to their story stays. Own invented texts.
import { describe, expect, it } from "vitest";
import { cleanArticle, lineKeys } from "../../src/clean/clean.ts";
import { withSiteFurniture } from "../../src/clean/siteFurniture.ts";
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
