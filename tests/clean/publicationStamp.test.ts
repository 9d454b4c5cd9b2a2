// Bylines and publication stamps ("By X, role | date", "Publicerad <date> kl. 14.10", "Posted on <date> by admin")
// stayed in the body: each became a statement, and two of them in two languages "told" one claim by their date's numbers
// alone. They are page furniture now, the article's date is still read from them, and a statement made only of a date
// and names (a dateline the cleaner leaves) links to no other statement.
import { describe, expect, it } from "vitest";
import { cleanArticle } from "../../src/clean/clean.ts";
import { isPublicationStamp, onlyDateAndNames } from "../../src/clean/stamp.ts";
import type { RawArticle } from "../../src/ingest/types.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";

const raw = (text: string, language: string): RawArticle => ({ meta: { id: "t", file: "t.txt", format: "text", language }, text });

const STORY = "The Marrowby ferry will stop running on Sundays from July because the operator cannot find enough crew, the harbour board said.";

type Graph = Awaited<ReturnType<typeof analyseCaseFolder>>["graph"];
/** The texts of a graph's claims. */
const claimTexts = (graph: Graph): string[] => graph.filterNodes((_n, a) => a.kind === "claim").map((c) => String((graph.getNodeAttributes(c) as { text?: string }).text));

describe("bylines and publication stamps are page furniture", () => {
  it.each([
    ["en", "By Tomas Reyes, Transport Editor | 3 May 2026"],
    ["sv", "Publicerad 3 maj 2026 kl. 09.45"],
    ["en", "Posted on May 4, 2026 by editor"],
    ["de", "Veröffentlicht am 3. Mai 2026 um 09:45 Uhr"],
    ["pt", "Publicado em 03/05/2026 às 09h45 | Atualizado em 04/05/2026"],
  ])("%s: %s", (language, stamp) => {
    const clean = cleanArticle(raw(`${stamp}\n${STORY}\n${stamp.replace(/3|4/, "5")}`, language));
    expect(clean.removed.filter((r) => r.reason === "byline")).toHaveLength(2);
    expect(clean.body).toBe(STORY);
  });

  it("a sentence that gives a date, or a headline of a name and a date, stays", () => {
    const sentence = "The board published its timetable on May 3, 2026 after months of talks.";
    const clean = cleanArticle(raw(`${STORY}\n${sentence}\nMarrowby, 3 May 2026`, "en"));
    expect(clean.removed.some((r) => r.reason === "byline")).toBe(false);
  });

  it("an article without a date is still dated by its stamp", async () => {
    const root = await makeCase({
      "a.txt": `---\noutlet: Marrowby Bladet\nlanguage: sv\n---\nFärjan slutar gå på söndagar\nPublicerad 3 maj 2026 kl. 09.45\nFärjan till Marrowby slutar gå på söndagar från juli eftersom rederiet saknar besättning, uppger hamnstyrelsen.\n`,
    });
    const { graph } = await analyseCaseFolder(root);
    expect((graph.getNodeAttributes("a") as { published?: string }).published).toBe("2026-05-03");
  });

  it("two stamps in two languages tell no claim", async () => {
    const root = await makeCase({
      "a.txt": `---\noutlet: Harbour Courier\npublished: 2026-05-03\nlanguage: en\n---\nMarrowby ferry to stop on Sundays\nBy Tomas Reyes, Transport Editor | 12 May 2026\n${STORY}\n`,
      "b.txt": `---\noutlet: Marrowby Bladet\npublished: 2026-05-03\nlanguage: sv\n---\nFärjan slutar gå på söndagar\nFärjan till Marrowby slutar gå på söndagar från juli eftersom rederiet saknar besättning, uppger den brittiska tidningen Harbour Courier.\nPublicerad 12 maj 2026 kl. 09.45\n`,
    });
    const { graph } = await analyseCaseFolder(root);
    for (const text of claimTexts(graph)) expect(text).not.toMatch(/2026/);
  });
});

describe("a statement of only a date and names", () => {
  it("links to no other statement", async () => {
    // A dateline on its own line after the story: no stamp word, so the cleaner leaves it.
    const root = await makeCase({
      "a.txt": `---\noutlet: Harbour Courier\npublished: 2026-05-03\nlanguage: en\n---\n${STORY}\nMarrowby Quay, 3 May 2026\n`,
      "b.txt": `---\noutlet: Marrowby Bladet\npublished: 2026-05-03\nlanguage: sv\n---\nFärjan till Marrowby slutar gå på söndagar från juli eftersom rederiet saknar besättning, uppger den brittiska tidningen Harbour Courier.\nMarrowby Quay, 3 maj 2026\n`,
    });
    const { graph } = await analyseCaseFolder(root);
    for (const text of claimTexts(graph)) expect(text).not.toMatch(/2026/);
  });

  it("control: two articles telling one story with its date still share its claim", async () => {
    const root = await makeCase({
      "a.txt": `---\noutlet: Harbour Courier\npublished: 2026-05-03\nlanguage: en\n---\nThe Marrowby ferry will stop running on Sundays from 12 July 2026, the harbour board said.\n`,
      "b.txt": `---\noutlet: Quayside News\npublished: 2026-05-04\nlanguage: en\n---\nThe Marrowby ferry will no longer run on Sundays from 12 July 2026, according to the harbour board.\n`,
    });
    const { graph } = await analyseCaseFolder(root);
    expect(claimTexts(graph).length).toBeGreaterThan(0);
  });
});

// The dates of a line are read once and its left-over taken from them (each reading tries every locale chrono has when
// none finds a date): the answers stay those of a line read twice.
describe("a line of only a date and names", () => {
  it.each([
    ["en", "Kalvö, 12 October 2026", true],
    ["sv", "Kalvö 12 oktober 2026", true],
    ["en", "Report number 1999.", false],
    ["en", "The Kalvö ferry stopped on 12 October 2026.", false],
    ["en", "Kalvö, 12 October", false],
  ])("%s: %s", (language, line, expected) => {
    expect(onlyDateAndNames(line, language)).toBe(expected);
  });

  it.each([
    ["en", "By Tomas Reyes | 3 May 2026, 09:45", true],
    ["en", "Budget Day, 12 March 2026", false],
    ["en", "By Tomas Reyes | Report number 1999", false],
  ])("stamp %s: %s", (language, line, expected) => {
    expect(isPublicationStamp(line, language)).toBe(expected);
  });
});
