// Stance words of Estonian, Latvian, Slovenian and Albanian on sentences of our own (invented places and people): a
// debunk in their words ("ei vasta tõele", "nepatiesa", "lažna novica", "është i pavërtetë") reports the story false,
// their hedges ("väidetavalt", "it kā", "naj bi", "gjoja") only mention it, and words that share their letters with a cue
// are no cue ("vale aadress", a wrong address; "viltus bārda", a false beard; "ni res lepo", not really nice; "rremat",
// oars; "ne tikai", not only).
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

describe("Estonian, Latvian, Slovenian and Albanian debunk words", () => {
  it.each([
    ["et", "Vallavanem Jaan Kask kinnitab, et jutt praamide peatamisest ei vasta tõele.", "ei vasta tõele"],
    ["et", "Sotsiaalmeedias levib libauudis praami kohta.", "libauudis"],
    ["et", "Vallavanem Jaan Kask eitas seda teadet.", "eitas"],
    ["lv", "Policija norāda, ka ziņa par tilta slēgšanu ir nepatiesa.", "nepatiesa"],
    ["lv", "Sociālajos tīklos izplatās viltus ziņa par prāmi.", "viltus ziņa"],
    ["lv", "Dome šo informāciju noliedza.", "noliedza"],
    ["sl", "Policisti opozarjajo, da gre za lažno novico.", "lažno"],
    ["sl", "Na občini pravijo, da to ni res.", "ni res"],
    ["sl", "Županja Ana Kovač je novico zanikala.", "zanikala"],
    ["sq", "Bashkia sqaron se njoftimi për urën është i pavërtetë.", "pavërtetë"],
    ["sq", "Në rrjete qarkullon një lajm i rremë për urën.", "i rremë"],
    ["sq", "Bashkia e mohoi këtë lajm.", "mohoi"],
  ])("%s: reads a debunk in: %s", (language, sentence, cue) => {
    expect(debunkCues(sentence, language).map((h) => h.text)).toContain(cue);
  });

  it.each([
    ["et", "Kuller tõi paki vale aadressi peale."],
    ["et", "Vallavanem astus teisipäeval tagasi."],
    ["lv", "Aktieris uz skatuves uzlika viltus bārdu."],
    ["lv", "Mērs otrdien atkāpās no amata."],
    ["sl", "Razgled z gradu ni res lep."],
    ["sl", "Županja je v torek odstopila."],
    ["sq", "Peshkatarët i lanë rremat në breg."],
    ["sq", "Kryetari dha dorëheqjen të martën."],
  ])("%s: no debunk word in the plain sentence %s", (language, sentence) => {
    expect(debunkCues(sentence, language)).toEqual([]);
  });

  it("reads 'ne tikai', 'ne samo' and 'mitte ainult' (not only) as no negation", () => {
    expect(negationCues("Sadam on suletud mitte ainult laevadele, vaid ka praamidele.", "et")).toEqual([]);
    expect(negationCues("Osta slēgta ne tikai kuģiem, bet arī prāmjiem.", "lv")).toEqual([]);
    expect(negationCues("Pristanišče je zaprto ne samo za ladje, ampak tudi za trajekte.", "sl")).toEqual([]);
    expect(negationCues("Sadamat ei suleta.", "et").map((h) => h.text)).toEqual(["ei"]);
  });
});

describe("a story stated beside a debunk word is reported false, beside a hedge only mentioned", () => {
  it.each([
    ["et", ["Lõunaküla sadam suletakse terveks kuuks.", "Vallavanem Jaan Kask kinnitab, et see teade ei vasta tõele."]],
    ["lv", ["Ostu Lejasciemā slēgs uz visu mēnesi.", "Dome norāda, ka šī ziņa ir nepatiesa."]],
    ["sl", ["Pristanišče v Gornji vasi bodo zaprli za ves mesec.", "Policija opozarja, da gre za lažno novico."]],
    ["sq", ["Porti i Fshatit të Ri do të mbyllet për një muaj.", "Bashkia sqaron se njoftimi për portin është i pavërtetë."]],
  ])("%s: false", (language, sentences) => {
    expect(firstStated(language, sentences).stance).toBe("false");
  });

  it.each([
    ["et", ["Lõunaküla sadam suletakse väidetavalt terveks kuuks."]],
    ["lv", ["Ostu Lejasciemā it kā slēgs uz visu mēnesi."]],
    ["sl", ["Pristanišče v Gornji vasi naj bi zaprli za ves mesec."]],
    ["sq", ["Porti i Fshatit të Ri gjoja do të mbyllet për një muaj."]],
  ])("%s: mentioned", (language, sentences) => {
    expect(firstStated(language, sentences).stance).toBe("mentions");
  });

  it.each([
    // The partitive of the participle "olev" (being), no quotative: "the information there".
    ["et", "Vald avaldas kõik seal olevat infot puudutavad otsused."],
  ])("%s: no hedge, the claim stated: %s", (language, sentence) => {
    expect(firstStated(language, [sentence]).stance).toBe("true");
  });
});
