/** A quotation a speech verb credits to a speaker described, not named, credits someone: no "credit no one" drift (invented texts). */
import { describe, expect, it } from "vitest";
import { creditedBySpeechVerb } from "../../src/extract/reportedSpeech.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

const QUOTE = "“The northern pier will stay closed until every plank has been replaced and checked by engineers,”";

async function driftWith(laterBody: string): Promise<string[]> {
  const { graph } = await analyseCaseFolder(
    await makeCase({
      "bell.txt": frontMatterArticle("en", "Harbour Bell", "2026-03-01", "Pier closed", `The harbour master Tova Lind spoke on Monday.\n\n${QUOTE} Tova Lind said at the harbour office.`),
      "ledger.txt": frontMatterArticle("en", "Bay Ledger", "2026-03-02", "Pier shut", `The pier will not open this spring.\n\n${laterBody}`),
    }),
  );
  return graph
    .getAttribute("findings")
    .filter((f) => f.type === "attribution_drift")
    .map((f) => f.explanation);
}

describe("a quotation credited by a speech verb to a described speaker", () => {
  it("is no printing that credits no one", async () => {
    expect(await driftWith(`${QUOTE} wrote the veteran harbour master in a letter to boat owners.`)).toEqual([]);
  });

  it("still tells a printing that gives the words with no speech verb as crediting no one", async () => {
    const drift = await driftWith(`A sign on the gate of the pier now reads: ${QUOTE.replace(/,”$/, "”")}.`);
    expect(drift.join(" ")).toContain("credit no one");
  });

  it.each([
    ["a verb right after the closing mark", `${QUOTE} wrote the veteran harbour master.`, true],
    ["a verb a few words after it", `${QUOTE} the veteran harbour master wrote.`, true],
    ["a verb introducing it", `The veteran harbour master wrote: ${QUOTE.replace(/,”$/, "”")}.`, true],
    ["no speech verb", `The gate sign now reads: ${QUOTE.replace(/,”$/, "”")}.`, false],
    ["a verb further off in its sentence", `${QUOTE} the veteran harbour master, who has run the port for thirty years, told the council.`, true],
    ["a verb opening its sentence, words between", `The council minutes say the harbour master wants it known that ${QUOTE.replace(/,”$/, "”")}.`, true],
  ])("reads %s", (_, body, credited) => {
    const open = body.indexOf("“");
    const close = body.indexOf("”") + 1;
    expect(creditedBySpeechVerb(body, [{ start: 0, end: body.length, text: body }], { start: open, end: close }, "en")).toBe(credited);
  });

  // "The statement says the following:" and the words in a paragraph of their own: the sentence before them credits them.
  it.each([
    ["a speech verb in the sentence ending on a colon before them", "The harbour office statement says the following:", true],
    ["the same with words between the verb and the colon", "In full, the harbour office said in its statement on Monday the following:", true],
    ["no speech verb in that sentence", "The gate sign now reads as follows:", false],
    ["a sentence before them that ends on no colon", "The harbour office statement says more.", false],
  ])("reads %s", (_, intro, credited) => {
    const quote = QUOTE.replace(/,”$/, "”");
    const body = `${intro}\n\n${quote}`;
    const sentences = [
      { start: 0, end: intro.length, text: intro },
      { start: intro.length + 2, end: body.length, text: quote },
    ];
    expect(creditedBySpeechVerb(body, sentences, { start: intro.length + 2, end: body.length }, "en")).toBe(credited);
  });

  // An impersonal or passive speech form gives the words as someone's without naming whom (reportedSpeech.ts IMPERSONAL_SPEECH).
  it.each([
    ["el", "«Η βόρεια προβλήτα θα μείνει κλειστή μέχρι να ελεγχθεί κάθε σανίδα», υπογραμμίζεται."],
    ["tr", "“Kuzey iskelesi her tahta kontrol edilene kadar kapalı kalacak” denildi."],
    ["pl", "„Północne molo pozostanie zamknięte do sprawdzenia każdej deski” – podkreślono w komunikacie."],
    ["ru", "«Северный причал останется закрытым до проверки каждой доски», говорится в заявлении."],
  ])("reads an impersonal speech form after the words (%s)", (language, body) => {
    const open = body.search(/[«„]/u);
    const close = body.search(/[»”]/u) + 1;
    expect(creditedBySpeechVerb(body, [{ start: 0, end: body.length, text: body }], { start: open, end: close }, language)).toBe(true);
  });

  it("is no printing that credits no one where the words are a paragraph of their own after the one that brings them in", async () => {
    expect(await driftWith(`The harbour office answered the boat owners in a long letter.\n\n${QUOTE.replace(/,”$/, "”")}`)).toEqual([]);
  });

  it("is no printing that credits no one where a speech verb stands further off in its sentence", async () => {
    expect(await driftWith(`${QUOTE} the veteran harbour master, who has run the port for thirty years, told the council on Monday.`)).toEqual([]);
  });

  it("is no printing that credits no one where a statement's words follow a sentence that says it gives them", async () => {
    expect(await driftWith(`The harbour office statement says the following:\n\n${QUOTE.replace(/,”$/, "”")}`)).toEqual([]);
  });
});
