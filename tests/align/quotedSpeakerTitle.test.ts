// Two articles that quote one person alike and name her with the same title share two passages: the quotation and the
// phrase "Vera Holm, the minister of health of the Republic of Tessaly, said". Both are what anyone quoting her
// prints: the same quotation (quotes_same), not a copy. Own invented texts.
import { describe, expect, it } from "vitest";
import { alignDocuments } from "../../src/align/align.ts";
import { classifyReuse } from "../../src/align/classify.ts";
import type { CleanArticle } from "../../src/clean/types.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";
import { FILLER, article, body } from "./fixtures.ts";
import { handReading, type HandReading } from "./readings.ts";

function relations(articles: CleanArticle[], hand: Record<string, HandReading> = {}) {
  const pairs = alignDocuments(articles.map((a) => ({ id: a.meta.id, text: a.body }))).pairs;
  return classifyReuse({ articles, readings: articles.map((a) => handReading(a, hand[a.meta.id])), pairs });
}
const summary = (rs: ReturnType<typeof relations>) => rs.map((r) => `${r.kind} ${r.from}->${r.to}`).sort();

const HOLM = [{ name: "Vera Holm", type: "named" as const, names: ["Vera Holm", "she"] }];
const TITLE = "Vera Holm, the minister of health of the Republic of Tessaly, said";
const QUOTE = "Every village deserves a doctor within an hour's walk, and we will not rest until that is true";

describe("a quoted person's name and title beside the quotation", () => {
  it("is the same quotation, not a copy", () => {
    const rs = relations(
      [
        article("early", "River Herald", "2026-03-02", body(FILLER[0]!, `${TITLE} the clinics would open next spring. "${QUOTE}," she told reporters.`, FILLER[1]!)),
        article("late", "Valley Post", "2026-03-04", body(FILLER[2]!, `"${QUOTE}," ${TITLE} at a press event.`, FILLER[3]!)),
      ],
      { early: { sources: HOLM }, late: { sources: HOLM } },
    );
    expect(summary(rs)).toEqual(["quotes_same late->early"]);
  });

  it("still shows a copy beside a second passage of the writer's own prose", () => {
    const prose = "the pumps on the north bank failed twice during the night because the generators ran dry";
    const rs = relations(
      [
        article("early", "River Herald", "2026-03-02", body(FILLER[0]!, `${TITLE} the clinics would open next spring. "${QUOTE}," she told reporters.`, `Residents heard that ${prose}.`)),
        article("late", "Valley Post", "2026-03-04", body(FILLER[2]!, `"${QUOTE}," ${TITLE} at a press event.`, `Yesterday ${prose}, we learned.`)),
      ],
      { early: { sources: HOLM }, late: { sources: HOLM } },
    );
    expect(summary(rs)).toContain("copies late->early");
  });

  it("is the same quotation, not a copy, as the whole pipeline reads two such texts", async () => {
    const file = (outlet: string, published: string, text: string) => `---\noutlet: ${outlet}\npublished: ${published}\nlanguage: en\n---\n${text}\n`;
    const root = await makeCase({
      "early.txt": file("River Herald", "2026-03-02", body("Plans for twelve rural clinics were unveiled on Monday in the capital.", `${TITLE} the clinics would open next spring. "${QUOTE}," she told reporters.`, "The opposition called the plan vague.")),
      "late.txt": file("Valley Post", "2026-03-04", body("Residents of the northern valleys doubt the clinics will ever be staffed.", `"${QUOTE}," ${TITLE} at a press event.`, "Doctors' unions say there are too few nurses.")),
    });
    const { graph } = await analyseCaseFolder(root);
    const kinds = graph.edges().filter((e) => graph.source(e) === "late" && graph.target(e) === "early").map((e) => graph.getEdgeAttribute(e, "kind") as string);
    expect(kinds).not.toContain("copies");
    expect(kinds).toContain("quotes_same");
  });
});
