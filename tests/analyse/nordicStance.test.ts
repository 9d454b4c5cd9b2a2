// A Swedish, Danish or Norwegian fact-check reports the claim it checks false, on its own language's words. Own invented texts.
import { describe, expect, it } from "vitest";
import { stanceOfFirst } from "./stanceHelpers.ts";

const read = stanceOfFirst;

describe("Nordic fact-checks", () => {
  it.each([
    ["sv", ["Ett inlägg påstår att färjan till Holmö ställs in i sommar.", "Det stämmer inte, säger rederiet."]],
    ["sv", ["Ett inlägg påstår att färjan till Holmö ställs in i sommar.", "Uppgiften är felaktig."]],
    ["da", ["Et opslag påstår, at færgen til Holmø aflyses i sommer.", "Det passer ikke, siger rederiet."]],
    ["da", ["Et opslag påstår, at færgen til Holmø aflyses i sommer.", "Oplysningen er forkert."]],
    ["no", ["Et innlegg påstår at ferja til Holmøy innstilles i sommer.", "Det stemmer ikke, sier rederiet."]],
    ["nb", ["Et innlegg påstår at ferja til Holmøy innstilles i sommer.", "Historien er usann."]],
  ])("reads the claim false in %s: %j", (language, sentences) => {
    expect(read(language, sentences)).toBe("false");
  });

  it.each([
    ["sv", "Faktagranskning: färjan ställs inte in"],
    ["da", "Faktatjek: falsk opslag om færgen"],
    ["no", "Faktasjekk: påstanden om ferja er bløff"],
  ])("reads a fact-check headline as calling the story false (%s): %s", (language, title) => {
    expect(read(language, ["Färjan till Holmö ställs in i sommar, enligt ett inlägg.", "Rederiet har fått många frågor."], title)).toBe("false");
  });

  it.each([
    ["sv", ["Färjan till Holmö ställs in i sommar, meddelar rederiet.", "Biljetterna återbetalas."]],
    ["da", ["Færgen til Holmø aflyses i sommer, oplyser rederiet.", "Billetterne refunderes."]],
    ["no", ["Ferja til Holmøy innstilles i sommer, opplyser rederiet.", "Billettene refunderes."]],
  ])("keeps a plain report true (%s)", (language, sentences) => {
    expect(read(language, sentences)).toBe("true");
  });
});

describe("Nordic rejections", () => {
  it.each([
    ["da", "Regeringen afviser havneplanen", ["Regeringen stemte tirsdag imod havneplanen.", "Ministeren talte i salen."]],
    ["no", "Regjeringen avviser havneplanen", ["Regjeringen stemte tirsdag mot havneplanen.", "Statsråden talte i salen."]],
  ])("takes a plan rejected in a headline for no debunk (%s): %s", (language, title, sentences) => {
    expect(read(language, sentences as string[], title)).toBe("true");
  });
});
