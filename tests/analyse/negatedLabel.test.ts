// A claim most of whose articles tell it plainly is labelled by a statement that tells it, not by a denial's negated
// wording of it ("Lake Orno will not charge drivers …, town hall says"): that label says the opposite of what the
// stances count. A claim that is itself a negation keeps a negated label. Own invented stories.
import { describe, expect, it } from "vitest";
import { groupClaims } from "../../src/analyse/claims.ts";
import { source } from "./statementSources.ts";

describe("a claim's label", () => {
  it("is not a denial's negated wording when most of its statements tell it plainly", () => {
    const claims = groupClaims([
      source("lakeside-1", 1, ["Lake Orno will charge drivers 20 euros an hour to park by the shore, a travel blog said."], [], { title: "Lake Orno to charge drivers 20 euros an hour" }),
      source("valley-1", 2, ["Drivers at Lake Orno will pay 20 euros an hour to park by the shore."], [], { title: "Parking by the shore of Lake Orno will cost drivers 20 euros an hour" }),
      source("ridge-1", 3, ["The town hall said the story began on a travel blog.", "Parking stays free."], [], { title: "Lake Orno will not charge drivers 20 euros an hour to park by the shore, town hall says" }),
    ]);
    expect(claims[0]?.articles).toEqual(["lakeside-1", "valley-1", "ridge-1"]);
    expect(claims[0]?.label).toBe("Lake Orno will charge drivers 20 euros an hour to park by the shore");
  });

  it("is negated when the claim is: most of its statements negate it", () => {
    const claims = groupClaims([
      source("lakeside-1", 1, ["The Lake Orno town hall will not close the shore car park this summer, its mayor said."]),
      source("valley-1", 2, ["The Lake Orno town hall will not close the shore car park this summer."]),
      source("ridge-1", 3, ["The Lake Orno town hall will close the shore car park this summer, a travel blog claimed."]),
    ]);
    expect(claims[0]?.articles).toEqual(["lakeside-1", "valley-1", "ridge-1"]);
    expect(claims[0]?.label).toMatch(/will not close/);
  });
});
