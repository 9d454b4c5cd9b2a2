// A publication stamp glued to the text's first paragraph ("date 2026-05 The ferry …", a store that writes its date
// field before the text, or a page flattened without its line breaks) opened the first statement, and the claim's text
// then began with a date field. The stamp is split off as a byline; a sentence that opens with a date stays whole.
import { describe, expect, it } from "vitest";
import { cleanArticle } from "../../src/clean/clean.ts";
import { leadingStampLength } from "../../src/clean/stamp.ts";
import type { RawArticle } from "../../src/ingest/types.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";

const raw = (text: string, language: string): RawArticle => ({ meta: { id: "t", file: "t.txt", format: "text", language }, text });

const STORY = "The Marrowby ferry will stop running on Sundays from July because the operator cannot find enough crew, the harbour board said.";

describe("a stamp glued to the first paragraph", () => {
  it.each([
    ["en", "date 2026-05"],
    ["en", "Published: 12 May 2026"],
    ["fr", "Mis à jour le 12/05/2026"],
    ["en", "Updated"],
  ])("%s: %s", (language, stamp) => {
    const glue = stamp === "Updated" ? "" : " ";
    const clean = cleanArticle(raw(`${stamp}${glue}${STORY}\nThe board will meet again in June to review the timetable for the summer.`, language));
    expect(clean.removed.find((r) => r.reason === "byline")?.text).toBe(stamp);
    expect(clean.body.startsWith(STORY)).toBe(true);
  });

  it.each([
    ["en", "On 12 May 2026 The Marrowby ferry stopped running on Sundays."],
    ["en", "Dated documents show the ferry lost money for years."],
    ["de", "Stand 2026 ist die Fähre nach Marrowby das einzige Schiff."],
    ["en", "date 2026-05 Marrowby"],
  ])("%s: %s stays", (language, line) => {
    expect(leadingStampLength(line, language)).toBe(0);
  });

  it("no claim's text opens with the stamp", async () => {
    const root = await makeCase({
      "a.txt": `---\noutlet: Harbour Courier\npublished: 2026-05-03\nlanguage: en\n---\n date 2026-05 ${STORY}\n`,
      "b.txt": `---\noutlet: Marrowby Post\npublished: 2026-05-04\nlanguage: en\n---\nThe Marrowby ferry will stop running on Sundays from July because the operator cannot find enough crew, the harbour board told reporters.\n`,
    });
    const { graph } = await analyseCaseFolder(root);
    const texts = graph.filterNodes((_n, a) => a.kind === "claim").map((c) => String((graph.getNodeAttributes(c) as { text?: string }).text));
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) expect(text).not.toMatch(/^date|2026-05/);
  });
});
