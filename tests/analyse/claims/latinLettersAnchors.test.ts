/**
 * A text in Latin letters is read as one whatever its language: Estonian, Latvian, Albanian … are on no list of Latin-
 * script languages, and were read as texts in another script, where every Latin word is an anchor (what a translation
 * keeps). Every lower-case word of such a sentence was then an anchor, so its names counted for nothing across
 * languages and no claim was drawn. Invented texts.
 */
import { describe, expect, it } from "vitest";
import { termsOf } from "../../../src/analyse/terms.ts";
import { analyseCaseFolder } from "../../../src/pipeline.ts";
import { frontMatterArticle as article, makeCase } from "../../helpers.ts";

describe("the anchors of a text in Latin letters", () => {
  it.each([
    ["et", "Sadamalinna volikogu sulges Varbla silla 14 päevaks, teatas linnavalitsus.", ["sadamalinna", "varbla", "#14"]],
    ["lv", "Dome slēdza Varblas tiltu uz 14 dienām, paziņoja pašvaldība.", ["dome", "varblas", "#14"]],
    ["sq", "Bashkia mbylli urën e Varblës për 14 ditë, njoftoi komuna.", ["bashkia", "varbles", "#14"]],
  ])("%s: are its capitalised names and figures, not every word", (language, sentence, anchors) => {
    expect([...termsOf(sentence, language).anchors].sort()).toEqual([...anchors].sort());
  });

  it("in another script stay its Latin words", () => {
    expect([...termsOf("Мэрия закрыла мост Varbla на 14 дней, сообщает portal Delfi.", "ru").anchors].sort()).toEqual(["#14", "delfi", "meriya", "portal", "varbla"].sort());
  });
});

describe("a story told in Estonian and in English", () => {
  it("is one claim through the names and figure a translation keeps", async () => {
    const { claims } = await analyseCaseFolder(
      await makeCase({
        "a.txt": article("et", "Harjumaa Teataja", "2026-03-02", "Sild suleti", "Volikogu esimees Mart Kivirähk sulges Varbla silla Kuressaare maanteel 14 päevaks.\n\nElanikud olid rahulolematud ja kirjutasid kaebusi."),
        "b.txt": article("en", "Baltic Ledger", "2026-03-03", "Bridge closed", "Council chair Mart Kivirähk closed the Varbla bridge on the Kuressaare road for 14 days.\n\nThe local football club moved its training to another town."),
      }),
    );
    expect(claims.map((c) => [...c.articles].sort())).toContainEqual(["a", "b"]);
  });
});
