// English frames on sentences of our own (invented outlets and people): a name after a cue is the span, plain sentences yield none.
import { describe, expect, it } from "vitest";
import { en } from "../../../src/extract/frames/en.ts";
import { frameHits, names } from "./helpers.ts";

describe("English frames", () => {
  it.each([
    ["The port is closed, according to the Harbour Courier.", "the Harbour Courier"],
    ["The Evening Lark reported that the port was closed.", "The Evening Lark"],
    ["“It is closed,” the mayor told Radio Velmar.", "Radio Velmar"],
    ["The deal, first reported by Coastline Weekly, was signed.", "Coastline Weekly"],
    ["The Evening Lark headlined: “Chocolate makes you thin”.", "The Evening Lark"],
    ["“Chocolate makes you thin,” headlined the Evening Lark.", "the Evening Lark"],
    // Forms of attribution that once went unread.
    ["The Velmar-based newspaper Harbour Courier later quoted an unnamed official as saying the figure could change.", "Harbour Courier"],
    ["Local broadcaster Quillon FM also carried the story, citing documents it had seen.", "Quillon FM"],
    ["The figures were confirmed to the Harbour Courier by a port official.", "the Harbour Courier"],
    ["A spokesperson declined to comment when contacted by Coastline Weekly.", "Coastline Weekly"],
    ["Writing in the Evening Lark, the economist argued that tolls hurt trade.", "the Evening Lark"],
    ["The Evening Lark, citing a draft of the plan, said the increase would come in June.", "The Evening Lark"],
    // "an" before a vowel-initial noun ("an article", "an investigation", "an interview") is the same credit as "a report".
    ["The port will close, according to an article in the Harbour Courier.", "the Harbour Courier"],
    ["According to an investigation by Coastline Weekly, the tolls were never collected.", "Coastline Weekly"],
    ["“The port is closed,” reads an article in the Evening Lark.", "the Evening Lark"],
    ["“We had no choice,” the harbour master told the Evening Lark's Morning programme.", "the Evening Lark"],
    ["In a statement to Radio Velmar, the company said it would comply.", "Radio Velmar"],
    ["The deal was reported first by Coastline Weekly on Tuesday.", "Coastline Weekly"],
    ["The story was picked up by Coastline Weekly and others.", "Coastline Weekly"],
    ["The Evening Lark's correspondent in the capital said the talks had stalled.", "The Evening Lark"],
    ["A Harbour Courier investigation found that the records were altered.", "Harbour Courier"],
    ["The Harbour Courier has learned that the minister will resign.", "The Harbour Courier"],
  ])("%s → %s", (text, name) => expect(names(en, text).map((n) => n.replace(/^the\s+/iu, ""))).toContain(name.replace(/^the\s+/iu, "")));

  it.each([
    "The port has been closed since Monday and the ships are waiting.",
    "The mayor said the port would reopen next week.",
    "Writing in haste, the mayor forgot the date.",
    "The ferry also carried the mail to the island.",
  ])("a sentence without attribution yields no name: %s", (text) => expect(frameHits(en, text)).toEqual([]));
});
