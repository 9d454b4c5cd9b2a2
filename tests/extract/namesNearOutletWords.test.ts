// Readings a probe of invented cases got wrong (probe 21, items 9 and 8), pinned with texts of our own.
import { describe, expect, it } from "vitest";
import { readPlain, sourceLabels } from "./helpers.ts";

const read = (body: string) => readPlain(body, "en", "Valley Ledger");
const sources = (body: string): string[] => sourceLabels(read(body));
const cited = (body: string): string[] => read(body).attributions.map((a) => a.outletName);

describe("an alliance is an organisation, not a person, whatever outlet word its name opens on", () => {
  it.each([
    ["A spokeswoman for the Korsvik Tenants Alliance said rents would rise.", "organisation:Korsvik Tenants Alliance"],
    ["The Harbour Alliance said the pier would stay closed until Sunday.", "organisation:Harbour Alliance"],
  ])("%s", (text, source) => {
    expect(sources(text)).toEqual([source]);
  });

  it("the alliance's website is no outlet the article cites", () => {
    expect(cited("A spokeswoman for the Times Harbour Alliance said the pier would stay closed, according to the Times Harbour Alliance website.")).toEqual([]);
  });
});

describe("a body's report whose title holds an outlet word is a document, not an outlet", () => {
  it.each([
    ["Rumours spread faster than denials, according to the Quillon Institute Digital News Report.", "document:Quillon Institute Digital News Report"],
    ["Rents rose 4 percent, according to the Harbour Bank Housing Index.", "document:Harbour Bank Housing Index"],
  ])("%s", (text, source) => {
    expect(cited(text)).toEqual([]);
    expect(sources(text)).toEqual([source]);
  });

  it("a newspaper's name with an outlet word is still an outlet", () => {
    expect(cited("The pier will close, according to the Quillon Daily News.")).toEqual(["Quillon Daily News"]);
  });
});

describe("a guest on a channel's programme is no report the article cites", () => {
  it.each([
    ["The singer recently appeared on Quillon TV's weekly chart show and looked tired, fans said."],
    ["Last year the actor appeared on Harbour Radio's morning programme twice."],
  ])("%s", (text) => {
    expect(cited(text)).toEqual([]);
  });

  it("a story that appeared on a channel's website is still cited", () => {
    expect(cited("The claim spread fast. The video appeared on Quillon TV's website on Monday.")).toEqual(["Quillon TV"]);
  });
});
