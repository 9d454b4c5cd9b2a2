// A page's "read more" label repeated before links to other stories ("LÄS OCKSÅ: …", "LES OGSÅ: …", "READ MORE: …") has
// the shape of a transcript's turns (a label in capitals and a colon): the label was read as a person and the linked
// headlines as that person's words. Such a label is page furniture in every language the cleaner knows, never a speaker.
// Own invented texts.
import { describe, expect, it } from "vitest";
import { cleanArticle } from "../../src/clean/clean.ts";
import type { RawArticle } from "../../src/ingest/types.ts";
import { readPlain, sourceLabels } from "./helpers.ts";

const page = (label: string, say: string) =>
  `Färjan mellan Holmby och Sundvik ställs in hela vintern.\n\n${say}\n\n${label}: Hamnen byggs om för sjuttio miljoner\n\n` +
  `Beslutet fattades i styrelsen i måndags.\n\n${label}: Turistbåten får ny ägare\n`;

const removed = (text: string, language: string): string[] => {
  const raw: RawArticle = { meta: { id: "a", file: "a.txt", format: "text", language, outlet: "Sundviks Kurir" }, text };
  return cleanArticle(raw).removed.filter((r) => r.reason === "related_link").map((r) => r.text.trim());
};

describe("the cleaner drops a read-more label's line in the Nordic languages", () => {
  it.each([
    ["LÄS OCKSÅ", "sv"],
    ["LÄS VIDARE", "sv"],
    ["LES OGSÅ", "no"],
    ["LÆS OGSÅ", "da"],
    ["LUE MYÖS", "fi"],
  ])("%s", (label, language) => {
    expect(removed(page(label, "Det blir en tuff vinter för pendlarna, säger Mona Berg."), language)).toHaveLength(2);
  });
});

describe("a read-more label is no transcript speaker, even where no cleaner ran", () => {
  it.each([
    ["LÄS OCKSÅ", "sv", "– Det blir en tuff vinter för pendlarna, säger Mona Berg."],
    ["LES OGSÅ", "no", "– Det blir en tøff vinter for pendlerne, sier Mona Berg."],
    ["READ MORE", "en", "\"It will be a hard winter for commuters,\" said Mona Berg."],
    ["LESEN SIE AUCH", "de", "„Das wird ein harter Winter für Pendler“, sagte Mona Berg."],
  ])("%s", (label, language, say) => {
    const reading = readPlain(page(label, say), language);
    expect(sourceLabels(reading).join(" | ")).not.toMatch(/läs|les|read|lesen/iu);
  });
});
