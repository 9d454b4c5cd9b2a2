// A credit naming a social platform, alone or with what was taken from it ("Source: Instagram screenshot taken Mon Feb
// 3", "(Source: Facebook post, March 3)"), says where a picture or a text was found: a platform is no outlet.
import { describe, expect, it } from "vitest";
import { readPlain } from "./helpers.ts";

const cited = (body: string) => readPlain(body, "en").attributions.map((a) => a.outletName);

describe("en: a platform in a source credit", () => {
  it.each([
    "The picture of the flooded pier spread fast.\n\n(Source: Instagram screenshot taken Mon Feb 3 2025)",
    "The picture of the flooded pier spread fast.\n\nSource: Facebook post, March 3",
    "The picture of the flooded pier spread fast.\n\nSource: TikTok",
  ])("%s", (body) => expect(cited(body)).toEqual([]));

  it("an outlet in the same place still credits", () => expect(cited("The picture of the flooded pier spread fast.\n\n(Source: Quillon Herald)")).toEqual(["Quillon Herald"]));
});
