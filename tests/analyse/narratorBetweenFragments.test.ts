/**
 * A quotation printed as fragments, each in its own marks with the writer's words between them, is quoted faithfully:
 * the words outside the marks are the writer's, not the speaker's changed (invented texts).
 */
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

const FULL = "The leaflet was unclear and was plainly deceptive. The leaflet made a false claim that every tenant would pay less rent next year.";

async function altered(laterBody: string): Promise<string[]> {
  const { graph } = await analyseCaseFolder(
    await makeCase({
      "first.txt": frontMatterArticle("en", "Lakeside Record", "2026-02-10", "Ruling", `The housing board ORVA ruled on Tuesday against a landlord's leaflet.\n\nORVA said: "${FULL}"\n\nThe landlord has not answered.`),
      "second.txt": frontMatterArticle("en", "Dune Herald", "2026-02-11", "Ruling", laterBody),
    }),
  );
  return graph
    .getAttribute("findings")
    .filter((f) => f.type === "altered_quote")
    .map((f) => f.explanation);
}

describe("fragments of one statement joined by the writer's words", () => {
  it("are no altered quotation", async () => {
    expect(await altered(`A landlord has been rebuked over a leaflet.\n\nORVA found the leaflet "was plainly deceptive". The leaflet moreover "made a false claim that every tenant would pay less rent next year."\n\nThe landlord has not answered.`)).toEqual([]);
  });

  it("still show a word changed inside the marks", async () => {
    expect((await altered(`A landlord has been rebuked over a leaflet.\n\nORVA found the leaflet "was plainly deceptive". The leaflet moreover "made a false claim that every tenant would pay much less rent next year."\n\nThe landlord has not answered.`)).join(" ")).toContain("much");
  });
});
