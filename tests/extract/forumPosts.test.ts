// A forum named after its noun is where a rumour was posted (probe 21 item 18), pinned with texts of our own.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const registry = createOutletRegistry([{ name: "Quillboard", aliases: [], descriptors: [], domains: [], kind: "website" }]);
const cited = (body: string) => readText(body, registry, { outlet: "Valley Ledger", language: "en" }).attributions.map((a) => a.outletName);

describe("a post on a forum cites the forum", () => {
  it.each([
    "The singer will quit, according to a post on the Korean forum Quillboard.",
    "Fans first raised concerns on the Korean forum Quillboard, where a user claimed to have heard the news.",
    "The singer will quit, according to a post on Quillboard.",
    "The rumour began on the online forum Quillboard last week.",
  ])("%s", (body) => {
    expect(cited(body)).toEqual(["Quillboard"]);
  });

  it.each([
    "Fans first raised concerns on the Korean forum, where a user claimed to have heard the news.",
    "The ferry will stop in June, according to a post on Telegram.",
  ])("no name, or a platform, cites nothing: %s", (body) => {
    expect(cited(body)).toEqual([]);
  });
});
