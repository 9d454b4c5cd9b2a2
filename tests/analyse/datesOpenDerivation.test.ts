// Whether an article took a claim from another where their dates leave the order open (the same day, a month that
// holds the other's day, no date): the texts must say so (a credit, a copy, a syndication credit). The case's article
// order breaks ties between such dates by id, and that tie-break is no date: which article is named "a" and which "z"
// must not decide which took the claim from which.
import { describe, expect, it } from "vitest";
import type { ClaimNodeAttrs } from "../../src/graph/types.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

const STORY = "The Ardley county council will shut the Voss Lane library at the end of August, councillor Ines Parrow said";
const LEDGER = frontMatterArticle("en", "Ardley Ledger", "2031-06-03", "Library to shut", `${STORY}.\n\nThe library opened in 1962.`);
// The echo names the Ledger for another point than the closure, paragraphs away from where it states it.
const ECHO = frontMatterArticle("en", "Voss Echo", "2031-06-03", "Voss Lane library closing", `${STORY} on Monday.\n\nParents say the reading club will move to the school.\n\nThe Ardley Ledger reported last week that bus fares will rise in July.`);

/** The echo's derivations of the claim both articles carry, with the ledger saved under `ledgerFile`. */
async function echoDerivations(ledgerFile: string): Promise<string[]> {
  const { graph } = await analyseCaseFolder(await makeCase({ [`${ledgerFile}.txt`]: LEDGER, "m-echo.txt": ECHO }));
  const key = graph.filterNodes((_k, a) => a.kind === "claim" && (a as ClaimNodeAttrs).articles.length === 2)[0];
  if (!key) throw new Error("no claim carried by both articles");
  return ((graph.getNodeAttributes(key) as ClaimNodeAttrs).derivedFrom?.["m-echo"] ?? []).map((d) => (d === ledgerFile ? "ledger" : d));
}

describe("a derivation between articles of the same day", () => {
  it("does not depend on which article's id sorts first", async () => {
    const before = await echoDerivations("a-ledger");
    const after = await echoDerivations("z-ledger");
    expect(before).toEqual(after);
    // The echo gives the claim its own source (the councillor) and credits the ledger only for another point, away
    // from the claim: nothing says it took the closure from the ledger.
    expect(after).toEqual([]);
  });
});
