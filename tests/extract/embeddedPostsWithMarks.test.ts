// An embedded post that holds quotation marks ("… refuses to call it a « closure »") or is printed in them whole, over its
// signature line ("— Paul Verdane (@pverdane) 3 mars 2026"): its words are the poster's, as a post without marks is.
// Where the signature names an outlet of the registry, the article cites that outlet (its account is no source of its
// own words). Invented posters and outlets.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { quotedSpeaker, readText, sourceLabels } from "./helpers.ts";

const registry = createOutletRegistry([{ name: "Harbour Daily", aliases: [], descriptors: [], domains: [], kind: "newspaper" }]);
const read = (body: string, language: string) => readText(body, registry, { outlet: "Valley Ledger", language });
const AFTER = "The council did not comment further on the decision taken on Tuesday.";

describe("a post in or with marks is its poster's", () => {
  it.each([
    ["Le maire a réagi mardi soir.\n\n« Nous fermons le pont demain pour des travaux urgents. »\n\n— Paul Verdane (@pverdane) 3 mars 2026\n\nLa mairie n’a pas commenté.", "fr"],
    [`The mayor reacted on Tuesday evening.\n\n“We are closing the bridge tomorrow for urgent repairs.”\n\n— Paul Verdane (@pverdane) March 3, 2026\n\n${AFTER}`, "en"],
    [`The mayor reacted on Tuesday evening.\n\nBreaking: we will not call it a “closure”, only an “extended pause”\n\n— Paul Verdane (@pverdane) March 3, 2026\n\n${AFTER}`, "en"],
  ])("%s", (body, language) => {
    expect(quotedSpeaker(read(body, language))).toBe("Paul Verdane");
  });

  it("gives the poster the words of a whole-post quotation, without its marks", () => {
    const reading = read(`The mayor reacted on Tuesday evening.\n\n“We are closing the bridge tomorrow for urgent repairs.”\n\n— Paul Verdane (@pverdane) March 3, 2026\n\n${AFTER}`, "en");
    const quotation = reading.quotations.find((q) => q.kind === "quotation");
    expect([quotedSpeaker(reading), quotation?.parts.map((p) => p.text)]).toEqual(["Paul Verdane", ["We are closing the bridge tomorrow for urgent repairs."]]);
  });
});

describe("a post an outlet of the registry signs cites it", () => {
  it.each([
    [`The satirical site posted on Tuesday.\n\nBreaking: Mayor refuses to call it a “closure”, prefers “extended pause”\n\n— Harbour Daily (@harbourdaily) March 3, 2026\n\n${AFTER}`],
    [`The satirical site posted on Tuesday.\n\nBreaking: Mayor refuses to call it a closure, prefers extended pause\n\n— Harbour Daily (@harbourdaily) March 3, 2026\n\n${AFTER}`],
  ])("%s", (body) => {
    const reading = read(body, "en");
    // A post the article shows, not a credit of the whole story: no "Source: X" line (which would make it a syndication).
    expect(reading.attributions.map((a) => [a.frame, a.outletName])).toEqual([["published_in", "Harbour Daily"]]);
    expect(sourceLabels(reading)).toEqual([]);
  });

  it("control: a display name opening on an article is no person", () => {
    const body = `The site posted on Tuesday.\n\nBreaking: Mayor refuses to call it a closure, prefers extended pause\n\n— The Grey Heron (@greyheron) March 3, 2026\n\n${AFTER}`;
    expect(sourceLabels(read(body, "en")).filter((l) => l.startsWith("named:"))).toEqual([]);
  });
});
