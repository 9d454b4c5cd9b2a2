// A retelling in another language that changes a figure is read against its source through the words the two share,
// which must be rare in the case (names, mostly). An uncredited copy of the source prints those names again, and they
// counted as common: a third article carrying the original figure hid the drift along the credited citation.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

const report =
  "The ferry Kestrel ran aground off Skerrow Point with 260 passengers on board, the coastguard said on Thursday. " +
  "Rescue boats from Harnby and Wexcombe reached the stranded vessel within an hour of the alarm. " +
  "Nobody was hurt, and the ferry company said it would refloat the ship at high tide.";

const driftOf = async (retold: string) => {
  const { graph } = await analyseCaseFolder(
    await makeCase({
      "gazette.txt": frontMatterArticle("en", "The Morrow Gazette", "2026-04-02T08:00:00Z", "Ferry aground", report),
      "coastline.txt": frontMatterArticle("en", "Coastline Daily", "2026-04-02T11:00:00Z", "Ferry runs aground", report),
      "fahrt.txt": frontMatterArticle("de", "Fahrt Aktuell", "2026-04-02T15:00:00Z", "Fähre auf Grund", `Die Fähre Kestrel ist vor Skerrow Point mit ${retold} an Bord auf Grund gelaufen, berichtet die Morrow Gazette. Verletzt wurde niemand.`),
    }),
  );
  expect(graph.filterEdges((_, a) => a.kind === "copies").map((e) => graph.source(e))).toEqual(["coastline"]);
  return graph.getAttribute("findings").filter((f) => f.type === "number_drift");
};

describe("a changed figure beside an uncredited copy of the original", () => {
  it("is still number drift along the citation", async () => {
    const found = await driftOf("320 Passagieren");
    expect(found.map((f) => f.articles)).toEqual([["gazette", "fahrt"]]);
  });

  it("control: the same figure retold is no drift", async () => {
    expect(await driftOf("260 Passagieren")).toEqual([]);
  });
});
