/**
 * Stance on a claim that is itself a denial or tells its story as alleged, and an opening that calls the story an urban
 * legend (invented texts).
 */
import { describe, expect, it } from "vitest";
import { readStance, type StanceClaim } from "../../src/analyse/stance.ts";
import { STANCE_WORDS } from "../../src/analyse/stance/index.ts";
import { readingAt, stanceAt } from "./stanceHelpers.ts";
import { sentenceSpans } from "./stanceArticle.ts";

/** An article of consecutive sentences, and the stance it takes on a claim its sentences `at` state. */
function read(language: string, sentences: string[], at: number[], claim: Omit<StanceClaim, "statements">) {
  const spans = sentenceSpans(sentences);
  return readStance({ language, sentences: spans }, { ...claim, statements: at.map((k) => spans[k] as never) });
}

describe("an article stating a denial claim in words that are themselves a denial agrees with it", () => {
  const denial = { debunk: false, negated: true };
  it.each([
    ["es", "Jamás hubo un niño llamado Pim en la escuela Olmos.", "Ahora sabemos que Pim no existe; ningún alumno de la escuela Olmos se llama así."],
    ["en", "There never was a boy called Pim at the Elm school.", "We now know that Pim does not exist; no pupil of the Elm school has that name."],
    ["de", "Einen Jungen namens Pim gab es an der Ulmenschule nie.", "Heute wissen wir, dass Pim nicht existiert; kein Schüler der Ulmenschule heißt so."],
    ["ru", "Мальчика по имени Пим в школе «Вяз» никогда не было.", "Теперь мы знаем, что Пим не существует: ни один ученик школы «Вяз» так не зовётся."],
  ])("%s: presents it as true", (language, wording, statement) => {
    expect(read(language, [statement], [0], { ...denial, wording })).toMatchObject({ stance: "true" });
  });
  it("a verdict that is no negation still calls the denial false", () => {
    const wording = "The Elm school was never inspected.";
    expect(read("en", ["The claim that the Elm school was never inspected is false."], [0], { ...denial, wording })).toMatchObject({ stance: "false", rule: "stance.near_cue" });
    expect(read("es", ["Es falso que la escuela Olmos nunca fue inspeccionada."], [0], { ...denial, wording: "La escuela Olmos nunca fue inspeccionada." }).stance).toBe("false");
  });
});

describe("a claim that tells its story as alleged agrees with a cue calling that story invented", () => {
  const next: Record<string, string> = {
    en: "The boy had made up the story because he was afraid of going home.",
    de: "Der Junge hatte die erfundene Geschichte aus Angst vor zu Hause erzählt.",
    es: "El niño había inventado la historia por miedo a volver a casa; era falsa.",
    fr: "Le garçon avait inventé cette fausse histoire par peur de rentrer chez lui.",
    ru: "Мальчик выдумал эту историю, потому что боялся идти домой.",
    ar: "كان الطفل قد اختلق القصة خوفا من العودة إلى البيت، فهي قصة مفبركة.",
    cs: "Chlapec si ten smyšlený příběh vymyslel ze strachu jít domů.",
    sk: "Chlapec si ten vymyslený príbeh vymyslel zo strachu ísť domov.",
    hr: "Dječak je izmislio priču jer se bojao ići kući.",
    el: "Το αγόρι είχε πει την ψεύτικη ιστορία επειδή φοβόταν να γυρίσει σπίτι.",
    bg: "Момчето беше разказало измислената история от страх да се прибере вкъщи.",
    ca: "El nen s'havia inventat la història per por de tornar a casa; era falsa.",
    lt: "Berniukas istoriją išsigalvojo, nes bijojo grįžti namo.",
    af: "Die seun het die storie versin omdat hy bang was om huis toe te gaan.",
    et: "Poiss oli selle väljamõeldud loo rääkinud, sest kartis koju minna.",
    sl: "Deček si je zgodbo izmislil, ker se je bal iti domov; bila je izmišljena.",
    is: "Drengurinn hafði búið söguna til af ótta við að fara heim; hún var uppspuni.",
    mk: "Момчето ја измислило приказната затоа што се плашело да оди дома; таа беше измислица.",
  };
  const cases = Object.values(STANCE_WORDS).flatMap((w) => (w.alleged ?? []).map((c) => [w.language, c.example] as const));
  it("every language with alleged words has a sentence here", () => {
    expect(cases.map(([language]) => language).sort()).toEqual(Object.keys(next).sort());
  });
  it.each(cases)("%s: %s", (language, example) => {
    const sentences = [example, next[language] as string];
    // Without the claim's alleged word the same cue reports the claim false; with it, the article states the claim.
    expect(read(language, sentences, [0], { debunk: false, negated: false }).stance).toBe("false");
    expect(read(language, sentences, [0], { debunk: false, negated: false, wording: example })).toMatchObject({ stance: "true", rule: "stance.asserted" });
  });
  it("a claim told plainly is still reported false where the article calls it alleged and invented", () => {
    const sentences = ["The alleged kidnapping of a boy in Wexley shocked the town.", "The boy had made up the story."];
    expect(read("en", sentences, [0], { debunk: false, negated: false, wording: "A boy was kidnapped in Wexley." }).stance).toBe("false");
  });
});

describe("an opening that calls the story possibly an urban legend doubts the description that follows", () => {
  it.each([
    ["ru", "Как пишет газета «Вестник», вполне возможно, что «клубы полуночи» лишь городская легенда.", "Игра называется «Полночь».", "Эксперты спорят о ней уже год.", "Вступая в группы, подростки получают кураторов, которые дают им 40 заданий."],
    ["en", "As the Harbor Ledger writes, it may well be that the midnight clubs are only an urban legend.", "The game is called Midnight.", "Experts have argued about it for a year.", "Joining the groups, teenagers get curators who give them 40 tasks."],
    ["es", "Según el diario Faro, es muy posible que los clubes de medianoche sean solo una leyenda urbana.", "El juego se llama Medianoche.", "Los expertos discuten sobre él desde hace un año.", "Al unirse a los grupos, los adolescentes reciben curadores que les dan 40 tareas."],
    ["de", "Wie die Zeitung Leuchtturm schreibt, sind die Mitternachtsklubs womöglich nur eine Großstadtlegende.", "Das Spiel heißt Mitternacht.", "Experten streiten seit einem Jahr darüber.", "In den Gruppen bekommen Jugendliche Kuratoren, die ihnen 40 Aufgaben geben."],
  ])("%s", (language, ...sentences) => {
    // Past the lead, the description shares no word with the opening: read alone, it is only mentioned, and the doubt is
    // kept for the case, where another article calling the description false makes the opening's doubt about it too.
    const reading = readingAt(language, sentences, 3);
    expect([reading.stance, reading.unscoped?.stance]).toEqual(["mentions", "false"]);
    expect(stanceAt(language, [sentences[0] as string, sentences[3] as string], 1)).toBe("false");
    // Without the opening doubt the same description is presented as true.
    expect(stanceAt(language, sentences.slice(1), 2)).toBe("true");
  });
  it("an urban legend conceded and answered by an affirmation is no doubt", () => {
    expect(stanceAt("en", ["It may sound like an urban legend, but it is all true.", "Joining the groups, teenagers get curators who give them 40 tasks."], 1)).toBe("true");
  });
});
