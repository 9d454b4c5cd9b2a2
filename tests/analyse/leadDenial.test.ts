// A lead that denies a claim's content — restating it whole under a negation ("The institute says it never verified
// that …"), or negating the figure it gives ("never measured the 900 km range") — reports it false as surely as a
// verdict word: a later restatement outlives that denial. Own invented English copy.
import { describe, expect, it } from "vitest";
import { readStance } from "../../src/analyse/stance.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";

const article = (outlet: string, date: string, body: string, title?: string) =>
  `---\noutlet: ${outlet}\npublished: ${date}\nlanguage: en\n${title ? `title: ${title}\n` : ""}---\n${body}\n`;

async function outlived(files: Record<string, string>): Promise<string[][]> {
  const { graph } = await analyseCaseFolder(await makeCase(files));
  return graph.getAttribute("findings").filter((f) => f.type === "claim_outlives_debunk").map((f) => f.articles);
}

describe("a lead that denies what the claim says", () => {
  it("restating it whole under a negation, reports it false confidently enough for claim_outlives_debunk", async () => {
    const found = await outlived({
      "a.txt": article("Marlow Wire", "2026-05-02", "Tessaly Foods' Q-7 oat drink lowers blood pressure by 12 percent in clinical trials, the firm said."),
      "b.txt": article(
        "Harbour Science Desk",
        "2026-05-05",
        "The Ostrava clinic named by Tessaly Foods says it never verified that the Q-7 oat drink lowers blood pressure by 12 percent.",
        "Questions over oat drink study",
      ),
      "c.txt": article("Pantry Weekly", "2026-05-08", "Tessaly Foods' Q-7 oat drink lowers blood pressure by 12 percent in clinical trials, its marketing head said on Monday."),
    });
    expect(found).toEqual([["c", "b"]]);
  });

  it("negating the figure the claim gives, reports it false confidently enough too", async () => {
    const found = await outlived({
      "a.txt": article("Ridge Newswire", "2026-06-01", "Velta Motors said its E9 electric truck covers 900 km on a single charge in road trials near Kessby."),
      "b.txt": article(
        "Freight Ledger",
        "2026-06-03",
        'The proving ground near Kessby named by Velta Motors says it never measured the 900 km range of the E9 electric truck on a single charge. "We ran two short laps and we did not time a full charge," said Ora Tamm, who runs the track.',
      ),
      "c.txt": article("Truck Talk Daily", "2026-06-06", "The E9 electric truck from Velta Motors covers 900 km on a single charge, a record for its class, the maker said after road trials near Kessby."),
    });
    expect(found).toEqual([["c", "b"]]);
  });

  it("is no denial of the figure when the negation says something else first", () => {
    const text = "The company has not said when the 900 km truck would reach its first buyers.";
    const s = { start: 0, end: text.length, text };
    const reading = readStance({ language: "en", sentences: [s] }, { statements: [s], debunk: false, negated: false, wording: "Velta Motors said its E9 electric truck covers 900 km", figures: new Set(["900"]) });
    expect(reading.rule).not.toBe("stance.negates_figure");
  });
});
