import { describe, expect, it } from "vitest";
import { groupClaims, preLinkStatements } from "../../src/analyse/claims.ts";
import { readStatements } from "../../src/analyse/claims/statements.ts";
import { source } from "./statementSources.ts";

const story = (place: string) => `The stolen ferry Marlin is anchored in the ${place}, a harbour official told reporters.`;

describe("links found before alignment (preLinkStatements)", () => {
  it("are found again when the reuse edits relate names the statements did not", () => {
    const sources = [
      source("ledger-1", 1, [story("Corvin bay"), "Bus fares will rise in the autumn.", "A choir from Lisbon sang at the festival."]),
      source("herald-1", 3, [story("Tessel sound"), "The town hall roof was repaired in March.", "Two pandas arrived at the zoo."]),
    ];
    const statements = readStatements(sources);
    const pre = preLinkStatements(sources, statements);
    const pairs: [string, string][] = [["Corvin bay", "Tessel sound"]];
    const without = groupClaims(sources, pairs, statements).map((c) => c.articles);
    expect(without).toEqual([["ledger-1", "herald-1"]]);
    // The links found before knew nothing of the two places being one: used as they are, no claim would join the two.
    expect(groupClaims(sources, pairs, statements, [], pre).map((c) => c.articles)).toEqual(without);
  });

  it("stand when the reuse edits relate no further names, giving the same claims", () => {
    const sources = [
      source("ledger-1", 1, [story("Corvin bay"), "Bus fares will rise in the autumn.", "A choir from Lisbon sang at the festival."]),
      source("herald-1", 3, [story("Corvin bay"), "The town hall roof was repaired in March.", "Two pandas arrived at the zoo."]),
    ];
    const statements = readStatements(sources);
    const pre = preLinkStatements(sources, statements);
    expect(groupClaims(sources, [], statements, [], pre)).toEqual(groupClaims(sources, [], statements));
    expect(groupClaims(sources, [], statements).map((c) => c.articles)).toEqual([["ledger-1", "herald-1"]]);
    // They are what grouping reads: links emptied beforehand leave nothing to group.
    const empty = { related: pre.related, links: pre.links.map(() => new Set<number>()) };
    expect(groupClaims(sources, [], statements, [], empty)).toEqual([]);
  });
});
