/** Stance: a debunk word that is the topic of a noun phrase ("trial over fake news") is no verdict on a fact stated beside it (invented texts). */
import { describe, expect, it } from "vitest";
import { cueTopic, debunkCues, STANCE_WORDS } from "../../src/analyse/stance.ts";
import { stanceAt } from "./stanceHelpers.ts";

describe("every topic and about preposition's example reads a debunk word as a topic", () => {
  const cases = Object.values(STANCE_WORDS).flatMap((w) => [...(w.topicPreposition ?? []), ...(w.aboutPreposition ?? [])].map((c) => [w.language, c.example] as const));
  it.each(cases)("%s: %s", (language, example) => {
    const cues = debunkCues(example, language);
    expect(cues.length).toBeGreaterThan(0);
    expect(cues.some((c) => cueTopic(example, c, language) !== undefined)).toBe(true);
  });
});

describe("a verdict stays a verdict", () => {
  it.each([
    ["en", "The claim about the bridge is false."],
    ["en", "Police arrested a man over the crocodile hoax."],
    ["en", "The story first ran on a satirical website."],
    ["de", "Die Meldung über die Brücke ist falsch."],
    ["fr", "Le texte vient d'un site satirique."],
    ["fr", "La mairie a démenti l'information."],
    ["es", "La noticia del puente es un bulo."],
    ["it", "Il pezzo viene da un sito satirico."],
  ])("%s: %s", (language, text) => {
    const cues = debunkCues(text, language);
    expect(cues.length).toBeGreaterThan(0);
    expect(cues.every((c) => cueTopic(text, c, language) === undefined)).toBe(true);
  });
});

describe("a topic cue does not report false a fact the article states on its own word beside it", () => {
  it("de: a trial over fake news about a man, then a background fact about him", () => {
    const lead = "Im Prozess um Fake-News auf Facebook hat das Landgericht Talheim entschieden, dass das Unternehmen falsche Meldungen über den Bäcker Jan Rask nicht selbst löschen muss.";
    const fact = "Rask wurde bekannt, weil er im Sommer 2015 ein Foto mit der Bürgermeisterin Eva Lind gemacht hatte.";
    const place = "Der Fall wurde in Talheim verhandelt, weil sein Anwalt dort arbeitet.";
    expect(stanceAt("de", [lead, fact, place], 1)).toBe("true");
    expect(stanceAt("de", [lead, fact, place], 2)).toBe("true");
  });
  it("en: a trial over fake news, then where the case was heard", () => {
    const lead = "In the trial over fake news on Facebook, a court in Talbridge ruled that the company need not search for false reports about the baker Tom Rask.";
    expect(stanceAt("en", [lead, "Rask became known in 2015 for a photo with the mayor Eva Lind."], 1)).toBe("true");
  });
  it("fr: investigators led down false trails, then when the man was last seen", () => {
    const seen = "L'homme avait été aperçu pour la dernière fois en avril 2011 près de la gare de Valombre.";
    const trails = "À plusieurs reprises, les enquêteurs ont été menés sur de fausses pistes par des témoins.";
    expect(stanceAt("fr", [seen, trails], 0)).toBe("true");
  });
  it("fr: a denial in an aside between dashes qualifies what stands before it, not the apology the sentence states", () => {
    const apology = "Après avoir annoncé l'arrestation du fugitif Paul Marcel - information ensuite démentie par un test ADN - le Courrier de Valombre a présenté samedi ses excuses aux familles.";
    expect(stanceAt("fr", [apology, "Le journal a publié un communiqué dimanche."], 0)).toBe("true");
  });
});

describe("a topic cue still judges what it is about, and what the falsehood it names says", () => {
  it("what it is about restates the statement", () => {
    expect(stanceAt("en", ["The mayor Eva Lind died in Talbridge.", "Police arrested a man for false reports about the death of the mayor Eva Lind."], 0)).toBe("false");
  });
  it("the statement tells what someone said", () => {
    expect(stanceAt("de", ["Im Prozess um Fake-News hat das Landgericht Talheim am Dienstag entschieden.", "Auf Facebook behauptete ein Nutzer, der Bäcker Rask habe die Brücke angezündet."], 1)).toBe("false");
  });
  it("a verdict beside a fact still reaches it", () => {
    expect(stanceAt("de", ["Der Bäcker Rask hat die Brücke angezündet.", "Die Meldung ist falsch."], 0)).toBe("false");
  });
});

describe("a verdict that points back judges what was told before it, not a statement after it", () => {
  const next: Record<string, string> = {
    de: "Der Fall wurde in Talheim verhandelt, weil sein Anwalt dort arbeitet.",
    en: "The case was heard in Talbridge because his lawyer works there.",
    fr: "L'affaire a été jugée à Valombre, où son avocat travaille.",
    es: "El caso se juzgó en Villaclara, donde trabaja su abogado.",
    it: "Il caso è stato discusso a Valverde, dove lavora il suo avvocato.",
    pt: "O caso foi julgado em Vilaverde, onde trabalha o seu advogado.",
    nl: "De zaak werd in Valburg behandeld, waar zijn advocaat werkt.",
  };
  const cases = Object.values(STANCE_WORDS).flatMap((w) => (w.backReference ?? []).map((c) => [w.language, c.example] as const));
  it.each(cases)("%s: %s", (language, example) => {
    const [told, verdict] = example.split(/(?<=\.)\s+/u) as [string, string];
    expect(stanceAt(language, [told, verdict, next[language] as string], 2)).toBe("true");
    expect(stanceAt(language, [told, verdict, next[language] as string], 0)).toBe("false");
  });
  it("a verdict that does not point back still reaches the statement after it", () => {
    expect(stanceAt("en", ["Rumours were shared thousands of times.", "The case was heard in Talbridge because his lawyer works there."], 1)).toBe("false");
  });
});
