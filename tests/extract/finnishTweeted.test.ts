// Finnish: a tweet quotes its writer as a statement does ("X tviittasi, että …", English "tweeted"): a body that tweeted
// is the source of what it said (session 39). Invented.
import { describe, expect, it } from "vitest";
import { readPlain, sourceLabels } from "./helpers.ts";

describe("Finnish tweeted", () => {
  it("a body that tweeted is a source", () => {
    for (const verb of ["tviittasi", "twiittasi"]) {
      const r = readPlain(`Myöhemmin illalla Satamalaitos ${verb}, ettei laiturin sulkemisesta ole tehty päätöstä.`, "fi");
      expect(sourceLabels(r)).toEqual(["organisation:Satamalaitos"]);
    }
  });
});
