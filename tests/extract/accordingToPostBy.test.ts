// "according to a post by Tessa Brandt": a post, a tweet or a message is as often a person's as a site's; the name after
// it is an outlet only with an outlet's evidence.
import { describe, expect, it } from "vitest";
import { readPlain } from "./helpers.ts";

const cited = (body: string) => readPlain(body, "en").attributions.map((a) => a.outletName);

describe("en: according to a post by …", () => {
  it("a person's post cites no outlet", () => expect(cited("The dam cracked, according to a post by Ruth Lane on X.")).toEqual([]));
  it("a paper's post cites the paper", () => expect(cited("The dam cracked, according to a post by the Quillon Herald on its website.")).toEqual(["Quillon Herald"]));
});
