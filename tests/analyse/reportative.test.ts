/**
 * Reportative hedges in German, Swedish and Arabic (probe 25 item 13): "offenbar", "soll … haben", "uppges", "ska ha",
 * "يُزعم" pass a report on without vouching for it, so the article only mentions the claim; the same words in a plan
 * ("soll … werden"), a meeting ("ska ha ett möte") or a plain telling leave it presenting the claim as true.
 */
import { describe, expect, it } from "vitest";
import { stanceOfFirst } from "./stanceHelpers.ts";

const told = (language: string, sentences: string[]): string => stanceOfFirst(language, sentences);

describe("reportative hedges", () => {
  it.each([
    ["de", "Die Reederei Holmsund will offenbar drei Fähren verkaufen."],
    ["de", "Die Reederei Holmsund soll drei Fähren an einen Käufer in Riga verkauft haben."],
    ["sv", "Rederiet Holmsund uppges sälja tre färjor."],
    ["sv", "Rederiet Holmsund ska ha sålt tre färjor till en köpare i Riga."],
    ["sv", "Rederiet Holmsund har sålt tre färjor. Uppgiften har inte kunnat bekräftas."],
    // "It is alleged that …": "المزعوم" itself now calls a noun's thing alleged (StanceWords.alleged, as en "alleged"),
    // so the reportative hedge is the verb.
    ["ar", "يُزعم أن شركة هولمسوند باعت ثلاث عبارات."],
    ["ar", "باعت شركة هولمسوند ثلاث عبارات. ولم يتسن التأكد من الخبر."],
  ])("%s: a reported telling only mentions the claim: %s", (language, text) => {
    expect(told(language, text.split(/(?<=\.)\s+/u))).toBe("mentions");
  });

  it.each([
    ["de", "Die Reederei Holmsund hat drei Fähren verkauft, sagte ihr Chef."],
    ["de", "Die neue Fähre soll im Mai in Dienst gestellt werden."],
    ["sv", "Rederiet Holmsund har sålt tre färjor, säger vd:n."],
    ["sv", "Styrelsen ska ha ett möte om färjorna på måndag."],
    ["ar", "باعت شركة هولمسوند ثلاث عبارات، بحسب مديرها."],
  ])("%s: a plain telling, a plan or a meeting still presents it as true: %s", (language, text) => {
    expect(told(language, [text])).toBe("true");
  });
});
