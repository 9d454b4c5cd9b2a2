/** A dash-set tag inside the quotation marks ("— the notice reads —") is the article's words, not words added to the quotation (invented texts). */
import { describe, expect, it } from "vitest";
import { findingExplanations } from "./twoArticleFindings.ts";

const alteredWith = (language: string, first: string, second: string): Promise<string[]> =>
  findingExplanations("altered_quote", language, { file: "sieve.txt", outlet: "The Sieve", published: "2026-01-10", title: "Chain message", body: first }, { file: "lamp.txt", outlet: "The Lamp", published: "2026-04-02", title: "Chain message again", body: second });

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
