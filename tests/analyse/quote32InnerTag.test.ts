/** A dash-set tag inside the quotation marks ("— the notice reads —") is the article's words, not words added to the quotation (invented texts). */
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

async function alteredWith(language: string, first: string, second: string): Promise<string[]> {
  const { graph } = await analyseCaseFolder(
    await makeCase({
      "sieve.txt": frontMatterArticle(language, "The Sieve", "2026-01-10", "Chain message", first),
      "lamp.txt": frontMatterArticle(language, "The Lamp", "2026-04-02", "Chain message again", second),
    }),
  );
  return graph
    .getAttribute("findings")
    .filter((f) => f.type === "altered_quote")
    .map((f) => f.explanation);
}

describe("a dash-set tag inside a quotation", () => {
  it.each([
    [
      "en",
      "The message says: “Yesterday the county board passed the free parking law and every household will get a hundred pounds a month.” It is false.",
      "The parking hoax is back. “Yesterday the county board passed the free parking law — the message reads — and every household will get a hundred pounds a month.” None of it is true.",
    ],
    [
      "it",
      "Il messaggio dice: «Ieri la giunta provinciale ha approvato la legge sulle piscine gratuite e ogni famiglia riceverà duecento euro al mese». È falso.",
      "Torna la bufala delle piscine. «Ieri la giunta provinciale ha approvato la legge sulle piscine gratuite – recita il testo – e ogni famiglia riceverà duecento euro al mese». Ma non è vero niente.",
    ],
    [
      "fr",
      "Le message dit : « Hier le conseil du département a voté la loi sur les piscines gratuites et chaque famille recevra deux cents euros par mois. » C'est faux.",
      "La rumeur revient. « Hier le conseil du département a voté la loi sur les piscines gratuites – dit le texte – et chaque famille recevra deux cents euros par mois. » Rien de tout cela n'est vrai.",
    ],
  ])("is not counted as words added (%s)", async (language, first, second) => {
    expect(await alteredWith(language, first, second)).toEqual([]);
  });

  it("leaves a dashed aside without a speech verb in the quoted words", async () => {
    const altered = await alteredWith(
      "en",
      "The mayor said: “We will close the northern pier until every plank has been replaced by the engineers of the county.”",
      "The mayor said: “We will close the northern pier — and I mean it — until every plank has been replaced by the engineers of the county.”",
    );
    expect(altered.join(" ")).toContain("and I mean it");
  });
});
