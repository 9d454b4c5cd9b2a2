// Same-day reports (or undated pages) of one statement all quote it; two of them also print one short phrase alike. The statement every
// report quotes links none of them to another: beside that one phrase it shows no copy. Where the dates order the two,
// the later one may have taken both from the earlier (control). Invented texts (an invented town, people and papers).
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";

/** An article's file; `published` undefined for an undated page. */
const article = (outlet: string, published: string | undefined, body: string): string =>
  `---\noutlet: ${outlet}\n${published ? `published: ${published}\n` : ""}language: en\n---\n${body}\n`;

const STATEMENT = "The water in the eastern reservoir is safe to drink and no further tests are needed";
// One phrase of 16 words, shorter than a copied paragraph, that only two of the reports print.
const QUEUES = "Residents of the eastern districts had queued for bottled water at the market hall since Monday";

const BODIES = {
  a: `Brennick's water board on Tuesday rejected reports that the town's supply was contaminated.\n\n"${STATEMENT}," spokeswoman Lina Sorel said.\n\n${QUEUES}, and two schools kept their fountains closed.`,
  b: `The town of Brennick says its tap water is fine after a day of rumours.\n\n"${STATEMENT}," said Lina Sorel, who speaks for the water board.\n\n${QUEUES}. Shops ran out by noon.`,
  c: `Officials in Brennick moved to calm residents on Tuesday. "${STATEMENT}," Lina Sorel told reporters at the town hall.`,
  d: `A water board spokeswoman denied that Brennick's reservoir was polluted. "${STATEMENT}," Lina Sorel said in a statement.`,
};

async function copies(dates: { a?: string; b?: string; others?: string }): Promise<string[]> {
  const { graph } = await analyseCaseFolder(
    await makeCase({
      "a.txt": article("Ferrow Gazette", dates.a, BODIES.a),
      "b.txt": article("Kessel Evening News", dates.b, BODIES.b),
      "c.txt": article("Lowmarsh Herald", dates.others, BODIES.c),
      "d.txt": article("Tarn Valley Echo", dates.others, BODIES.d),
    }),
  );
  return graph.filterEdges((_, a) => a.kind === "copies").map((e) => `${graph.source(e)} -> ${graph.target(e)}`);
}

describe("a short phrase beside a statement every same-day report quotes", () => {
  it("shows no copy between two reports of the same day", async () => {
    expect(await copies({ a: "2025-09-02", b: "2025-09-02", others: "2025-09-02" })).toEqual([]);
  });

  it("shows none between undated pages that all print it, where nothing orders any of them", async () => {
    expect(await copies({})).toEqual([]);
  });

  it("shows none between an undated page and a dated report, where later reports quote the statement too", async () => {
    // Nothing orders the undated page against the report: the statement, which two others quote as well, is the
    // speaker's words anyone quoting her prints, and links neither to the other.
    expect(await copies({ a: "2025-09-02", others: "2025-09-05" })).toEqual([]);
  });

  it("control: shows one where the dates put one report after the other", async () => {
    expect(await copies({ a: "2025-09-02", b: "2025-09-03", others: "2025-09-02" })).toEqual(["b -> a"]);
  });
});
