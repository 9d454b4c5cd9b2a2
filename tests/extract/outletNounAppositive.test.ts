// An outlet noun may introduce the name after a comma, as an appositive ("published by a satirical site, the Quillon
// Post"), or be the bare noun "site" ("reported by the site Quillon Post"); a comma before anything but "the" and a
// capital may open the next clause and names no outlet.
import { describe, expect, it } from "vitest";
import { readPlain } from "./helpers.ts";

const cited = (body: string) => readPlain(body, "en").attributions.map((a) => `${a.outletName}:${a.frame}`);

describe("en: the name an outlet noun introduces", () => {
  it.each([
    ["The rumour was first published by a parody site, the Quillon Post, and later repeated as news.", "Quillon Post:reported_by"],
    ["The rumour was first reported by the site Quillon Post.", "Quillon Post:reported_by"],
    ["The rumour first appeared on a parody website, the Quillon Post.", "Quillon Post:first_appeared_in"],
  ])("%s", (body, expected) => expect(cited(body)).toEqual([expected]));

  it("a comma before the next clause", () => expect(cited("The rumour was published by a website, Ana Ruiz said.")).toEqual([]));
});
