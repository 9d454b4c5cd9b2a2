// "a port engineer told The Daily X": an indefinite article or a number before one of the language's role nouns is an
// unnamed person of that occupation, a source, though the noun is no anonymous-source noun ("engineer" is not
// "official"). Read before the verb and after it; never for a definite role, a document or another noun's complement.
// Own invented texts.
import { describe, expect, it } from "vitest";
import { readPlain, sourceLabels } from "./helpers.ts";

describe("an occupation after an indefinite article", () => {
  it.each([
    ["en", "The dock was closed for a week, a harbour engineer told The Wexby Courier.", "anonymous:a harbour engineer"],
    ["en", "\"The cranes stopped,\" said a crane engineer.", "anonymous:a crane engineer"],
    ["en", "Two nurses said the ward was closed on Friday.", "anonymous:Two nurses"],
    // A reported clause whose subject opens on an indefinite article: its finite verb tells it from an object.
    ["en", "An engineer said a crane fell on the quay.", "anonymous:An engineer"],
    ["en", "A harbour engineer said a port crane had collapsed.", "anonymous:A harbour engineer"],
    ["fr", "Un ingénieur du port a déclaré que le quai était fermé.", "anonymous:Un ingénieur du port"],
  ])("%s: %s", (language, text, source) => {
    expect(sourceLabels(readPlain(text, language))).toEqual([source]);
  });

  it.each([
    ["en", "The engineer said the dock was closed."],
    ["en", "In May a report by an engineer said the dock was closed."],
    ["en", "A checklist said the dock was closed."],
    ["en", "\"It is closed,\" said an engineer on Monday."],
    ["en", "An engineer gave an interview on Monday."],
    ["en", "An engineer told a reporter the dock was closed."],
    ["fr", "Pour dénoncer les études, un ingénieur a lancé un canular."],
  ])("makes no unnamed engineer of %s", (language, text) => {
    expect(sourceLabels(readPlain(text, language)).filter((l) => /engineer|ingénieur|checklist/iu.test(l))).toEqual([]);
  });
});
