/**
 * An altered quotation found on the words (findings/quoteWords.ts) needs words changed where a reader sees them as the
 * speaker's: inside the other printing's quotation marks, and not where a stored text merely stops inside a word
 * (invented texts).
 */
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

async function altered(firstBody: string, laterBody: string): Promise<string[]> {
  const { graph } = await analyseCaseFolder(
    await makeCase({
      "first.txt": frontMatterArticle("en", "Lakeside Record", "2026-03-02", "Ferry", firstBody),
      "second.txt": frontMatterArticle("en", "Dune Herald", "2026-03-03", "Ferry", laterBody),
    }),
  );
  return graph
    .getAttribute("findings")
    .filter((f) => f.type === "altered_quote")
    .map((f) => f.explanation);
}

const STATEMENT = "The council will resume the ferry service on Monday and the old timetable will apply to every crossing of the lake.";
const FIRST = `The ferry across Lake Morra has been idle for a month.\n\nMayor Brenna Kolt said: "${STATEMENT}"\n\nThe operator has not commented.`;

describe("words changed outside the other printing's marks", () => {
  it("are its own telling, not the quotation altered", async () => {
    const later = `Ferries return to Lake Morra.\n\nMayor Brenna Kolt said the council "will resume the ferry service on Monday" and that the old timetable would apply to each crossing of the lake.\n\nTickets go on sale on Friday.`;
    expect(await altered(FIRST, later)).toEqual([]);
  });

  it("still show a word changed inside them", async () => {
    const later = `Ferries return to Lake Morra.\n\nMayor Brenna Kolt said: "The council will resume the ferry service on Tuesday and the old timetable will apply to every crossing of the lake."\n\nTickets go on sale on Friday.`;
    expect((await altered(FIRST, later)).join(" ")).toContain("Tuesday");
  });
});

describe("a stored text that stops inside a word", () => {
  const LATER = `Works on the pier start soon.\n\n"The new pier will open to walkers next spring and to cars within a year," harbour master Odile Varre said.\n\nThe cost is not known.`;

  it("prints the start of the other's word, not another word", async () => {
    expect(await altered(`Works on the pier start soon.\n\nHarbour master Odile Varre said: "The new pier will open to walkers next spring and to cars wi`, LATER)).toEqual([]);
  });

  it("still shows a whole word swapped where it stops", async () => {
    expect((await altered(`Works on the pier start soon.\n\nHarbour master Odile Varre said: "The new pier will open to walkers next spring and to cars by `, LATER)).join(" ")).not.toBe("");
  });
});
