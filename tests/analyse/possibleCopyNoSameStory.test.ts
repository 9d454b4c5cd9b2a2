// A syndication finding names the articles that carry the same text as the credited reprint. A possible copy (drawn
// dashed: two texts that share a third party's statement, one quoting it, the other printing it as its own) is no
// evidence that they do: a news site quoting a ministry's statement was named as carrying an aggregator's reprint of
// another site's story. Invented texts and outlets.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

const STATEMENT =
  "Informația potrivit căreia podul peste Someș va fi închis definitiv din toamnă este falsă. " +
  "Consiliul nu a discutat niciodată o asemenea decizie, iar lucrările de întreținere continuă conform calendarului stabilit în primăvară. " +
  "Rugăm cetățenii să verifice informațiile pe pagina oficială a instituției înainte de a le distribui mai departe";

describe("a syndication finding over a possible copy", () => {
  it("names no article as carrying the reprint's text when the two only share a quoted statement", async () => {
    const { graph } = await analyseCaseFolder(
      await makeCase({
        "news.txt": frontMatterArticle("ro", "Știri de Someș", "2026-03-04", "Consiliul dezminte închiderea podului", `Consiliul Județean a transmis, sâmbătă, că în presă circulă o informație falsă despre podul peste Someș.\n\n"${STATEMENT}", a transmis Consiliul Județean.\n\nReprezentanții consiliului susțin că lucrările de întreținere continuă conform planului.`),
        "agg.txt": frontMatterArticle("ro", "Ziare Adunate", "2026-03-05", "INFORMAȚIE FALSĂ despre podul peste Someș", `INFORMAȚIE FALSĂ despre podul peste Someș ${STATEMENT}… Citeste articolul mai departe pe gazetasomesului.ro…`),
      }),
    );
    const findings = graph.getAttribute("findings").filter((f) => f.type === "syndication");
    expect(findings.map((f) => f.articles[0])).toContain("agg");
    expect(findings.flatMap((f) => f.articles)).not.toContain("news");
  });
});
