// A lead that restates a claim whole under a negation ("The institute says it never verified that …") denies it as
// surely as a verdict word would: a later restatement outlives that denial. Own invented English copy.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";

const article = (outlet: string, date: string, body: string, title?: string) =>
  `---\noutlet: ${outlet}\npublished: ${date}\nlanguage: en\n${title ? `title: ${title}\n` : ""}---\n${body}\n`;

describe("a lead that restates the claim under a negation", () => {
  it("reports it false confidently enough for claim_outlives_debunk", async () => {
    const root = await makeCase({
      "a.txt": article("Marlow Wire", "2026-05-02", "Tessaly Foods' Q-7 oat drink lowers blood pressure by 12 percent in clinical trials, the firm said."),
      "b.txt": article(
        "Harbour Science Desk",
        "2026-05-05",
        "The Ostrava clinic named by Tessaly Foods says it never verified that the Q-7 oat drink lowers blood pressure by 12 percent.",
        "Questions over oat drink study",
      ),
      "c.txt": article("Pantry Weekly", "2026-05-08", "Tessaly Foods' Q-7 oat drink lowers blood pressure by 12 percent in clinical trials, its marketing head said on Monday."),
    });
    const { graph } = await analyseCaseFolder(root);
    const outlived = graph.getAttribute("findings").filter((f) => f.type === "claim_outlives_debunk");
    expect(outlived.map((f) => f.articles)).toEqual([["c", "b"]]);
  });
});
