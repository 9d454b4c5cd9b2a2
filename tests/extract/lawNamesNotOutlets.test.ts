// "according to the Harbour and Coastal Fisheries Act": the name of a law is a document's, never an outlet's.
import { describe, expect, it } from "vitest";
import { readPlain } from "./helpers.ts";

const cited = (body: string) => readPlain(body, "en").attributions.map((a) => a.outlet);

describe("a law's name after 'according to'", () => {
  it.each([
    "For instance, according to the Harbour and Coastal Fisheries Act, selling undersized fish warrants a fine.",
    "Such posts are banned, according to the Quillon Broadcasting Code.",
  ])("%j cites no outlet", (body) => {
    expect(cited(body)).toEqual([]);
  });

  it("still cites a paper named by its outlet word", () => {
    expect(cited("The port was closed, according to the Quillon Harbour Herald.")).toEqual(["outlet:quillon-harbour-herald"]);
  });
});
