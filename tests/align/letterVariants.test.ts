// One letter written with two code points (Romanian "ş" with a cedilla, the legacy letter, for "ș" with a comma below;
// a ligature for its letters) is one letter to a reader: no change of a quotation's words, and never named as one.
// Words written joined in one printing and apart in the other are the same words. Invented stories and outlets.
import { describe, expect, it } from "vitest";
import { letterVariantsFolded } from "../../src/core/legacyLetters.ts";
import { surfaceDiff } from "../../src/align/surface.ts";
import { foldWord } from "../../src/align/tokens.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

async function findings(language: string, first: string, second: string): Promise<{ type: string; explanation: string }[]> {
  const { graph } = await analyseCaseFolder(
    await makeCase({
      "a.txt": frontMatterArticle(language, "Gazeta Lacului", "2024-05-02", "Barajul", first),
      "b.txt": frontMatterArticle(language, "Știri din Vale", "2024-05-03", "Barajul", second),
    }),
  );
  return graph.getAttribute("findings").map((f) => ({ type: f.type, explanation: f.explanation }));
}

const CEDILLA = "Ministerul Apelor dezminte zvonurile despre barajul de la Lacu Verde.\n\n„Barajul funcţionează normal şi nu a cedat. Locuitorii din vale pot sta liniştiţi, situaţia este sub control”, au transmis reprezentanţii ministerului.";
const COMMA = "Ministerul Apelor a dezmințit știrea despre barajul de la Lacu Verde.\n\n„Barajul funcționează normal și nu a cedat. Locuitorii din vale pot sta liniștiți, starea este sub control”, se precizează în postare.";

describe("letter variants", () => {
  it("fold the legacy letters and compatibility forms, nothing else", () => {
    expect(letterVariantsFolded("funcţionează liniştiţi Ştefan")).toBe("funcționează liniștiți Ștefan");
    expect(letterVariantsFolded("ﬁnal")).toBe("final");
    expect(letterVariantsFolded("كتاب")).toBe("کتاب");
    expect(letterVariantsFolded("où État")).toBe("où État");
    expect(foldWord("situaţia")).toBe(foldWord("situația"));
  });

  it("make no change in a surface diff", () => {
    const a = "situaţia este sub control";
    const b = "situația este sub control";
    expect(surfaceDiff(a, { start: 0, end: a.length }, b, { start: 0, end: b.length }).every((op) => op.op === "equal")).toBe(true);
  });

  it("are not named among a quotation's changes, the changed word is (ro)", async () => {
    const altered = (await findings("ro", CEDILLA, COMMA)).filter((f) => f.type === "altered_quote");
    expect(altered).toHaveLength(1);
    expect(altered[0]!.explanation).toContain('"situaţia" became "starea"');
    expect(altered[0]!.explanation).not.toMatch(/funcţionează|liniştiţi/u);
  });
});

describe("words written joined or apart", () => {
  const QUOTED = "Der Sprecher reagierte am Abend.\n\n„Die Meldung über den Polizeieinsatz am Hafen von Kellbach ist frei erfunden und wir haben Anzeige erstattet“, sagte Anna Roth.";
  it("are the same words of a quotation (de)", async () => {
    const split = "Der Sprecher reagierte am Abend.\n\n„Die Meldung über den Polizei-Einsatz am Hafen von Kellbach ist frei erfunden und wir haben Anzeige erstattet“, sagte Anna Roth.";
    expect((await findings("de", QUOTED, split)).map((f) => f.type)).not.toContain("altered_quote");
  });
  it("a word changed still alters it (de, control)", async () => {
    const changed = "Der Sprecher reagierte am Abend.\n\n„Die Meldung über den Polizeieinsatz am Hafen von Kellbach ist völlig erfunden und wir haben Anzeige erstattet“, sagte Anna Roth.";
    expect((await findings("de", QUOTED, changed)).map((f) => f.type)).toContain("altered_quote");
  });
});
