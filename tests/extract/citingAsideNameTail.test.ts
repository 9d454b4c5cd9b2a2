// "The Lakeside Courier, citing Mara Voss, said …": the subject that cites is the outlet the article relies on. A
// registered name that is only the tail of the subject's longer name ("The Courier" inside "The Lakeside Courier") is not
// that outlet: naming it would invent a citation.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const registry = createOutletRegistry([
  { name: "The Courier", aliases: [], descriptors: [], domains: [], kind: "newspaper" },
  { name: "Harbour Wire", aliases: [], descriptors: [], domains: [], kind: "agency" },
]);
const cited = (body: string) => readText(body, registry, { outlet: "Test Daily", language: "en" }).attributions.map((a) => a.outletName);

describe("en: the outlet that cites, as the subject of a citing aside", () => {
  it("not the registered tail of a longer name", () => expect(cited("The Lakeside Courier, citing Mara Voss, said the well was dry.")).not.toContain("The Courier"));
  it("the registered name itself", () => expect(cited("The Courier, citing Mara Voss, said the well was dry.")).toEqual(["The Courier"]));
  it("after an outlet word", () => expect(cited("The agency Harbour Wire, citing Mara Voss, said the well was dry.")).toEqual(["Harbour Wire"]));
});
