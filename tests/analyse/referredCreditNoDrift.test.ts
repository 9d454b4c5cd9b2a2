/**
 * A credit the article gives only by a word referring back ('He said: "…"') is the reading's resolution of that word,
 * which may pick a person the article named earlier for something else. attribution_drift said an article "credits" a
 * senator with a president's words where the article wrote only "He said". Such a printing is no credit to compare; one
 * naming the speaker where it gives the words still is (invented texts).
 */
import { describe, expect, it } from "vitest";
import { findingExplanations } from "./twoArticleFindings.ts";

const WORDS = "Many people hoped that I had died while I was ill abroad last winter";

const drift = (first: string, second: string): Promise<string[]> =>
  findingExplanations("attribution_drift", "en", { file: "first.txt", outlet: "Lakeside Record", published: "2026-02-10", title: "Rumour", body: first }, { file: "second.txt", outlet: "Dune Herald", published: "2026-02-11", title: "Rumour", body: second });

const NAMED = `President Ruben Okafor dismissed the rumours about his health on Sunday. "${WORDS}," Okafor said at a meeting in Vienna.`;

describe("a credit given only by a word referring back", () => {
  it("is no credit of the words to drift from", async () => {
    const referred =
      "Senator Tomas Veld has revealed what officials abroad told him about the rumours. Veld wrote on his page that the rumours were fiction.\n\n" +
      "Meanwhile, the president on Sunday dismissed the rumours at a meeting in Vienna.\n\n" +
      `He said: "${WORDS}."`;
    expect(await drift(referred, NAMED)).toEqual([]);
  });

  it("still gives drift where the article names another speaker at the words", async () => {
    const other = `Senator Tomas Veld spoke about the rumours on Sunday. "${WORDS}," Veld said at a meeting in Vienna.`;
    expect((await drift(other, NAMED)).join(" ")).toContain("credit");
  });
});
