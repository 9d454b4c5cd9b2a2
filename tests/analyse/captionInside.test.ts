/**
 * A picture's caption or credit line the page set inside a printed quotation, cutting a sentence or even a word in two,
 * is page furniture: it is no word added to the quotation when the printings are compared (invented texts).
 */
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

const OPENING = "Last night the regional assembly voted by 301 to 12 for the bill of councillor Ottavia Brenn that sets up a fund for “retired ferry pilots”";
const CLOSING =
  "The fund pays four thousand euros a month to each of them who finds no other work in the year after the end of their term, " +
  "while the families of sick children in our valleys still wait for the new hospital wing they were promised. Think about it and pass it on";

async function alteredWith(captioned: string, marks: [string, string] = ["“", "”"]): Promise<string[]> {
  const { graph } = await analyseCaseFolder(
    await makeCase({
      "sieve.txt": frontMatterArticle("en", "The Sieve", "2026-01-10", "Chain letter", `A chain letter is going round again: “${OPENING} created ahead of the end of the session. ${CLOSING}”. None of it happened.`),
      "lamp.txt": frontMatterArticle("en", "Lamp Review", "2026-01-12", "Hoax", `The assembly held no such vote, whatever the letter says. It went round again this week, and here is the whole text: ${marks[0]}${captioned}${marks[1]}. Nobody voted on it.`),
      "torch.txt": frontMatterArticle("en", "Torch Weekly", "2026-01-15", "Again", `The letter says: “${OPENING} created ahead of the end of the session. ${CLOSING}”. The assembly never voted on it.`),
    }),
  );
  return graph
    .getAttribute("findings")
    .filter((f) => f.type === "altered_quote")
    .map((f) => f.explanation);
}

describe("a caption line the page set inside a printed quotation", () => {
  it("is no words added where it cuts a word in two", async () => {
    expect(await alteredWith(`${OPENING} crea\n\nThe picture shared on a social network by more than 20,000 people\n\nted ahead of the end of the session. ${CLOSING}`)).toEqual([]);
  });

  it("is no words added where it cuts a sentence between two words", async () => {
    expect(await alteredWith(`${OPENING} created ahead of the\n\nThe letter as it was passed around among friends in a messaging group last winter\n\nend of the session. ${CLOSING}`)).toEqual([]);
  });

  it("is no words added where another printing sets its own tag inside the marks", async () => {
    expect(await alteredWith(`${OPENING} created ahead of the end of the session — the letter reads — ${CLOSING.replace(". Think", ".\n\nThink")}`, ["«", "»"])).toEqual([]);
  });

  // A speaker's words, that is: versions of a chain letter no one signs, each set apart after its article's own lead-in,
  // are versions of one text, no alteration (tests/analyse/chainMessageVersions.test.ts).
  it("still leaves a word changed inside a speaker's quotation an alteration", async () => {
    const words = `${OPENING} created ahead of the end of the session. ${CLOSING}`;
    const changed = words.replace("four thousand euros a month to each of them", "nine thousand euros a month to each of them");
    const { graph } = await analyseCaseFolder(
      await makeCase({
        "sieve.txt": frontMatterArticle("en", "The Sieve", "2026-01-10", "Speech", `Councillor Ilse Varga said in the assembly: “${words}”. Nobody answered her.`),
        "lamp.txt": frontMatterArticle("en", "Lamp Review", "2026-01-12", "Speech", `The assembly heard a long speech. Councillor Ilse Varga said: “${changed}”. Nobody answered her.`),
      }),
    );
    const altered = graph.getAttribute("findings").filter((f) => f.type === "altered_quote").map((f) => f.explanation);
    expect(altered.join(" ")).toContain("nine");
  });
});
