/**
 * Among equally good wordings of a claim the representative is the earliest; an undated article compared equal to
 * every date, so the tie fell to whichever article id sorts first, and one link more or less elsewhere in the case
 * turned the label to an undated site's wording. An article whose date is known now comes before one whose date is
 * not. Invented texts.
 */
import { describe, expect, it } from "vitest";
import { selectClaims } from "../../../src/analyse/claims/select.ts";
import { groupOf } from "../../../src/analyse/claims/signature.ts";
import { readStatements } from "../../../src/analyse/claims/statements.ts";
import type { PublishedDate } from "../../../src/core/dates.ts";
import { source } from "../statementSources.ts";

describe("the representative among equal wordings", () => {
  it("comes from a dated article before an undated one", () => {
    const statements = readStatements([
      source("gamma-1", 1, ["Did Ada Quill open the new bridge in Valdora on Sunday?"]),
      source("alpha-nd", 2, ["Ada Quill opened the new bridge in Valdora on Sunday."]),
      source("beta-1", 3, ["Ada Quill opened the new Valdora bridge on Sunday."]),
    ]);
    const all = [0, 1, 2];
    const links = all.map((i) => new Set(all.filter((j) => j !== i)));
    const published = new Map<string, PublishedDate | undefined>([
      ["gamma-1", { iso: "2022-04-01", precision: "day", estimated: false }],
      ["alpha-nd", undefined],
      ["beta-1", { iso: "2022-04-03", precision: "day", estimated: false }],
    ]);
    const [claim] = selectClaims([groupOf(all, statements)], statements, links, published);
    expect(claim?.text).toBe("Ada Quill opened the new Valdora bridge on Sunday.");
  });
});
