/**
 * "Credits no one" means the article gives no credit, not that the reading found none: a printing with no speaker read,
 * in an article that names the person the other printings credit, is no drift to "no one" (invented texts).
 */
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

const WORDS = "The northern pier will stay closed until every plank has been replaced and checked by engineers";

async function driftWith(language: string, title: string, laterBody: string): Promise<string[]> {
  const { graph } = await analyseCaseFolder(
    await makeCase({
      "bell.txt": frontMatterArticle("en", "Harbour Bell", "2026-03-01", "Pier closed", `The harbour master Tova Lindqvist spoke on Monday.\n\n“${WORDS},” Tova Lindqvist said at the harbour office.`),
      "ledger.txt": frontMatterArticle(language, "Bay Ledger", "2026-03-02", title, laterBody),
    }),
  );
  return graph
    .getAttribute("findings")
    .filter((f) => f.type === "attribution_drift")
    .map((f) => f.explanation);
}

describe("a printing with no speaker read, in an article naming the credited person", () => {
  it("is left out when the headline names the person by surname", async () => {
    expect(await driftWith("en", "Lindqvist on the pier", `Lindqvist: “${WORDS}”\n\nThe pier will not open this spring.`)).toEqual([]);
  });

  it("is left out when a possessive beside the quotation refers to the person named before", async () => {
    expect(await driftWith("en", "Pier", `A poster shows the face of Tova Lindqvist and, beside it, her supposed quote: “${WORDS}”. The pier will not open this spring.`)).toEqual([]);
  });

  it("still credits no one where the article never names the person", async () => {
    const drift = await driftWith("en", "Pier", `A sign on the gate of the pier now reads: “${WORDS}”. The pier will not open this spring.`);
    expect(drift.join(" ")).toContain("credit no one");
  });
});
