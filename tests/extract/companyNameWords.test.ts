// A company's name often ends in the word for its trade ("Larkfield Mining", "Osterby Steelworks"): it speaks as an
// organisation, not as a named person.
import { describe, expect, it } from "vitest";
import { readPlain, sourceLabels } from "./helpers.ts";

describe("en: a trade word ends a company's name", () => {
  it.each([
    ["Larkfield Mining said the quarry would close.", "organisation:Larkfield Mining"],
    ["Osterby Steelworks said the furnace would stay cold.", "organisation:Osterby Steelworks"],
    ["Quillon Shipping said the ferry was late.", "organisation:Quillon Shipping"],
  ])("%s", (body, label) => expect(sourceLabels(readPlain(body, "en"))).toEqual([label]));

  it("a person's name stays a person's", () => expect(sourceLabels(readPlain("Tom Larkfield said the quarry would close.", "en"))).toEqual(["named:Tom Larkfield"]));
});
