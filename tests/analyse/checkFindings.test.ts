// A fact check's verdict is about the claim it checks, not about what the check itself states as fact: the denial it
// reports ("Her spokesman posted that she is at home") and the right figure it gives ("Treated rats grew 20 percent more
// fur") stay true. Before, a lead "Rating: FALSE", a headline "Our verdict: Misleading" or a "This is false." right
// before such a sentence read it false. A bare verdict (no story of its own) is about the story before it or the lead's
// story, in every language (src/analyse/stance/verdictScope.ts). Own invented texts.
import { describe, expect, it } from "vitest";
import { stanceAt as stanceIn } from "./stanceHelpers.ts";

/** The stance of an article of consecutive sentences toward the claim its sentence `at` states. */
function stanceAt(sentences: string[], at: number, title?: string, language = "en"): string {
  return stanceIn(language, sentences, at, title);
}

const denial = [
  "Rating: FALSE",
  "Posts and blogs claim that the Welsh singer Orla Penhallow died in a crash in Cardiff.",
  "This is false.",
  "Her spokesman, Tomas Vickery, posted on Facebook that the singer is at home in Bristol.",
];
const figure = [
  "Several blogs say chemists have found that a moss extract reverses baldness.",
  "That is not what the trial shows.",
  "The trial was done in rats.",
  "Treated rats grew 20 percent more fur than untreated rats over six weeks.",
];

describe("a check's own findings", () => {
  it("the denial a check reports stays true under its verdict", () => {
    expect(stanceAt(denial, 3)).toBe("true");
  });
  it("the figure a check gives stays true under its headline verdict", () => {
    expect(stanceAt(figure, 3, "Our verdict: Misleading")).toBe("true");
  });
  it("the denial stays true when the check opens on the claim, without a label line", () => {
    expect(stanceAt(denial.slice(1), 2)).toBe("true");
  });
  it("the same in German, Spanish and French: the verdict is told by its length, not its words", () => {
    const de = ["Bewertung: FALSCH", "Beiträge behaupten, die Sängerin Wenke Ostrander sei bei einem Unfall in Kiel gestorben.", "Das ist falsch.", "Ihr Sprecher, Jonas Brevik, schrieb auf Facebook, die Sängerin sei zu Hause in Lübeck."];
    const es = ["Calificación: FALSO", "Publicaciones aseguran que la cantante Mireya Solvente murió en un accidente en Tarragona.", "Esto es falso.", "Su portavoz, Anselmo Quiroga, publicó en Facebook que la cantante está en su casa de Girona."];
    const fr = ["Verdict : FAUX", "Des publications affirment que la chanteuse Odile Marchetti est morte dans un accident à Brest.", "C'est faux.", "Son porte-parole, Gaspard Lenoir, a écrit sur Facebook que la chanteuse est chez elle à Quimper."];
    for (const [language, text] of [["de", de], ["es", es], ["fr", fr]] as const) {
      expect(stanceAt([...text], 3, undefined, language), language).toBe("true");
      expect(stanceAt([...text], 1, undefined, language), `${language} (control: the claim checked)`).toBe("false");
    }
  });
});

describe("controls: the verdict still reaches what it is about", () => {
  it("the claim checked is still false", () => {
    expect(stanceAt(denial, 1)).toBe("false");
    expect(stanceAt(figure, 0, "Our verdict: Misleading")).toBe("false");
  });
  it("a check whose only claim is the checked one: the label reaches it", () => {
    expect(stanceAt(["Rating: FALSE", "A video shows a whale stranded on a beach in Porthcawl."], 1)).toBe("false");
    expect(stanceAt(["A video shows a whale stranded on a beach in Porthcawl."], 0, "FALSE")).toBe("false");
    // A rating label rates the check's claim even when a byline stands before it.
    expect(stanceAt(["FactDesk checks · 3 May 2026", "Rating: FALSE", "A video shows a whale stranded on a beach in Porthcawl."], 2)).toBe("false");
  });
  it("a verdict that speaks of the later statement still reaches it", () => {
    const told = ["FALSE.", "A photo of a shark in a flooded Cardiff mall is fake.", "It was made with an editing app.", "The photo shows a shark swimming in a flooded Cardiff mall."];
    expect(stanceAt(told, 3)).toBe("false");
  });
  it("a bare verdict before a restatement of the story it rates reaches the restatement", () => {
    const restated = ["Posts claim the singer Orla Penhallow died in a crash in Cardiff.", "This is false.", "The posts say Orla Penhallow died in a car crash in Cardiff on Sunday."];
    expect(stanceAt(restated, 2)).toBe("false");
  });
  it("a bare verdict right after the statement is about it", () => {
    const after = ["Her spokesman, Tomas Vickery, posted on Facebook that the singer is at home in Bristol.", "This is false."];
    expect(stanceAt(after, 0)).toBe("false");
  });
  it("a statement after the lead with a cue beside it is still false", () => {
    const beside = [...figure.slice(0, 3), "The blogs say the extract reverses baldness in men.", "This is false."];
    expect(stanceAt(beside, 3, "Our verdict: Misleading")).toBe("false");
  });
});
