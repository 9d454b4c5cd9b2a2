/**
 * A statement one article quotes and another retells in reported speech ("The paper added that …", no marks, its
 * pronouns and tenses) is no printing of the quotation: the retelling alters no quotation (invented texts, invented
 * outlets).
 */
import { describe, expect, it } from "vitest";
import { analyseReuse } from "../../src/align/index.ts";
import { FILLER, article, body } from "./fixtures.ts";
import { handReading } from "./readings.ts";

const QUOTED = "“Less than a day after publication on our website, the Quay Chronicle became aware that the column may not have been genuine and removed it at once,” the statement read.";
const QUOTED_AGAIN = "In its statement the paper said: “Less than a day after publication on our website, the Quay Chronicle became aware that the column may not have been genuine and removed it at once.”";

function quoteRelations(later: string) {
  const articles = [
    article("first", "Harbour Ledger", "2026-03-01", body(FILLER[0]!, QUOTED, FILLER[1]!)),
    article("second", "Brinmoor Daily", "2026-03-02", body(FILLER[2]!, QUOTED_AGAIN)),
    article("third", "Tessaly Times", "2026-03-03", body(FILLER[3]!, later)),
  ];
  return analyseReuse(articles, articles.map((a) => handReading(a, undefined)))
    .relations.filter((r) => r.kind === "alters_quote" || r.kind === "quotes_same")
    .filter((r) => r.from === "third")
    .map((r) => r.kind);
}

describe("a statement retold in reported speech", () => {
  it("alters no quotation", () => {
    expect(quoteRelations("The publication added that less than a day after the article was published, it became aware that the column might not have been genuine and removed it at once.")).toEqual([]);
  });

  it("while the same words quoted with one changed still alter it", () => {
    expect(quoteRelations("“Less than a day after the article was published, the Quay Chronicle became aware that the column might not have been genuine and removed it at once,” the publication added.")).toContain("alters_quote");
  });
});
