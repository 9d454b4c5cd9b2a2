// A post a page embeds, its words and its signature left on one line ("… pic.twitter.com/… — Name (@handle) date"), is
// the poster's statement, as a post signed on the next line is; a later report that quotes the post in straight marks,
// the post's own straight marks nested inside ('Night ferries "stop" only …'), prints the same statement. Neither took
// the other's reporting text: the two print one quotation alike, and no copy is drawn. Invented texts.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

const POST_WORDS = `Night ferries "stop" only when this account says so, never because of a voice note passed around the quay. Check the timetable page before you travel`;

const EMBEDDING = [
  "The Portvale harbour office has denied a rumour, passed on by voice notes this week, that the night ferry to the outer islands will stop for a month from Friday.",
  "The recording, which claims to come from a deckhand, says the boat needs new engines. The office said the ferry passed its inspection in January and sails as usual.",
  `${POST_WORDS} #PortvaleFerry pic.twitter.com/Qm41Lx — Portvale Harbour (@portvaleharbour) February 9, 2026`,
  "Islanders said they had cancelled trips to the mainland after hearing the message.",
].join("\n\n");

const QUOTING = [
  "The story of a night ferry about to stop for a month is doing the rounds again on the outer islands, this time with a made-up deckhand's name attached.",
  `Two years ago the harbour office answered it on its own account: "Night ferries "stop" only when this account says so, never because of a voice note passed around the quay. Check the timetable page before you travel", it wrote.`,
  "The new recording adds a date in March and asks listeners to warn their neighbours.",
].join("\n\n");

describe("a post embedded on one line", () => {
  it("is the statement a later report quotes in nested straight marks, not text it copied", async () => {
    const { graph } = await analyseCaseFolder(
      await makeCase({
        "tide.txt": frontMatterArticle("en", "Tide Gazette", "2026-02-10", "Harbour denies ferry rumour", EMBEDDING),
        "shore.txt": frontMatterArticle("en", "Shore Post", "2028-03-01", "Ferry rumour is back", QUOTING),
      }),
    );
    const kinds = (kind: string) => graph.filterEdges((_, a) => a.kind === kind).map((e) => `${graph.source(e)} -> ${graph.target(e)}`);
    expect(kinds("copies")).toEqual([]);
    expect(kinds("quotes_same")).toEqual(["shore -> tide"]);
  });
});
