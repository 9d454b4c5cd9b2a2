// A page flattened from markup may lose the space after a sentence's end ("… in the valley.According to Reuters, …"): the
// second sentence, and the citation that opens it, went unread. The cleaner gives the space back. Invented texts.
import { describe, expect, it } from "vitest";
import { cleanArticle } from "../../src/clean/clean.ts";
import { gluedSentenceStarts, spaceGluedSentences } from "../../src/clean/gluedSentences.ts";
import { readArticle } from "../../src/extract/read.ts";
import type { RawArticle } from "../../src/ingest/types.ts";
import { loadDefaultRegistry } from "../../src/ingest/loadCase.ts";

const raw = (text: string, language = "en"): RawArticle => ({ meta: { id: "t", file: "t.txt", format: "text", outlet: "Harbour Ledger", language }, text });

describe("a sentence glued to the one before gets its space back", () => {
  it.each([
    ["The ferry sank near the valley.According to Reuters, four people were rescued.", "The ferry sank near the valley. According to Reuters, four people were rescued."],
    ["Der Damm brach am Montag.Laut Polizei wurde niemand verletzt.", "Der Damm brach am Montag. Laut Polizei wurde niemand verletzt."],
    ['The mill closed in 1998.It never reopened.', "The mill closed in 1998. It never reopened."],
    ['Others doubt the story."It is simply untrue," said Ivo Marsh.', 'Others doubt the story. "It is simply untrue," said Ivo Marsh.'],
    ['"We lost," she said."Nobody came to help."', '"We lost," she said. "Nobody came to help."'],
    ["Was it true?Nobody knew.", "Was it true? Nobody knew."],
  ])("%s", (text, spaced) => {
    expect(spaceGluedSentences(text).text).toBe(spaced);
  });
});

describe("a long text of many quotations", () => {
  it("tells every straight quote that opens a sentence from one that closes it, to the end", () => {
    // Three glued starts a paragraph: after a closing quote, before an opening one, and before the next paragraph.
    const paragraph = (n: number, glue: string) => `Ivo Marsh said "we lost ${n} boats."${glue}Nobody came.${glue}"It is untrue," said Lena Brook.`;
    const count = 7000;
    const glued = Array.from({ length: count }, (_, n) => paragraph(n, "")).join("");
    const spaced = Array.from({ length: count }, (_, n) => paragraph(n, " ")).join(" ");
    const { text, spaces } = spaceGluedSentences(glued);
    expect(spaces).toHaveLength(3 * count - 1);
    expect(text).toBe(spaced);
  });
});

describe("control: no space inside an address, an initial or a title", () => {
  it.each([
    "The rumour began on Harbourfacts.Org, a small site.",
    "Read it at www.harbourpost.com/News.Today before noon.",
    "The U.S.Navy sent two ships.",
    "She met Prof.Lin Hale at the port.",
    "He wrote to Dr.Hale again.",
    "Ein Zusatz [z.B.Der Hafen] folgt.",
  ])("%s", (text) => {
    expect(gluedSentenceStarts(text)).toEqual([]);
  });
});

describe("the cleaned body", () => {
  it("maps every kept stretch back to the page text, around the spaces it added", () => {
    const cleaned = cleanArticle(raw("The ferry sank near the valley on a calm night in early spring.According to Reuters, four people were rescued.Divers searched the wreck until dawn."));
    expect(cleaned.body).toBe("The ferry sank near the valley on a calm night in early spring. According to Reuters, four people were rescued. Divers searched the wreck until dawn.");
    expect(cleaned.kept).toHaveLength(3);
    for (const k of cleaned.kept) expect(cleaned.body.slice(k.bodyStart, k.bodyStart + k.length)).toBe(cleaned.text.slice(k.textStart, k.textStart + k.length));
  });

  it("reads the citation that opens the glued sentence", async () => {
    const registry = await loadDefaultRegistry();
    const reading = readArticle(cleanArticle(raw("The ferry sank near the valley on a calm night in early spring.According to Reuters, four people were rescued by fishermen.")), registry);
    expect(reading.attributions.map((a) => [a.frame, a.outletName])).toEqual([["according_to", "Reuters"]]);
  });
});
