// A registered outlet as the subject of a verb of publishing other than "report" was not read: "X posted a fake poll
// story", "X, Friday, posted the made-up poll", "X reprinted an article from Y" cited nothing. A person posts and
// publishes too, so only a name the registry knows is read so (en.posted_story). Invented sentences.
import { describe, expect, it } from "vitest";
import { loadDefaultRegistry } from "../../src/ingest/loadCase.ts";
import { readText } from "./helpers.ts";

const registry = await loadDefaultRegistry();
const cited = (text: string) => readText(text, registry, { outlet: "Test Daily", language: "en" }).attributions.map((a) => a.outletName);

describe("en: a registered outlet posted, published or reprinted a story", () => {
  it.each([
    ["The English site of the Associated Press posted a fake harbour poll story on its website.", "Associated Press"],
    ["Reuters, Friday, posted the made-up ferry poll verbatim as if it was news.", "Reuters"],
    ["Otherwise known as a state wire, Xinhua reprinted an article from a satire site.", "Xinhua"],
  ])("%s", (text, outlet) => {
    expect(cited(text)).toContain(outlet);
  });

  it("control: a person who published an article is cited as no outlet", () => {
    expect(cited("Anna Velori published an article on the harbour.")).toEqual([]);
  });
});

// "X, the official mouthpiece of Y, wrote …": en.appositive_reported reads an appositive with an outlet noun; a
// registered outlet needs none (en.appositive_reported.registry). A person's appositive stays unread.
describe("en: a registered outlet, an appositive and a verb of reporting", () => {
  it("reads the outlet behind any appositive", () => {
    expect(cited("Xinhua, the official voice of the state, wrote of its doubts in a May report.")).toContain("Xinhua");
  });

  it("control: a person with an appositive is cited as no outlet", () => {
    expect(cited("Anna Velori, the voice of the harbour, wrote of her doubts in a May report.")).toEqual([]);
  });
});
