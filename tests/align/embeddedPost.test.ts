/** A social post a page quotes and then shows embedded is no passage pasted twice by mistake (invented texts). */
import { describe, expect, it } from "vitest";
import { doublesSharedRun, runIndex } from "../../src/align/doubledPaste.ts";
import { embeddedPostSpans } from "../../src/align/embeddedPosts.ts";
import type { ReuseEdgeAttrs } from "../../src/graph/types.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

const POST = "The ferry to the northern islands will run every day this summer, starting on the first of June";
const QUOTING = `Captain Ola Brenn announced the new timetable on social media on Saturday, to the relief of many islanders.\n\nThe harbour office had warned of delays for weeks, and the old boat was laid up for repairs in March.\n\nIn a short post, the captain gave the dates.\n\n“${POST},” he wrote.`;

describe("an embedded post is no doubled paste", () => {
  it.each([
    ["a signature after the post's words", `${POST}. pic.twitter.com/Zx81Qa — Ola Brenn (@olabrenn) May 2, 2026`],
    ["a signature on its own line", `${POST}.\n— Ola Brenn (@olabrenn) May 2, 2026`],
    ["a short link", `${POST} https://t.co/Qw12Er`],
    ["an Instagram credit", `${POST}.\nA post shared by Ola Brenn (@olabrenn) on May 2, 2026 at 9:14am PDT`],
    ["an Instagram credit in French", `${POST}.\nUne publication partagée par Ola Brenn (@olabrenn)`],
    ["an Instagram credit in German, after the post's words", `${POST}. Ein Beitrag geteilt von Ola Brenn (@olabrenn) am Mai 2, 2026`],
    ["an Instagram credit in Russian", `${POST}.\nПубликация от Ola Brenn (@olabrenn) 2 Мая 2026 в 9:14 PDT`],
  ])("finds the post behind %s, and no doubled run in a page that quotes it and then shows it", (_, embed) => {
    const page = `${QUOTING}\n\n${embed}\n\nThe old timetable ran the ferry twice a week.`;
    const spans = embeddedPostSpans(page);
    expect(spans.map((s) => page.slice(s.start, s.end))).toEqual([embed]);
    expect(runIndex(page).doubled.size).toBe(0);
  });

  it("still finds the same words printed twice without an embed's marks", () => {
    const page = `${QUOTING}\n\n${POST}.\n\nThe old timetable ran the ferry twice a week.`;
    expect(embeddedPostSpans(page)).toEqual([]);
    const source = `${QUOTING}\n\nThe old timetable ran the ferry twice a week.`;
    expect(doublesSharedRun(runIndex(page), [{ start: 0, end: page.length }], runIndex(source))).toBe(true);
  });

  it("reads no dash, bracket or handle of ordinary prose as an embed", () => {
    expect(embeddedPostSpans("The mayor — who spoke to reporters (by phone) — said the @ sign on the sign was wrong.")).toEqual([]);
    // The credit's words inside a longer word, or with no handle after them, are prose.
    expect(embeddedPostSpans("Der Mitbeitrag geteilt von Anna Lind (@annalind) kam spät.\nUn post condiviso da molti lettori.")).toEqual([]);
  });

  it("does not charge the page that embeds a post with copying the page that copied it without the embed", async () => {
    const { graph } = await analyseCaseFolder(
      await makeCase({
        "coast.txt": frontMatterArticle("en", "Coast Courier", "2026-05", "Ferry timetable", `${QUOTING}\n\n${POST}. pic.twitter.com/Zx81Qa — Ola Brenn (@olabrenn) May 2, 2026\n\nThe old timetable ran the ferry twice a week, and islanders had long asked for more.`),
        "isle.txt": frontMatterArticle("en", "Isle Herald", "2026-05-02", "Daily ferry", `${QUOTING}\n\nThe old timetable ran the ferry twice a week, and islanders had long asked for more.`),
      }),
    );
    const copies = graph.filterEdges((_, a) => a.kind === "copies").map((e) => graph.getEdgeAttributes(e) as ReuseEdgeAttrs);
    expect(copies.length).toBe(1);
    expect(copies[0]!.orientedBy).not.toBe("doubled_passage");
  });
});
