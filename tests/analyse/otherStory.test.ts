/** Stance: a debunk cue whose words tell another story of the article does not reach a fact the article states on its own word (invented texts). */
import { describe, expect, it } from "vitest";
import { stanceAt } from "./stanceHelpers.ts";

const LEAD = "Riverton police on Monday arrested a man for posting on Twitter that a crocodile had escaped from the zoo after the earthquake.";
const CALLS = "The zoo received more than 80 calls by the next morning.";
const TITLE = "Man arrested over crocodile escape hoax after quake";

describe("a headline's cue is about the story the lead tells in its words", () => {
  it("does not reach a fact of the article it shares no words with", () => {
    expect(stanceAt("en", [LEAD, CALLS], 1, TITLE)).toBe("true");
    expect(stanceAt("pt", [
      "A polícia de Vilaverde prendeu um homem por publicar que um crocodilo tinha fugido do zoológico depois do terremoto.",
      "A prefeitura tinha registrado uma queixa na semana passada.",
    ], 1, "Homem preso por boato sobre fuga de crocodilo do zoológico")).toBe("true");
  });
  it("still reaches the lead's own story, and every claim where no lead sentence tells the headline's story", () => {
    expect(stanceAt("en", [LEAD, CALLS], 0, TITLE)).toBe("false");
    expect(stanceAt("en", [CALLS, "The city had filed a complaint."], 0, TITLE)).toBe("false");
  });
});

describe("a cue that speaks of the sentence before it is about that sentence's story", () => {
  const withdrawn = "The government of Norland has withdrawn the old 50 crown notes from circulation this week.";
  const rumour = "Messages shared online say the new 200 crown note carries a hidden tracking chip.";
  it("does not reach the statement before that story", () => {
    expect(stanceAt("en", [withdrawn, rumour, "The tracking chip story is a hoax."], 0)).toBe("true");
  });
  it("a cue without words of its own keeps its reach: nothing tells which story it judges", () => {
    expect(stanceAt("en", [withdrawn, rumour, "It is a hoax."], 0)).toBe("false");
  });
});
