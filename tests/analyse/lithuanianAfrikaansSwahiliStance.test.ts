// Stance words of Lithuanian, Afrikaans and Swahili on sentences of our own (invented places and people): a debunk in
// their words ("melaginga informacija", "nie waar nie", "sio za kweli") reports the story false, their hedges ("esą",
// "glo", "inadaiwa") only mention it, and words that share their letters with a cue are no cue ("gandras", a stork, is
// no "gandas", a rumour; the verb "glo", believe, is no "glo", reportedly; "kuzusha hofu", to raise fear, is no fabrication).
import { describe, expect, it } from "vitest";
import { debunkCues, negationCues, readStance, type StanceArticle } from "../../src/analyse/stance.ts";

/** One article of the given sentences, the claim stated by the first. */
function firstStated(language: string, sentences: string[]) {
  let offset = 0;
  const spans = sentences.map((text) => {
    const span = { start: offset, end: offset + text.length, text };
    offset += text.length + 1;
    return span;
  });
  const article: StanceArticle = { language, sentences: spans };
  return readStance(article, { debunk: false, negated: false, statements: [spans[0] as never] });
}

describe("Lithuanian, Afrikaans and Swahili debunk words", () => {
  it.each([
    ["lt", "Susisiekimo ministras tikina, kad tai melaginga informacija.", "melaginga"],
    ["lt", "„Tai yra melagiena“, – sakė merė Rūta Žemaitė.", "melagiena"],
    ["lt", "Savivaldybė žinią apie uždarytą uostą paneigė.", "paneigė"],
    ["lt", "Ministerija teigia, kad tai netiesa.", "netiesa"],
    ["af", "Kol. Jan Botha het gesê die berig oor die hawe is nie waar nie.", "nie waar nie"],
    ["af", "Moenie fopnuus oor die brug by Wesdorp versprei nie, pleit die polisie.", "fopnuus"],
    ["af", "Die polisie het gerugte oor ʼn optog ontken.", "ontken"],
    ["sw", "Kamanda Juma Kimaro amesema taarifa hizo sio za kweli.", "sio za kweli"],
    ["sw", "Polisi wamewataka wananchi kuacha kusambaza habari za kupotosha.", "kupotosha"],
    ["sw", "Jeshi la polisi limewataka wananchi kuacha tabia ya kutuma taarifa za kuzusha.", "za kuzusha"],
  ])("%s: reads a debunk in: %s", (language, sentence, cue) => {
    expect(debunkCues(sentence, language).map((h) => h.text)).toContain(cue);
  });

  it.each([
    ["lt", "Virš ežero praskrido gandras."],
    ["lt", "Merė antradienį atsistatydino."],
    ["af", "Die burgemeester het Dinsdag bedank."],
    ["sw", "Mvua kubwa imezusha hofu kwa wakazi wa Pwani Ndogo."],
  ])("%s: no debunk word in the plain sentence %s", (language, sentence) => {
    expect(debunkCues(sentence, language)).toEqual([]);
  });

  it("reads Lithuanian negation as the word 'ne' and the negated forms of to be and can, not every word that starts with ne-", () => {
    expect(negationCues("Uostas nėra uždarytas.", "lt").map((h) => h.text)).toEqual(["nėra"]);
    expect(negationCues("Neseniai nelaimė ištiko uostą.", "lt")).toEqual([]);
  });
});

describe("a story stated beside a debunk word is reported false, beside a hedge only mentioned", () => {
  it.each([
    ["lt", ["Uostas Marovėje bus uždarytas visam mėnesiui.", "Ministras Tomas Rudaitis tikina – tai melaginga informacija."]],
    ["af", ["Die hawe by Wesdorp word vir ʼn maand gesluit.", "Die polisie sê die berig is nie waar nie."]],
    ["sw", ["Bandari ya Pwani Ndogo itafungwa kwa mwezi mmoja.", "Kamanda Juma Kimaro amesema taarifa hizo sio za kweli."]],
  ])("%s: false", (language, sentences) => {
    expect(firstStated(language, sentences).stance).toBe("false");
  });

  it.each([
    ["lt", ["Uostas Marovėje esą bus uždarytas visam mėnesiui."]],
    ["af", ["Die hawe by Wesdorp word glo vir ʼn maand gesluit."]],
    ["sw", ["Meya huyo anadaiwa kujiuzulu mjini Pwani Ndogo."]],
  ])("%s: mentioned", (language, sentences) => {
    expect(firstStated(language, sentences).stance).toBe("mentions");
  });

  it.each([
    // The Afrikaans verb "glo" (believe), not the adverb.
    ["af", "Die polisie glo dat die hawe by Wesdorp gesluit word."],
    // Swahili "-daiwa" of a person before no verb: "owes", not "is alleged".
    ["sw", "Mfanyabiashara Juma Kimaro anadaiwa shilingi milioni tano na benki ya Pwani Ndogo."],
  ])("%s: no hedge, the claim stated: %s", (language, sentence) => {
    expect(firstStated(language, [sentence]).stance).toBe("true");
  });

  it("reads Lithuanian 'ne tik' (not only) as no negation", () => {
    expect(negationCues("Uostas uždarytas ne tik laivams, bet ir keltams.", "lt")).toEqual([]);
  });
});
