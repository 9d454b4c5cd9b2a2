// Where a claim first appears when the dates leave its carriers open: a copy between two articles of the same month
// (or two undated ones) is drawn one way by the case's article order, and that order is no evidence. It must not make
// one of them the article "the others take the claim from", and so name it first, ahead of an article dated to a day
// of that month. Which file is named "a" and which "z" must not decide where the claim first appears.
import { describe, expect, it } from "vitest";
import type { ClaimNodeAttrs } from "../../src/graph/types.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

const STORY = "The Quillan harbour board has invited the Tesk family to open the new ferry terminal on 20 June";
const LEDGER = frontMatterArticle("en", "Quillan Ledger", "2031-06-13", "Terminal opening", `${STORY}, local media said.\n\nThe terminal cost 40 million.`);
const CHECK = `Reports that ${STORY} are false, harbour board secretary Ilse Varro said on Friday. The invitation is fake.\n\nNo guest has been named, Varro said, and the opening date is not set.`;
const WEEKLY = frontMatterArticle("en", "Marrow Weekly", "2031-06", "No invitation", CHECK);
const COPY = frontMatterArticle("en", "Dunmere Alerts", "2031-06", "Terminal invitation denied", `${CHECK}\n\nFollow us for more.`);

/** The claim every article carries, and where it is said to first appear, with the weekly and its copy saved under the given ids. */
async function firstAppearance(weekly: string, copy: string): Promise<string | undefined> {
  const { graph } = await analyseCaseFolder(await makeCase({ "ledger.txt": LEDGER, [`${weekly}.txt`]: WEEKLY, [`${copy}.txt`]: COPY }));
  const key = graph.filterNodes((_k, a) => a.kind === "claim" && !(a as ClaimNodeAttrs).debunks && (a as ClaimNodeAttrs).articles.length === 3)[0];
  if (!key) throw new Error("no claim carried by all three articles");
  const c = graph.getNodeAttributes(key) as ClaimNodeAttrs;
  const first = (c.appearsFirstIn ?? c.origins)[0];
  return first === weekly ? "weekly" : first === copy ? "copy" : first;
}

describe("a copy between two articles of the same month", () => {
  it("does not put either first by the ids' order: the article dated to a day is named first", async () => {
    expect(await firstAppearance("a-weekly", "b-copy")).toBe("ledger");
    expect(await firstAppearance("z-weekly", "b-copy")).toBe("ledger");
  });
});
