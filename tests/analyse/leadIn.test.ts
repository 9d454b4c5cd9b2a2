/**
 * A sentence ending its paragraph on a colon announces the words after it ("The statement read as follows:"): two
 * articles quoting one statement share that lead-in word for word, whichever side they take, and it is no claim.
 * Invented story (an invented water board and town).
 */
import { describe, expect, it } from "vitest";
import { groupClaims } from "../../src/analyse/claims.ts";
import { source } from "./statementSources.ts";

describe("a lead-in ending on a colon", () => {
  it.each([":", ";"])("is not drawn as a claim (ending %s)", (mark) => {
    const groups = groupClaims([
      source("harbourpost-a", 3, ["The Kelmar Water Board answered the report about the closed wells.", `In the written statement of the Kelmar Water Board the following words were used${mark}`, "The wells stay open all winter."]),
      source("dalenews-b", 4, ["Residents of Kelmar feared that the wells would close.", `In the written statement of the Kelmar Water Board the following words were used${mark}`, "No decision about the wells has been taken."]),
    ]);
    expect(groups.map((g) => g.label).filter((l) => /following words/u.test(l))).toEqual([]);
  });
});
