// A name that only describes the subject of a report verb read as who reports: "a newspaper aligned with a party is
// reporting that …" made the party a source (probe 51b). What the subject is aligned with, close to or critical of
// never speaks; an agent after "by" or an origin after "from" still does. Own invented stories.
import { describe, expect, it } from "vitest";
import { readPlain, sourceLabels } from "./helpers.ts";

describe("a name after a describing word and its preposition is no subject (en)", () => {
  it.each([
    "A harbour newspaper aligned with the Farmers Party is reporting that the mayor of Velmar resigned.",
    "A tabloid close to the Farmers Party said that the mayor of Velmar resigned.",
    "A weekly critical of the Velmar Port Authority reported that the ferry contract was cancelled.",
  ])("names no source in %s", (text) => {
    expect(sourceLabels(readPlain(text, "en"))).toEqual([]);
  });

  it.each([
    ["A statement issued by the port authority said the ferry was late.", "organisation:port authority"],
    ["The Farmers Party is reporting that the mayor of Velmar resigned.", "organisation:Farmers Party"],
  ])("keeps the body that speaks in %s", (text, label) => {
    expect(sourceLabels(readPlain(text, "en"))).toContain(label);
  });
});
